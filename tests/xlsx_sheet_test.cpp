// A worksheet's cells as text at their places: every kind of cell a workbook holds, formulas by their saved value,
// merged ranges as they are seen, hidden rows and columns read and reported, damage and limits reported.

#include <catch2/catch.hpp>

#include "../src/plan/xlsx_sheet.hpp"
#include "naskah/diag/cell_reference.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/xlsx_reader.hpp"
#include "workbook_fixture.hpp"

using namespace naskah;

namespace {

struct Read {
  std::optional<plan::CellTable> table;
  std::vector<std::string> said;  ///< the diagnostics, without "a.xlsx: " or "a.xlsx:"

  /// "A1=Sasaran", one a cell, in order.
  [[nodiscard]] std::vector<std::string> cells() const {
    std::vector<std::string> out;
    if (!table) return out;
    for (const plan::SheetRow& row : table->rows) {
      for (const plan::SheetCell& cell : row.cells) out.push_back(diag::cell_name(row.row, cell.column) + "=" + cell.text);
    }
    return out;
  }
};

const char* const styles_xml = R"(<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
  <cellXfs><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="10"/><xf numFmtId="164"/></cellXfs></styleSheet>)";

Read read(const std::string& worksheet, const std::vector<std::string>& shared = {}) {
  pugi::xml_document sheet, styles;
  REQUIRE(sheet.load_string(worksheet.c_str(), pugi::parse_default | pugi::parse_ws_pcdata_single));
  REQUIRE(styles.load_string(styles_xml));
  const plan::detail::CellStyles cell_styles(styles.document_element());
  const plan::detail::SheetContext context{shared, cell_styles, plan::DateSystem::from1900, "a.xlsx", "Sheet1"};
  diag::Diagnostics out;
  Read r{plan::detail::read_sheet_cells(sheet.document_element(), context, out), {}};
  for (const diag::Diagnostic& d : out.all()) {
    const std::string line = diag::format_text(d);
    r.said.push_back(line.substr(line.starts_with("a.xlsx: ") ? 8 : 7));
  }
  return r;
}

}  // namespace

TEST_CASE("each kind of cell as text: shared and inline strings, numbers by their style, booleans, a formula's "
          "saved value", "[xlsx-sheet]") {
  const Read r = read(test::worksheet(R"(
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Inline</t></is></c><c r="C1" t="s"><v>1</v></c></row>
    <row r="2"><c r="A2"><v>28584558694</v></c><c r="B2" s="1"><v>40206350</v></c><c r="C2" s="2"><v>0.9686</v></c>
               <c r="D2" s="3"><v>45663</v></c><c r="E2"><v>96.86</v></c><c r="F2" t="b"><v>1</v></c></row>
    <row r="3"><c r="A3"><f>SUM(A1:A2)</f><v>6448831569</v></c><c r="B3" t="str"><f>B1&amp;"!"</f><v>Inline!</v></c>
               <c r="C3" t="str"><f>""</f><v></v></c><c r="D3" s="1"/><c r="E3" t="d"><v>2025-01-06T00:00:00</v></c></row>)"),
                      {"Sasaran", "   "});
  CHECK(r.said.empty());
  CHECK(r.cells() == std::vector<std::string>{"A1=Sasaran", "B1=Inline", "A2=28584558694", "B2=40206350",
                                              "C2=96,86%", "D2=06 Januari 2025", "E2=96,86", "F2=TRUE",
                                              "A3=6448831569", "B3=Inline!", "E3=06 Januari 2025"});
  CHECK(r.table->sheet == "Sheet1");
}

