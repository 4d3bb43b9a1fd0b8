#pragma once
// For the tests: workbooks (.xlsx) made at run time — their parts written as XML by the test and zipped by libzip —
// so that every case, a plain sheet as much as a formula without its value or a zip bomb, is a real file.

#include <zip.h>

#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "naskah/diag/cell_reference.hpp"
#include "naskah/text/xml_escape.hpp"

namespace naskah::test {

using ZipEntries = std::vector<std::pair<std::string, std::string>>;

/// A zip archive, in memory, of the entries (name, bytes), each deflated.
inline std::string zip_archive(const ZipEntries& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) throw std::runtime_error("libzip cannot make an archive");
  zip_source_keep(buffer);
  for (const auto& [name, bytes] : entries) {
    zip_source_t* data = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    if (data == nullptr || zip_file_add(archive, name.c_str(), data, ZIP_FL_ENC_UTF_8) < 0) {
      throw std::runtime_error("libzip cannot add " + name);
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("libzip cannot close the archive");
  zip_stat_t stat;
  zip_source_open(buffer);
  zip_source_stat(buffer, &stat);
  std::string out(stat.size, '\0');
  zip_source_read(buffer, out.data(), stat.size);
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

/// Makes the archive's directory and the entry's local header declare `size` as the entry's inflated size — the lie
/// of a zip bomb that hides its size.
inline void declare_size(std::string& zip, std::string_view name, std::uint32_t size) {
  auto u16 = [&](std::size_t at) { return static_cast<std::uint32_t>(static_cast<unsigned char>(zip[at])) |
                                          static_cast<std::uint32_t>(static_cast<unsigned char>(zip[at + 1])) << 8; };
  auto u32 = [&](std::size_t at) { return u16(at) | u16(at + 2) << 16; };
  auto put32 = [&](std::size_t at, std::uint32_t value) {
    for (int i = 0; i < 4; ++i) zip[at + i] = static_cast<char>((value >> (8 * i)) & 0xFF);
  };
  for (std::size_t at = zip.find("PK\x01\x02"); at != std::string::npos; at = zip.find("PK\x01\x02", at + 4)) {
    if (zip.compare(at + 46, u16(at + 28), name) != 0) continue;
    put32(at + 24, size);
    put32(u32(at + 42) + 22, size);
    return;
  }
  throw std::runtime_error("no entry " + std::string(name));
}

struct TestSheet {
  std::string name;
  std::string worksheet;  ///< the whole worksheet part
  std::string state = {};  ///< "hidden" for a hidden sheet
};

constexpr std::string_view spreadsheet_ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
constexpr std::string_view relationships_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr std::string_view package_relationships_ns = "http://schemas.openxmlformats.org/package/2006/relationships";

/// A worksheet part: what stands before <sheetData> (<cols>), the rows, and what after it (<mergeCells>).
inline std::string worksheet(std::string_view rows, std::string_view before = "", std::string_view after = "") {
  return std::string(R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)") + "\n<worksheet xmlns=\"" +
         std::string(spreadsheet_ns) + "\" xmlns:r=\"" + std::string(relationships_ns) + "\">" + std::string(before) +
         "<sheetData>" + std::string(rows) + "</sheetData>" + std::string(after) + "</worksheet>";
}

/// A cell holding an inline string.
inline std::string text_cell(std::uint32_t row, std::uint32_t column, std::string_view text) {
  return "<c r=\"" + diag::cell_name(row, column) + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" +
         text::xml_escaped(text) + "</t></is></c>";
}

/// A sheet's rows of inline strings, each row's cells from column A, as a CSV table's rows: a workbook that holds
/// what a CSV file holds.
inline std::string rows_of(const std::vector<std::vector<std::string>>& rows) {
  std::string out;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    out += "<row r=\"" + std::to_string(r + 1) + "\">";
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      if (!rows[r][c].empty()) out += text_cell(static_cast<std::uint32_t>(r + 1), static_cast<std::uint32_t>(c + 1), rows[r][c]);
    }
    out += "</row>";
  }
  return out;
}

/// The parts of a workbook with these sheets, shared strings (none: no part) and styles part (empty: none), as
/// Excel lays them out.
inline ZipEntries workbook_parts(const std::vector<TestSheet>& sheets, const std::vector<std::string>& shared = {},
                                 const std::string& styles = {}, const std::string& workbook_pr = {}) {
  ZipEntries parts;
  parts.emplace_back("[Content_Types].xml",
                     R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>)");
  parts.emplace_back("_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"" +
                                        std::string(package_relationships_ns) +
                                        "\"><Relationship Id=\"rId1\" Type=\"" + std::string(relationships_ns) +
                                        "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
  std::string workbook = "<?xml version=\"1.0\"?><workbook xmlns=\"" + std::string(spreadsheet_ns) + "\" xmlns:r=\"" +
                         std::string(relationships_ns) + "\">" + workbook_pr + "<sheets>";
  std::string rels = "<?xml version=\"1.0\"?><Relationships xmlns=\"" + std::string(package_relationships_ns) + "\">";
  for (std::size_t i = 0; i < sheets.size(); ++i) {
    const std::string id = "rId" + std::to_string(i + 1);
    workbook += "<sheet name=\"" + text::xml_escaped(sheets[i].name) + "\" sheetId=\"" + std::to_string(i + 1) + "\"" +
                (sheets[i].state.empty() ? "" : " state=\"" + sheets[i].state + "\"") + " r:id=\"" + id + "\"/>";
    rels += "<Relationship Id=\"" + id + "\" Type=\"" + std::string(relationships_ns) +
            "/worksheet\" Target=\"worksheets/sheet" + std::to_string(i + 1) + ".xml\"/>";
    parts.emplace_back("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheets[i].worksheet);
  }
  workbook += "</sheets></workbook>";
  if (!shared.empty()) {
    rels += "<Relationship Id=\"rIdS\" Type=\"" + std::string(relationships_ns) +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/>";
    std::string strings = "<?xml version=\"1.0\"?><sst xmlns=\"" + std::string(spreadsheet_ns) + "\">";
    for (const std::string& s : shared) strings += "<si><t xml:space=\"preserve\">" + text::xml_escaped(s) + "</t></si>";
    parts.emplace_back("xl/sharedStrings.xml", strings + "</sst>");
  }
  if (!styles.empty()) {
    rels += "<Relationship Id=\"rIdY\" Type=\"" + std::string(relationships_ns) + "/styles\" Target=\"styles.xml\"/>";
    parts.emplace_back("xl/styles.xml", styles);
  }
  parts.emplace_back("xl/workbook.xml", workbook);
  parts.emplace_back("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
  return parts;
}

/// A workbook of one sheet, "Sheet1", whose worksheet part is `worksheet_xml`.
inline std::string one_sheet_workbook(const std::string& worksheet_xml, const std::vector<std::string>& shared = {},
                                      const std::string& styles = {}) {
  return zip_archive(workbook_parts({{"Sheet1", worksheet_xml}}, shared, styles));
}

}  // namespace naskah::test
