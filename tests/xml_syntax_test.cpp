// What pugixml does not say well or does not check: malformed XML in plain words, stray ampersands, DOCTYPEs,
// repeated attributes.
#include <catch2/catch.hpp>

#include <algorithm>

#include "plan_fixture.hpp"

using naskah::test::diagnostics_of;

TEST_CASE("a tag closed in the wrong order names the open element", "[xml-syntax]") {
  CHECK(diagnostics_of("<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\">\n<rencana>\n<sasaran nama=\"a\">\n</rencana></rkt>") ==
        std::vector<std::string>{
            "4:1: error: </rencana> closes <sasaran>, which is still open since line 3; close <sasaran> first [xml-syntax]"});
  CHECK(diagnostics_of("<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\">\n<!-- <b> -->\n<rencana>") ==
        std::vector<std::string>{"3:10: error: the file ends while <rencana> (opened at line 3) is not closed [xml-syntax]"});
  CHECK(diagnostics_of("") == std::vector<std::string>{"1:1: error: the file holds no XML element (is it empty?) [xml-syntax]"});
  CHECK(diagnostics_of("<rkt tahun=2024/>") ==
        std::vector<std::string>{R"(1:12: error: a malformed attribute: write name="value", the value in double quotes [xml-syntax])"});
}

TEST_CASE("ampersands that XML does not allow are errors", "[xml-syntax]") {
  auto lines = diagnostics_of(
      "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\"><!-- a & b --><instansi nama=\"A &amp; B &nbsp; C & D &#233; &#xE9;\" "
      "daerah=\"x\"/></rkt>");
  CHECK(std::count(lines.begin(), lines.end(),
                   "1:84: error: &nbsp; is not an XML entity; write the character itself (XML knows only &amp; &lt; "
                   "&gt; &quot; &apos;) [xml-syntax]") == 1);
  CHECK(std::count(lines.begin(), lines.end(), "1:93: error: a bare '&': write &amp; for an ampersand [xml-syntax]") == 1);
  CHECK(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.find("&amp;") == 0; }) == 0);
}

TEST_CASE("a DOCTYPE is refused at its start, and the root still reads normally", "[xml-syntax]") {
  auto lines = diagnostics_of(naskah::test::plan_xml("<rencana/>").insert(39, "<!DOCTYPE rkt [<!ENTITY lol \"lol\">]>\n"));
  CHECK(lines == std::vector<std::string>{
                     "2:1: error: a plan may not have a DOCTYPE: naskah does not read DTDs or expand their entities [xml-doctype]"});
}

TEST_CASE("an attribute written twice is an error at the second", "[xml-syntax]") {
  auto lines = diagnostics_of(naskah::test::plan_xml("<rencana anggaran=\"5\" anggaran=\"6\"/>"));
  CHECK(lines == std::vector<std::string>{R"(6:23: error: <rencana> has the attribute "anggaran" twice [xml-syntax])"});
}
