// Cells in A1 notation, as diagnostics of a workbook name them and the workbook reader reads them.

#include <catch2/catch.hpp>

#include "naskah/diag/cell_reference.hpp"

using namespace naskah::diag;

TEST_CASE("columns are letters in bijective base 26: A to Z, AA, then up to XFD", "[cell-reference]") {
  CHECK(column_letters(1) == "A");
  CHECK(column_letters(20) == "T");
  CHECK(column_letters(26) == "Z");
  CHECK(column_letters(27) == "AA");
  CHECK(column_letters(52) == "AZ");
  CHECK(column_letters(53) == "BA");
  CHECK(column_letters(702) == "ZZ");
  CHECK(column_letters(703) == "AAA");
  CHECK(column_letters(max_sheet_column) == "XFD");
  CHECK(cell_name(12, 20) == "T12");
  CHECK(cell_name(max_sheet_row, max_sheet_column) == "XFD1048576");
}

TEST_CASE("a cell's name reads back to its row and column, in either case, within a sheet's bounds", "[cell-reference]") {
  for (std::uint32_t column : {1u, 2u, 26u, 27u, 702u, 703u, 16384u}) {
    for (std::uint32_t row : {1u, 9u, 10u, 1048576u}) {
      const std::optional<CellPlace> place = parse_cell_name(cell_name(row, column));
      REQUIRE(place);
      CHECK(place->row == row);
      CHECK(place->column == column);
    }
  }
  CHECK(parse_cell_name("t12")->column == 20);
  CHECK(parse_column_letters("xfd") == 16384u);
  for (const char* bad : {"", "12", "T", "T0", "T012", "XFE1", "A1048577", "A1000000000", "T1.5", "$T$12", "T12:U13",
                          "AAAA1", "T-1"}) {
    INFO(bad);
    CHECK_FALSE(parse_cell_name(bad));
  }
}

TEST_CASE("a sheet's name stands in quotes when it holds anything but letters, digits and '_'", "[cell-reference]") {
  CHECK(sheet_reference("Sheet1") == "Sheet1");
  CHECK(sheet_reference("Lampiran_RKT") == "Lampiran_RKT");
  CHECK(sheet_reference("Lembar Kerja") == "'Lembar Kerja'");
  CHECK(sheet_reference("Rekap '24") == "'Rekap ''24'");
  CHECK(sheet_reference("2025") == "'2025'");
  CHECK(sheet_reference("RKT-2025") == "'RKT-2025'");
  CHECK(sheet_reference("Ringkasan\xC3\xA9") == "Ringkasan\xC3\xA9");  // letters of other scripts need none
}
