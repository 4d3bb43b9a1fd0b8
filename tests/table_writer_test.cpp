// The DOCX's tables (src/docx/table_writer): spans as gridSpan and vertical merges, header rows repeated, fills and
// borders; a signature block's columns as a borderless table of rows.
#include <catch2/catch.hpp>

#include "docx_fixture.hpp"

using namespace naskah;
using test::HandMade;
using test::serif;

namespace {

compose::TableCell cell(const std::string& text, int rows = 1, int columns = 1) {
  compose::TableCell c;
  c.spans = {serif(text, 9)};
  c.row_span = rows;
  c.col_span = columns;
  return c;
}

}  // namespace

TEST_CASE("a table's spans are merges, its header repeated, its columns its own", "[docx][table]") {
  compose::Table table;
  table.column_widths = {50, 100, 150};
  table.header_rows = {compose::TableRow{{cell("NO"), cell("PROGRAM", 1, 2)}, std::nullopt}};
  table.header_rows.front().fill = layout::Color{200, 200, 200};
  table.body_rows = {compose::TableRow{{cell("1", 2), cell("Program A", 2), cell("Kegiatan 1")}, std::nullopt},
                     compose::TableRow{{cell("Kegiatan 2")}, std::nullopt},
                     compose::TableRow{{cell("JUMLAH", 1, 2), cell("1.000")}, std::nullopt}};
  const HandMade docx(test::document_of({table}));
  const pugi::xml_node t = docx.body().child("w:tbl");
  REQUIRE(t);
  std::vector<int> grid;
  for (pugi::xml_node column : t.child("w:tblGrid").children("w:gridCol")) grid.push_back(column.attribute("w:w").as_int());
  CHECK(grid == std::vector<int>{1000, 2000, 3000});
  const pugi::xpath_node_set rows = t.select_nodes("w:tr");
  REQUIRE(rows.size() == 4);
  CHECK(rows[0].node().select_node("w:trPr/w:tblHeader"));
  CHECK_FALSE(rows[1].node().select_node("w:trPr/w:tblHeader"));
  CHECK(std::string(rows[0].node().select_node("w:tc[2]/w:tcPr/w:gridSpan").node().attribute("w:val").value()) == "2");
  CHECK(std::string(rows[0].node().select_node("w:tc/w:tcPr/w:shd").node().attribute("w:fill").value()) == "C8C8C8");
  // Row 2: the NO and the program continue the merges they started in row 1; its own cell is the third.
  CHECK(std::string(rows[1].node().select_node("w:tc[1]/w:tcPr/w:vMerge").node().attribute("w:val").value()) == "restart");
  const pugi::xml_node continued = rows[2].node().select_node("w:tc[1]").node();
  CHECK(continued.select_node("w:tcPr/w:vMerge"));
  CHECK_FALSE(continued.select_node("w:tcPr/w:vMerge/@w:val"));
  CHECK(test::paragraph_text(continued.child("w:p")).empty());
  CHECK(test::paragraph_text(rows[2].node().select_node("w:tc[3]/w:p").node()) == "Kegiatan 2");
  CHECK(test::paragraph_text(rows[3].node().select_node("w:tc[1]/w:p").node()) == "JUMLAH");
  CHECK(std::string(t.select_node("w:tblPr/w:tblBorders/w:insideV").node().attribute("w:val").value()) == "single");
}

TEST_CASE("two tables in a row are kept apart, as Word would join them", "[docx][table]") {
  compose::Table table;
  table.column_widths = {100};
  table.space_before = 0;
  table.body_rows = {compose::TableRow{{cell("a")}, std::nullopt}};
  const HandMade docx(test::document_of({table, table}));
  const pugi::xml_node first = docx.body().child("w:tbl");
  REQUIRE(first);
  CHECK(first.next_sibling().name() == std::string("w:p"));
  CHECK(first.next_sibling().next_sibling().name() == std::string("w:tbl"));
}

TEST_CASE("a signature block is a borderless table whose rows are the i-th parts of its columns", "[docx][signature]") {
  compose::SignatureBlock block;
  auto line = [](const std::string& text) { return compose::SignatureLine{{serif(text)}, compose::Align::center, 18}; };
  auto name = [&](const std::string& text) {
    compose::SignatureLine named = line(text);
    named.spans.front().keep_together = true;  // a name is never broken
    return named;
  };
  block.columns.push_back({0, 150, {line("Pihak Kedua,"), line("BUPATI"), compose::SignatureSpace{60}, name("H. BUDIMAN")}});
  block.columns.push_back({250, 200, {line("Pihak Pertama,"), line("SEKRETARIS DPRD"), line("KABUPATEN"),
                                      compose::SignatureSpace{60}, name("ASWAN AZIS")}});
  const HandMade docx(test::document_of({block}));
  const pugi::xml_node t = docx.body().child("w:tbl");
  REQUIRE(t);
  CHECK(std::string(t.select_node("w:tblPr/w:tblBorders/w:top").node().attribute("w:val").value()) == "nil");
  std::vector<int> grid;
  for (pugi::xml_node column : t.child("w:tblGrid").children("w:gridCol")) grid.push_back(column.attribute("w:w").as_int());
  CHECK(grid == std::vector<int>{3000, 2000, 4000});  // the first column, the room between, the second
  // Lined up by their blanks: the first column gets an empty line before its blank, so the names share a row.
  const pugi::xpath_node_set rows = t.select_nodes("w:tr");
  REQUIRE(rows.size() == 5);
  CHECK(test::paragraph_text(rows[4].node().select_node("w:tc[1]/w:p").node()) == "H.\u00A0BUDIMAN");
  CHECK(test::paragraph_text(rows[4].node().select_node("w:tc[3]/w:p").node()) == "ASWAN\u00A0AZIS");
  CHECK(rows[3].node().select_node("w:tc[1]/w:p/w:pPr/w:spacing[@w:lineRule='exact'][@w:line='1200']"));
  for (std::size_t i = 0; i < rows.size(); ++i) CHECK(rows[i].node().select_node("w:trPr/w:cantSplit"));
}
