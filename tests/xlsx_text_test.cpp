// The text of a workbook's strings: plain, rich (runs), with phonetic guides left out and Office Open XML's escapes
// undone; and the table of shared strings, bounded.

#include <catch2/catch.hpp>

#include "../src/plan/xlsx_package.hpp"
#include "../src/plan/xlsx_text.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/xlsx_reader.hpp"
#include "workbook_fixture.hpp"

using namespace naskah;

namespace {

std::string text_of(const char* xml) {
  pugi::xml_document document;
  REQUIRE(document.load_string(xml, pugi::parse_default | pugi::parse_ws_pcdata_single));
  return plan::detail::string_text(document.document_element());
}

}  // namespace

TEST_CASE("a string's text: its <t>, or its runs' one after the other, spaces of their own kept", "[xlsx-text]") {
  CHECK(text_of("<si><t>Program Penunjang</t></si>") == "Program Penunjang");
  CHECK(text_of("<x:is xmlns:x='m'><x:t>Inline</x:t></x:is>") == "Inline");
  CHECK(text_of(R"(<si><r><rPr><b/></rPr><t>Program</t></r><r><t xml:space="preserve"> </t></r><r><t>Penunjang</t></r>
                   <rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>)") == "Program Penunjang");
  CHECK(text_of("<si><t/></si>").empty());
}

TEST_CASE("Office Open XML's escapes: _xHHHH_ is the character, _x005F_ a '_'", "[xlsx-text]") {
  using plan::detail::undo_escapes;
  CHECK(undo_escapes("Baris_x000D_\nkedua") == "Baris\r\nkedua");
  CHECK(undo_escapes("_x005F_x0041_") == "_x0041_");
  CHECK(undo_escapes("_xD83D__xDE00_") == "\xF0\x9F\x98\x80");  // a character beyond the BMP, as two surrogates
  CHECK(undo_escapes("_xD83D_") == "\xEF\xBF\xBD");             // a lone surrogate
  CHECK(undo_escapes("_x00zz_ _x41_ plain_text") == "_x00zz_ _x41_ plain_text");
}

TEST_CASE("the shared strings, in order, more than the limit is an error at the file", "[xlsx-text]") {
  auto read = [](const std::string& sst, diag::Diagnostics& out) {
    const std::string zip = test::zip_archive({{"xl/sharedStrings.xml", sst}});
    std::string problem;
    const auto archive = plan::detail::ZipArchive::open(zip, problem);
    REQUIRE(archive);
    const std::string file = "a.xlsx";
    plan::detail::WorkbookPackage package(*archive, file, out);
    return plan::detail::read_shared_strings(package, "xl/sharedStrings.xml");
  };
  diag::Diagnostics out;
  const auto strings = read("<sst><si><t>A</t></si><si><r><t>B</t></r><r><t>C</t></r></si><si/></sst>", out);
  REQUIRE(strings);
  CHECK(*strings == std::vector<std::string>{"A", "BC", ""});
  std::string huge = "<sst>";
  for (std::size_t i = 0; i <= plan::max_shared_strings; ++i) huge += "<si/>";
  CHECK_FALSE(read(huge + "</sst>", out));
  REQUIRE(out.all().size() == 1);
  CHECK(diag::format_text(out.all()[0]) ==
        "a.xlsx: error: the workbook holds more than 1000000 shared strings (the texts its cells name by number), the "
        "most naskah reads; split the workbook [limit]");
}
