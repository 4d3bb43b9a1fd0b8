#pragma once
// The plan a request asks about, as XML text: a plan or spreadsheet of the served folder, named as the listing names
// it, or one uploaded with the request. A spreadsheet's rencana goes into a unit's first plan made of the identity
// form (instansi, daerah, tahun, the signatory), as naskah import makes one. Each is read within docs/limits.md's
// limits, and a plan that names a file (its logo, a figure) outside the served folder is refused.

#include <string>
#include <string_view>

#include "naskah/diag/diagnostic.hpp"
#include "plan_form.hpp"
#include "served_folder.hpp"

namespace naskah::serve {

struct PlanSource {
  std::string name;  ///< the file's name, as the page shows it and the downloads are named after it
  std::string path;  ///< where the plan stands, inside the folder: what its logo is found relative to
  std::string text;  ///< the plan's XML; empty when it could not be had
  std::string template_name;  ///< the template the plan names (template="…"), as written, or empty
  diag::Diagnostics diagnostics;  ///< of reading it: a spreadsheet's cells, a limit, a file outside the folder
  [[nodiscard]] bool usable() const { return !text.empty() && !diagnostics.has_errors(); }
};

/// The plan of the form's fields PREFIXname (a name of the listing) or PREFIXfile (an upload); the identity form's
/// fields (instansi, daerah, tahun, jabatan, penandatangan, nip, pangkat) for a spreadsheet.
PlanSource plan_source(const PlanForm& form, std::string_view prefix, const ServedFolder& folder);

}  // namespace naskah::serve
