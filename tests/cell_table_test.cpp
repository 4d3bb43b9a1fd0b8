// A CSV table as the annex reader takes every spreadsheet: the cells that hold something, at their row and column.

#include <catch2/catch.hpp>

#include "naskah/plan/cell_table.hpp"

using namespace naskah;

TEST_CASE("a CSV table's cells that hold something, at their row and column, empty rows left out", "[cell-table]") {
  plan::CsvTable csv;
  csv.rows = {{"Judul", "", ""}, {"", " ", "\t"}, {"Sasaran", "", "Program"}, {}, {"", "A", ""}};
  const plan::CellTable table = plan::cell_table(csv);
  CHECK(table.sheet.empty());
  REQUIRE(table.rows.size() == 3);
  CHECK(table.rows[0].row == 1);
  CHECK(table.rows[1].row == 3);
  REQUIRE(table.rows[1].cells.size() == 2);
  CHECK(table.rows[1].cells[1].column == 3);
  CHECK(table.rows[1].cells[1].text == "Program");
  CHECK(table.rows[2].row == 5);
  CHECK(table.rows[2].cells[0].column == 2);
  // A row as a list by column, for the header.
  CHECK(table.rows[1].dense() == std::vector<std::string>{"Sasaran", "", "Program"});
  CHECK(table.rows[2].dense() == std::vector<std::string>{"", "A"});
}

TEST_CASE("a cell's place names its sheet in a workbook, none in CSV", "[cell-table]") {
  const plan::CellTable workbook{"Lampiran", {}};
  CHECK(workbook.place("a.xlsx", 12, 20).sheet == "Lampiran");
  CHECK(workbook.place("a.xlsx", 12, 20).line == 12);
  CHECK(plan::CellTable{}.place("a.csv", 1, 2).sheet.empty());
  CHECK(plan::is_blank(" \t\r\n"));
  CHECK_FALSE(plan::is_blank("\xC2\xA0"));  // a non-breaking space is something
}
