// How a cell's style shows its number: the formats every workbook knows by number, and a workbook's own by their code.

#include <catch2/catch.hpp>

#include "../src/plan/xlsx_styles.hpp"

using naskah::plan::NumberShown;
using naskah::plan::detail::CellStyles;
using naskah::plan::detail::shown_by_format;

TEST_CASE("the built-in formats: 9 and 10 percentages, 14 to 22 and the others dates, the rest numbers",
          "[xlsx-styles]") {
  CHECK(shown_by_format(0, "") == NumberShown::number);   // General
  CHECK(shown_by_format(3, "") == NumberShown::number);   // #,##0
  CHECK(shown_by_format(49, "") == NumberShown::number);  // @, text
  CHECK(shown_by_format(9, "") == NumberShown::percent);
  CHECK(shown_by_format(10, "") == NumberShown::percent);
  for (std::uint32_t date : {14u, 17u, 22u, 27u, 36u, 45u, 47u, 50u, 58u}) {
    INFO(date);
    CHECK(shown_by_format(date, "") == NumberShown::date);
  }
}

TEST_CASE("a workbook's own format: a date by its day, month, year, hour or second outside quotes, escapes and "
          "brackets, a percentage by its '%'", "[xlsx-styles]") {
  CHECK(shown_by_format(164, "dd/mm/yyyy") == NumberShown::date);
  CHECK(shown_by_format(165, "[$-421]dd mmmm yyyy") == NumberShown::date);
  CHECK(shown_by_format(166, "[h]:mm") == NumberShown::date);
  CHECK(shown_by_format(167, "0.00%") == NumberShown::percent);
  CHECK(shown_by_format(168, "#,##0") == NumberShown::number);
  CHECK(shown_by_format(169, "[$Rp-421]\\ #,##0") == NumberShown::number);        // a currency: the bracket's letters
  CHECK(shown_by_format(170, "#,##0 \"Dokumen\"") == NumberShown::number);         // quoted text's letters
  CHECK(shown_by_format(171, "#,##0_);[Red]\\(#,##0\\)") == NumberShown::number);  // a colour, a space's width
  CHECK(shown_by_format(172, "0.00E+00") == NumberShown::number);
  CHECK(shown_by_format(173, "General") == NumberShown::number);
  CHECK(shown_by_format(174, "0;\"d\"0%") == NumberShown::number);  // the first section only
  CHECK(shown_by_format(175, "\"%\"0") == NumberShown::number);
  CHECK(shown_by_format(176, "0\\%") == NumberShown::number);
}

TEST_CASE("each cell style (cellXfs) shows its number by its format, the workbook's own looked up by id",
          "[xlsx-styles]") {
  pugi::xml_document styles;
  REQUIRE(styles.load_string(R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
    <numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
    <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="9"/></cellXfs>
  </styleSheet>)"));
  const CellStyles by_style(styles.document_element());
  CHECK(by_style.shown(0) == NumberShown::number);
  CHECK(by_style.shown(1) == NumberShown::number);
  CHECK(by_style.shown(2) == NumberShown::date);
  CHECK(by_style.shown(3) == NumberShown::percent);
  CHECK(by_style.shown(4) == NumberShown::percent);
  CHECK(by_style.shown(99) == NumberShown::number);  // a style the workbook does not have
  CHECK(CellStyles(pugi::xml_node()).shown(0) == NumberShown::number);
}
