// xml_escaped and xml_comment_safe: text as it may stand in XML.

#include <catch2/catch.hpp>

#include "naskah/text/xml_escape.hpp"

using namespace naskah::text;

TEST_CASE("text in XML: entities for markup characters, no double hyphen in a comment", "[xml-escape]") {
  CHECK(xml_escaped(R"(Bagian Persidangan & "Perundang-Undangan" <DPRD> 'x')") ==
        "Bagian Persidangan &amp; &quot;Perundang-Undangan&quot; &lt;DPRD&gt; &apos;x&apos;");
  CHECK(xml_comment_safe("Perundang-Undangan") == "Perundang-Undangan");
  CHECK(xml_comment_safe("a--b---c") == "a- -b- - -c");
  CHECK(xml_comment_safe("ends-") == "ends- ");
  CHECK(xml_comment_safe("").empty());
}
