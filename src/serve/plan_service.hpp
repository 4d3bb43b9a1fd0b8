#pragma once
// What the page asks of naskah serve — check a plan, build its RKT, PK or LKjIP (PDF or DOCX), compare two versions
// — done by the functions the commands use (plan_build.hpp, changes_pdf.hpp), on plans from plan_source.hpp.
// Templates are chosen from a fixed list and fonts are naskah's own: a request names neither.

#include <string>

#include "plan_build.hpp"
#include "plan_form.hpp"
#include "served_folder.hpp"

namespace naskah::serve {

/// An answer to the browser: JSON, or a file to show and download.
struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::string file_name;  ///< a file's name, as naskah batch names its outputs; empty for JSON
};

class PlanService {
 public:
  explicit PlanService(ServedFolder folder);

  [[nodiscard]] const ServedFolder& folder() const { return folder_; }

  /// The listing: [{"name": …, "spreadsheet": true|false}, …].
  [[nodiscard]] std::string listing_json() const;
  /// {"plan", "source", "diagnostics", "errors", "warnings"} of the form's plan, as naskah check finds them.
  [[nodiscard]] Reply check(const PlanForm& form);
  /// The form's plan built with the document (rkt, pk, lkjip; none: the plan's own template, when it is one of
  /// these), format (pdf, docx), paper (A4, F4) and draft it says; status 422 with the diagnostics and notes when
  /// nothing could be made.
  [[nodiscard]] Reply build(const PlanForm& form);
  /// The changes from old_ to new_ (each a plan as plan_source reads it) as the Perubahan PDF.
  [[nodiscard]] Reply diff(const PlanForm& form);

 private:
  ServedFolder folder_;
  cli::BuildResources resources_;
};

}  // namespace naskah::serve