TEST_CASE("cells and rows without their reference follow the one before, rows may stand in any order",
          "[xlsx-sheet]") {
  const Read r = read(test::worksheet(R"(<row r="5"><c><v>1</v></c><c><v>2</v></c><c r="E5"><v>5</v></c><c><v>6</v></c></row>
                                         <row><c><v>7</v></c></row><row r="2"><c r="B2"><v>3</v></c></row>)"));
  CHECK(r.said.empty());
  CHECK(r.cells() == std::vector<std::string>{"B2=3", "A5=1", "B5=2", "E5=5", "F5=6", "A6=7"});
}

TEST_CASE("a formula without its saved value, and an error value, are errors at their cells", "[xlsx-sheet]") {
  const Read r = read(test::worksheet(R"(<row r="2"><c r="T2"><f>SUM(T3:T9)</f><v></v></c><c r="U2"><f>T2*2</f></c>
    <c r="V2"><f t="shared" si="0"/></c><c r="W2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="X2"><v>7</v></c></row>)"));
  CHECK_FALSE(r.table);
  CHECK(r.said == std::vector<std::string>{
                      "Sheet1!T2: error: the cell's formula =SUM(T3:T9) has no computed value saved in the file; open "
                      "the workbook in Excel or LibreOffice Calc and save it again, so that its values are saved too, "
                      "or write the value itself [cell-value]",
                      "Sheet1!U2: error: the cell's formula =T2*2 has no computed value saved in the file; open the "
                      "workbook in Excel or LibreOffice Calc and save it again, so that its values are saved too, or "
                      "write the value itself [cell-value]",
                      "Sheet1!V2: error: the cell's formula has no computed value saved in the file; open the workbook "
                      "in Excel or LibreOffice Calc and save it again, so that its values are saved too, or write the "
                      "value itself [cell-value]",
                      "Sheet1!W2: error: the cell holds the error value #DIV/0!; correct its formula in the "
                      "spreadsheet, or write the value itself [cell-value]"});
}

TEST_CASE("a merged range is its first cell, what the cells it covers still hold is not read", "[xlsx-sheet]") {
  // As LibreOffice saves a merge that kept the covered cells' text: B3 and B4 are under B2's range.
  const Read r = read(test::worksheet(R"(<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c>
      <c r="B2" t="inlineStr"><is><t>Sasaran A</t></is></c></row>
    <row r="3"><c r="B3" t="inlineStr"><is><t>old text</t></is></c><c r="C3"><v>3</v></c></row>
    <row r="4"><c r="B4" t="inlineStr"><is><t>Sasaran A</t></is></c></row>
    <row r="5"><c r="B5" t="inlineStr"><is><t>Sasaran B</t></is></c></row>)",
                                      "", R"(<mergeCells count="2"><mergeCell ref="B2:B4"/><mergeCell ref="C5:D5"/></mergeCells>)"));
  CHECK(r.said.empty());
  CHECK(r.cells() == std::vector<std::string>{"A2=1", "B2=Sasaran A", "C3=3", "B5=Sasaran B"});
}

TEST_CASE("hidden rows and columns are read, each run of rows and each column that holds something a warning",
          "[xlsx-sheet]") {
  const Read r = read(test::worksheet(
      R"(<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row>
         <row r="2" hidden="1"><c r="A2"><v>1</v></c></row><row r="3" hidden="true"><c r="A3"><v>1</v></c></row>
         <row r="4"><c r="B4"><v>2</v></c></row><row r="6" hidden="1"><c r="D6"><v>4</v></c></row>
         <row r="7" hidden="1" customHeight="1"/><row r="8" hidden="1"><c r="B8"/></row>)",
      R"(<cols><col min="2" max="2" width="0" hidden="1"/><col min="3" max="3" hidden="0"/><col min="4" max="9" hidden="1"/></cols>)"));
  CHECK(r.cells() == std::vector<std::string>{"A1=1", "C1=3", "A2=1", "A3=1", "B4=2", "D6=4"});
  CHECK(r.said == std::vector<std::string>{
                      "Sheet1!A2: warning: rows 2 to 3 are hidden in the workbook; naskah reads them as any other "
                      "rows: delete those that are no part of the plan [hidden-cells]",
                      "Sheet1!D6: warning: row 6 is hidden in the workbook; naskah reads it as any other row: delete it "
                      "if it is no part of the plan [hidden-cells]",
                      "Sheet1!B4: warning: column B is hidden in the workbook; naskah reads it as any other column: "
                      "delete it if it is no part of the plan [hidden-cells]",
                      "Sheet1!D6: warning: column D is hidden in the workbook; naskah reads it as any other column: "
                      "delete it if it is no part of the plan [hidden-cells]"});
}

