// A workbook is found as every program finds it: the package's relationships (_rels/.rels) name the workbook part
// (xl/workbook.xml as a rule), which lists the sheets by name in the order of their tabs, and whose own relationships
// name each sheet's part, the shared strings and the styles.

#include "naskah/plan/xlsx_reader.hpp"

#include <algorithm>
#include <cctype>

#include "naskah/text/translate.hpp"
#include "xlsx_package.hpp"
#include "xlsx_sheet.hpp"
#include "xlsx_styles.hpp"
#include "xlsx_text.hpp"
#include "zip_archive.hpp"

namespace naskah::plan {
namespace {

using detail::Relationship;
using detail::WorkbookPackage;

struct Sheet {
  std::string name;
  std::string relationship;
  bool hidden = false;
};

bool same_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

/// "\"Sheet1\", \"Lampiran\"".
std::string sheet_list(const std::vector<Sheet>& sheets) {
  std::string out;
  for (const Sheet& sheet : sheets) out += (out.empty() ? "\"" : ", \"") + sheet.name + "\"";
  return out;
}

/// The sheet asked for (see read_xlsx), or nothing, reported.
const Sheet* chosen_sheet(const std::vector<Sheet>& sheets, const std::string& asked, WorkbookPackage& package) {
  if (asked.empty()) {
    auto shown = std::find_if(sheets.begin(), sheets.end(), [](const Sheet& s) { return !s.hidden; });
    if (shown != sheets.end()) return &*shown;
    package.error("sheet", text::tr("the workbook has no sheet that is not hidden; name the one to read with --sheet "
                                    "(its sheets: {})",
                                    sheet_list(sheets)));
    return nullptr;
  }
  for (const Sheet& sheet : sheets) {
    if (sheet.name == asked) return &sheet;
  }
  for (const Sheet& sheet : sheets) {
    if (same_ignoring_case(sheet.name, asked)) return &sheet;
  }
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const bool number = asked.size() <= 4 && std::all_of(asked.begin(), asked.end(), digit);
  if (number && std::stoul(asked) >= 1 && std::stoul(asked) <= sheets.size()) return &sheets[std::stoul(asked) - 1];
  package.error("sheet", text::tr("the workbook has no sheet \"{}\"; its sheets: {}", asked, sheet_list(sheets)));
  return nullptr;
}

const Relationship* related(const std::vector<Relationship>& relationships, std::string_view kind,
                            std::string_view id = {}) {
  for (const Relationship& relationship : relationships) {
    if (relationship.kind == kind && (id.empty() || relationship.id == id)) return &relationship;
  }
  return nullptr;
}

std::optional<CellTable> read_workbook(std::string_view bytes, const std::string& file, const std::string& sheet,
                                       diag::Diagnostics& out);

}  // namespace

bool is_zip_archive(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06");  // an archive, or an empty one
}

bool is_compound_file(std::string_view bytes) { return bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"); }

std::optional<CellTable> read_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                                   diag::Diagnostics& out) {
  diag::Diagnostics found;
  std::optional<CellTable> table = read_workbook(bytes, file, sheet, found);
  out.append(found);
  if (found.has_errors()) return std::nullopt;
  return table;
}

namespace {

std::optional<CellTable> read_workbook(std::string_view bytes, const std::string& file, const std::string& sheet,
                                       diag::Diagnostics& out) {
  std::string problem;
  const std::unique_ptr<detail::ZipArchive> archive = detail::ZipArchive::open(bytes, problem);
  if (!archive) {
    out.error({file, 0, 0}, "workbook",
              text::tr("the workbook is damaged: its zip archive cannot be read (libzip: {})", problem));
    return std::nullopt;
  }
  WorkbookPackage package(*archive, file, out);
  if (package.contains("mimetype") && !package.contains("[Content_Types].xml")) {
    package.error("workbook", text::tr("the file is an OpenDocument spreadsheet (.ods); save it as \"Excel 2007-365 "
                                       "(.xlsx)\" or as CSV"));
    return std::nullopt;
  }
  const std::vector<Relationship> package_relationships = package.relationships("");
  const Relationship* office_document = related(package_relationships, "officeDocument");
  const std::string workbook_part = office_document != nullptr ? office_document->part : "xl/workbook.xml";
  if (workbook_part.ends_with(".bin")) {
    package.error("workbook", text::tr("the file is an Excel Binary Workbook (.xlsb); save it as \"Excel Workbook "
                                       "(.xlsx)\""));
    return std::nullopt;
  }
  const std::unique_ptr<detail::XmlPart> workbook = package.xml_part(workbook_part, true);
  if (!workbook) return std::nullopt;
  const pugi::xml_node root = workbook->root();

  std::vector<Sheet> sheets;
  for (pugi::xml_node node : detail::children(detail::child(root, "sheets"), "sheet")) {
    const std::string_view state = detail::attribute(node, "state").value();
    sheets.push_back({detail::attribute(node, "name").value(), detail::attribute(node, "id").value(),
                      state == "hidden" || state == "veryHidden"});
  }
  if (sheets.empty()) {
    package.error("workbook", text::tr("the workbook has no sheets"));
    return std::nullopt;
  }
  const Sheet* chosen = chosen_sheet(sheets, sheet, package);
  if (chosen == nullptr) return std::nullopt;

  const std::vector<Relationship> relationships = package.relationships(workbook_part);
  const Relationship* sheet_relationship = nullptr;
  for (const Relationship& relationship : relationships) {
    if (relationship.id == chosen->relationship) sheet_relationship = &relationship;
  }
  if (sheet_relationship == nullptr) {
    package.error("workbook", text::tr("the workbook does not say where sheet \"{}\" is; the workbook is damaged",
                                       chosen->name));
    return std::nullopt;
  }
  if (sheet_relationship->kind != "worksheet") {
    package.error("sheet", text::tr("sheet \"{}\" holds no cells (it is a chart or a dialog); name another with "
                                    "--sheet (the sheets: {})",
                                    chosen->name, sheet_list(sheets)));
    return std::nullopt;
  }

  std::vector<std::string> shared_strings;
  if (const Relationship* strings = related(relationships, "sharedStrings")) {
    std::optional<std::vector<std::string>> read = detail::read_shared_strings(package, strings->part);
    if (!read) return std::nullopt;
    shared_strings = std::move(*read);
  }
  const Relationship* styles_relationship = related(relationships, "styles");
  const std::unique_ptr<detail::XmlPart> styles_part =
      styles_relationship != nullptr ? package.xml_part(styles_relationship->part, false) : nullptr;
  const detail::CellStyles styles(styles_part ? styles_part->root() : pugi::xml_node());
  const std::unique_ptr<detail::XmlPart> worksheet = package.xml_part(sheet_relationship->part, true);
  if (!worksheet || out.has_errors()) return std::nullopt;  // a part that could not be read (styles) was reported

  const bool from1904 = detail::is_true(detail::attribute(detail::child(root, "workbookPr"), "date1904"));
  const detail::SheetContext context{shared_strings, styles, from1904 ? DateSystem::from1904 : DateSystem::from1900,
                                     file, chosen->name};
  return detail::read_sheet_cells(worksheet->root(), context, out);
}

}  // namespace
}  // namespace naskah::plan
