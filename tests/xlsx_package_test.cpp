// A workbook's parts: found through relationships, read within the limits, parsed, every problem at the file.

#include <catch2/catch.hpp>

#include "../src/plan/xlsx_package.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/plan/xlsx_reader.hpp"
#include "workbook_fixture.hpp"

using namespace naskah;
using plan::detail::WorkbookPackage;
using plan::detail::ZipArchive;

namespace {

/// The part's root element's name, or the diagnostics reading it gave.
std::string read_part(const test::ZipEntries& entries, const std::string& name) {
  const std::string zip = test::zip_archive(entries);
  std::string problem;
  const std::unique_ptr<ZipArchive> archive = ZipArchive::open(zip, problem);
  REQUIRE(archive);
  diag::Diagnostics out;
  const std::string file = "a.xlsx";
  WorkbookPackage package(*archive, file, out);
  const std::unique_ptr<plan::detail::XmlPart> part = package.xml_part(name, true);
  std::string said;
  for (const diag::Diagnostic& d : out.all()) said += diag::format_text(d) + "\n";
  return part ? std::string("<") + part->root().name() + ">" : said;
}

}  // namespace

TEST_CASE("a relationship's target is a part's name, relative to its part's folder or from the root",
          "[xlsx-package]") {
  using plan::detail::resolve_part;
  CHECK(resolve_part("xl/workbook.xml", "worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_part("xl/workbook.xml", "/xl/worksheets/sheet1.xml") == "xl/worksheets/sheet1.xml");
  CHECK(resolve_part("xl/workbook.xml", "../docProps/app.xml") == "docProps/app.xml");
  CHECK(resolve_part("xl/workbook.xml", "./styles.xml") == "xl/styles.xml");
  CHECK(resolve_part("", "xl/workbook.xml") == "xl/workbook.xml");
}

TEST_CASE("elements and attributes are found by their local names, whatever their prefix", "[xlsx-package]") {
  pugi::xml_document document;
  REQUIRE(document.load_string(R"(<x:worksheet xmlns:x="m" xmlns:rel="r"><x:sheetData><x:row x:r="3" rel:id="a"/>
                                  </x:sheetData></x:worksheet>)"));
  const pugi::xml_node row = plan::detail::child(plan::detail::child(document.document_element(), "sheetData"), "row");
  REQUIRE_FALSE(row.empty());
  CHECK(std::string_view(plan::detail::attribute(row, "r").value()) == "3");
  CHECK(std::string_view(plan::detail::attribute(row, "id").value()) == "a");
}

TEST_CASE("a part is read and parsed, a missing, malformed or hostile one is an error at the file", "[xlsx-package]") {
  CHECK(read_part({{"xl/workbook.xml", "<workbook/>"}}, "xl/workbook.xml") == "<workbook>");
  CHECK(read_part({{"xl/workbook.xml", "<workbook/>"}}, "xl/styles.xml") ==
        "a.xlsx: error: the workbook has no part xl/styles.xml: it is damaged, or it is no workbook that a spreadsheet "
        "program saved [workbook]\n");
  CHECK(read_part({{"xl/workbook.xml", "<workbook><sheets></workbook>"}}, "xl/workbook.xml") ==
        "a.xlsx: error: the workbook is damaged: its part xl/workbook.xml is not well-formed XML (at byte 20: Start-end "
        "tags mismatch) [workbook]\n");
  // Nested deeper than any workbook nests them: refused, as plans are.
  std::string deep;
  for (int i = 0; i < 100'000; ++i) deep += "<a>";
  for (int i = 0; i < 100'000; ++i) deep += "</a>";
  CHECK(read_part({{"xl/workbook.xml", "<workbook>" + deep + "</workbook>"}}, "xl/workbook.xml") ==
        "a.xlsx: error: the workbook's part xl/workbook.xml nests elements more than " +
            std::to_string(plan::max_element_depth) +
            " deep, the most naskah reads; a spreadsheet program nests them some 5 deep [limit]\n");
  // More tags than pugixml's tree may hold: refused before it is parsed.
  std::string many = "<sst>";
  for (std::size_t i = 0; i < plan::max_workbook_part_tags; ++i) many += "<si/>";
  CHECK(read_part({{"xl/sharedStrings.xml", many + "</sst>"}}, "xl/sharedStrings.xml") ==
        "a.xlsx: error: the workbook's part xl/sharedStrings.xml holds more than 4000000 XML tags, the most naskah "
        "reads; split the sheet [limit]\n");
}

TEST_CASE("a part that unpacks to more than the limit is a zip bomb, refused before or while it is inflated",
          "[xlsx-package]") {
  const std::string padding(plan::max_workbook_part_bytes + 1, ' ');
  const std::string expected =
      "a.xlsx: error: the workbook's part xl/worksheets/sheet1.xml unpacks to more than 64 MB, the most naskah reads; "
      "the file is damaged or made to fill the memory (a zip bomb) [limit]\n";
  test::ZipEntries bomb{{"xl/worksheets/sheet1.xml", "<worksheet>" + padding + "</worksheet>"}};
  std::string zip = test::zip_archive(bomb);
  CHECK(zip.size() < 1'000'000);  // 64 MB in less than one
  CHECK(read_part(bomb, "xl/worksheets/sheet1.xml") == expected);
}
