// A workbook's sheet found and read as spreadsheet programs find it: the first sheet that is shown, or the one named;
// what is no workbook naskah reads said so; a zip bomb hidden behind a lying size stopped.

#include <catch2/catch.hpp>

#include "naskah/diag/report.hpp"
#include "naskah/plan/xlsx_reader.hpp"
#include "workbook_fixture.hpp"

using namespace naskah;

namespace {

struct Read {
  std::optional<plan::CellTable> table;
  std::vector<std::string> said;
  /// The sheet read and its first cell's text.
  [[nodiscard]] std::string first() const {
    return table ? table->sheet + ":" + table->rows.at(0).cells.at(0).text : "(none)";
  }
};

Read read(const std::string& bytes, const std::string& sheet = "") {
  diag::Diagnostics out;
  Read r{plan::read_xlsx(bytes, "a.xlsx", sheet, out), {}};
  for (const diag::Diagnostic& d : out.all()) r.said.push_back(diag::format_text(d));
  return r;
}

std::string sheet_with(const std::string& text) { return test::worksheet("<row>" + test::text_cell(1, 1, text) + "</row>"); }

std::string replaced(std::string text, const std::string& old, const std::string& now) {
  return text.replace(text.find(old), old.size(), now);
}

const std::string three_sheets = test::zip_archive(test::workbook_parts(
    {{"Petunjuk", sheet_with("how to fill in"), "hidden"}, {"Lampiran RKT", sheet_with("annex")}, {"Rekap", sheet_with("sums")}}));

}  // namespace

TEST_CASE("the sheet read: the first that is not hidden, or the one named, exactly or in any case, or by its place",
          "[xlsx-reader]") {
  CHECK(read(three_sheets).first() == "Lampiran RKT:annex");
  CHECK(read(three_sheets, "Rekap").first() == "Rekap:sums");
  CHECK(read(three_sheets, "lampiran rkt").first() == "Lampiran RKT:annex");
  CHECK(read(three_sheets, "1").first() == "Petunjuk:how to fill in");  // hidden sheets count among the tabs
  CHECK(read(three_sheets, "3").first() == "Rekap:sums");
  const Read missing = read(three_sheets, "Sheet1");
  CHECK_FALSE(missing.table);
  CHECK(missing.said == std::vector<std::string>{"a.xlsx: error: the workbook has no sheet \"Sheet1\"; its sheets: "
                                                 "\"Petunjuk\", \"Lampiran RKT\", \"Rekap\" [sheet]"});
  CHECK(read(three_sheets, "4").said.size() == 1);
  const Read all_hidden = read(test::zip_archive(test::workbook_parts({{"A", sheet_with("a"), "veryHidden"}})));
  CHECK(all_hidden.said == std::vector<std::string>{"a.xlsx: error: the workbook has no sheet that is not hidden; name "
                                                    "the one to read with --sheet (its sheets: \"A\") [sheet]"});
}

TEST_CASE("a workbook written with namespace prefixes, absolute targets and the 1904 date system", "[xlsx-reader]") {
  test::ZipEntries parts = test::workbook_parts(
      {{"Sheet1", R"(<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
          <x:row x:r="1"><x:c x:r="A1" x:s="1"><x:v>44201</x:v></x:c></x:row></x:sheetData></x:worksheet>)"}},
      {}, R"(<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>)",
      R"(<workbookPr date1904="1"/>)");
  for (auto& [name, bytes] : parts) {
    if (name == "xl/_rels/workbook.xml.rels") bytes = replaced(bytes, "Target=\"worksheets/", "Target=\"/xl/worksheets/");
  }
  CHECK(read(test::zip_archive(parts)).first() == "Sheet1:06 Januari 2025");
}

TEST_CASE("what is no workbook naskah reads is said so, at the file", "[xlsx-reader]") {
  CHECK(plan::is_zip_archive(three_sheets));
  CHECK_FALSE(plan::is_zip_archive("Sasaran;Program\r\n"));
  CHECK(plan::is_compound_file("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and the rest"));
  CHECK(read("PK\x03\x04 and nothing else").said ==
        std::vector<std::string>{"a.xlsx: error: the workbook is damaged: its zip archive cannot be read (libzip: Not a "
                                 "zip archive) [workbook]"});
  CHECK(read(test::zip_archive({{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}}))
            .said == std::vector<std::string>{"a.xlsx: error: the file is an OpenDocument spreadsheet (.ods); save it as "
                                              "\"Excel 2007-365 (.xlsx)\" or as CSV [workbook]"});
  test::ZipEntries binary = test::workbook_parts({{"Sheet1", sheet_with("x")}});
  for (auto& [name, bytes] : binary) {
    if (name == "_rels/.rels") bytes = replaced(bytes, "xl/workbook.xml", "xl/workbook.bin");
  }
  CHECK(read(test::zip_archive(binary)).said ==
        std::vector<std::string>{"a.xlsx: error: the file is an Excel Binary Workbook (.xlsb); save it as \"Excel "
                                 "Workbook (.xlsx)\" [workbook]"});
  test::ZipEntries chart = test::workbook_parts({{"Grafik", sheet_with("x")}, {"Data", sheet_with("y")}});
  for (auto& [name, bytes] : chart) {
    if (name == "xl/_rels/workbook.xml.rels") bytes = replaced(bytes, "/worksheet\"", "/chartsheet\"");
  }
  CHECK(read(test::zip_archive(chart)).said ==
        std::vector<std::string>{"a.xlsx: error: sheet \"Grafik\" holds no cells (it is a chart or a dialog); name "
                                 "another with --sheet (the sheets: \"Grafik\", \"Data\") [sheet]"});
  CHECK(read(test::zip_archive(chart), "Data").first() == "Data:y");
  test::ZipEntries no_strings = test::workbook_parts({{"Sheet1", sheet_with("x")}}, {"s"});
  std::erase_if(no_strings, [](const auto& part) { return part.first == "xl/sharedStrings.xml"; });
  CHECK(read(test::zip_archive(no_strings)).said ==
        std::vector<std::string>{"a.xlsx: error: the workbook has no part xl/sharedStrings.xml: it is damaged, or it "
                                 "is no workbook that a spreadsheet program saved [workbook]"});
}

TEST_CASE("a zip bomb whose directory declares a small sheet is stopped while it is inflated", "[xlsx-reader]") {
  const std::string padding(plan::max_workbook_part_bytes + 1, ' ');
  std::string zip = test::zip_archive(test::workbook_parts({{"Sheet1", test::worksheet(padding)}}));
  test::declare_size(zip, "xl/worksheets/sheet1.xml", 1000);
  const Read bomb = read(zip);
  CHECK_FALSE(bomb.table);
  CHECK(bomb.said == std::vector<std::string>{
                         "a.xlsx: error: the workbook's part xl/worksheets/sheet1.xml unpacks to more than 64 MB, the "
                         "most naskah reads; the file is damaged or made to fill the memory (a zip bomb) [limit]"});
}
