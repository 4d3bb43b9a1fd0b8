#include "archived_inputs.hpp"

#include <cctype>

#include <filesystem>

#include "naskah/archive/sha256.hpp"
#include "naskah/plan/annex_import.hpp"
#include "naskah/io/source_file.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {
namespace {

/// The MIME type of the annex's spreadsheet, from its extension as naskah import reads it.
std::string spreadsheet_mime(const std::string& name) {
  const auto dot = name.rfind('.');
  std::string extension = dot == std::string::npos ? std::string() : name.substr(dot + 1);
  for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (extension == "xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (extension == "csv") return "text/csv";
  return "application/octet-stream";
}

// The descriptions are part of the document, Indonesian as its pages are, whatever the user's language.
constexpr const char* plan_description = "Berkas rencana (XML) sumber dokumen ini";
constexpr const char* sheet_description = "Lembar kerja sumber lampiran dokumen ini";

}  // namespace

std::string file_name_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

ArchivedInputs archived_inputs(std::string_view plan_text, const std::string& plan_path,
                               const std::string& annex_source) {
  ArchivedInputs out;
  std::string plan_name = file_name_of(plan_path);
  if (plan_name.empty() || plan_name == "-") plan_name = "plan.xml";
  out.files.push_back({plan_name, std::string(plan_text), "application/xml",
                       plan_description,
                       pdf::FileRelationship::source});
  if (annex_source.empty()) return out;
  io::SourceFile sheet = io::read_source_file(annex_source, plan::max_spreadsheet_bytes);
  if (!sheet.bytes) {
    out.files.clear();
    out.problem = sheet.too_large
                      ? text::tr("the spreadsheet is larger than {} MB", plan::max_spreadsheet_bytes / (1024 * 1024))
                      : text::tr("cannot read the spreadsheet: {}", sheet.problem);
    return out;
  }
  const std::string name = file_name_of(annex_source);
  out.files.push_back({name, std::move(*sheet.bytes), spreadsheet_mime(name),
                       sheet_description, pdf::FileRelationship::data});
  return out;
}

void name_template(const compose::Template& chosen, pdf::WriteOptions& options) {
  std::filesystem::path folder(chosen.dir);
  if (!folder.has_filename()) folder = folder.parent_path();  // "templates/rkt/"
  options.template_name = folder.filename().string();
  // template.xml is small (its limit is 1 MB), read again here rather than kept by every build.
  io::SourceFile file = io::read_source_file(chosen.file, 1024u * 1024u);
  options.template_sha256 = file.bytes ? archive::sha256_hex(*file.bytes) : std::string();
}

}  // namespace naskah::cli