TEST_CASE("a damaged sheet: every problem at its cell or at the file", "[xlsx-sheet]") {
  const Read r = read(test::worksheet(R"(<row r="2"><c r="A2" t="s"><v>5</v></c><c r="B2" t="x"><v>1</v></c>
      <c r="C2"><v>12abc</v></c><c r="ZZZZ2"><v>1</v></c><c r="D2"><v>1</v></c><c r="D2"><v>2</v></c></row>
    <row r="0"/><row r="3"><c r="A3" t="inlineStr"><is><t>ok</t></is></c></row>)",
                                      "", R"(<mergeCells><mergeCell ref="A9:B10"/><mergeCell ref="B10:C11"/><mergeCell ref="Q"/></mergeCells>)"),
                      {"only one"});
  CHECK_FALSE(r.table);
  CHECK(r.said == std::vector<std::string>{
                      "Sheet1!A2: error: the cell names shared string \"5\", but the workbook has 1; the workbook is "
                      "damaged [workbook]",
                      "Sheet1!B2: error: the cell has the type \"x\", which no workbook has; the workbook is damaged "
                      "[workbook]",
                      "Sheet1!C2: error: the cell is a number, but holds \"12abc\"; the workbook is damaged [workbook]",
                      "error: the sheet has a cell named \"ZZZZ2\", which is no cell of a sheet (A1 to XFD1048576); "
                      "the workbook is damaged [workbook]",
                      "error: the sheet has a row numbered \"0\", which no sheet has (1 to 1048576); the workbook is "
                      "damaged [workbook]",
                      "Sheet1!D2: error: the cell stands twice in the sheet; the workbook is damaged [workbook]",
                      "error: the sheet has a merged range \"Q\", which is no range of a sheet; the workbook is "
                      "damaged [workbook]"});
}

TEST_CASE("a sheet's dimension is not believed: a billion rows declared cost nothing", "[xlsx-sheet]") {
  const Read r = read(test::worksheet(R"(<row r="1"><c r="A1"><v>1</v></c></row>)",
                                      R"(<dimension ref="A1:XFD1000000000"/>)"));
  CHECK(r.said.empty());
  CHECK(r.cells() == std::vector<std::string>{"A1=1"});
}

TEST_CASE("more cells than the limit, or more text than the limit (a shared string named by every cell), stop the "
          "reading at the cell past it", "[xlsx-sheet]") {
  std::string rows;
  for (std::size_t i = 1; i <= plan::max_sheet_cells + 1; ++i) {
    if (i % 10 == 1) rows += "<row>";
    rows += "<c><v>1</v></c>";
    if (i % 10 == 0 || i == plan::max_sheet_cells + 1) rows += "</row>";
  }
  const Read many = read(test::worksheet(rows));
  CHECK_FALSE(many.table);
  REQUIRE(many.said.size() == 1);
  CHECK(many.said[0] == "Sheet1!A50001: error: the sheet holds more than 500000 cells, the most naskah reads; split "
                        "it by sasaran [limit]");

  const std::string megabyte(1024 * 1024, 'x');
  std::string named;
  for (int i = 1; i <= 65; ++i) named += "<row><c t=\"s\"><v>0</v></c></row>";
  const Read text = read(test::worksheet(named), {megabyte});
  CHECK_FALSE(text.table);
  REQUIRE(text.said.size() == 1);
  CHECK(text.said[0] == "Sheet1!A65: error: the sheet's cells hold more than 64 MB of text together, the most naskah "
                        "reads; split it by sasaran [limit]");
}
