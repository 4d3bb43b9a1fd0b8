#pragma once
// What a PDF/A-3b build carries inside: the plan, byte for byte as it was read (its source), and the spreadsheet
// its annex was imported from when --annex-source names one (its data), so that the archive alone can be built
// again, compared and read by programs (docs/archiving.md).

#include <string>
#include <string_view>
#include <vector>

#include "naskah/compose/template.hpp"
#include "naskah/pdf/embedded_file.hpp"
#include "naskah/pdf/pdf_writer.hpp"

namespace naskah::cli {

struct ArchivedInputs {
  std::vector<pdf::EmbeddedFile> files;
  std::string problem;  ///< why the spreadsheet could not be read ("… is larger than 64 MB"); then files is empty
};

/// The plan's text under its file name, and the spreadsheet at annex_source (none when empty), read whole
/// within the spreadsheets' limit.
ArchivedInputs archived_inputs(std::string_view plan_text, const std::string& plan_path,
                               const std::string& annex_source);

/// The template's name (its folder's) and the SHA-256 of its template.xml, for the document information of a
/// PDF/A-3b; an empty checksum when the file cannot be read again.
void name_template(const compose::Template& chosen, pdf::WriteOptions& options);

/// A file's name without its folder: "rkt-2024.xml" for "plans/rkt-2024.xml".
std::string file_name_of(const std::string& path);

}  // namespace naskah::cli
