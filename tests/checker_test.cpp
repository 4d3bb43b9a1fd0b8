// Names as the checks' messages quote them: whole when short, cut at a word, or between characters in a long word.
#include <catch2/catch.hpp>

#include <string>

#include "naskah/check/checker.hpp"

using naskah::check::quoted;

TEST_CASE("a short name is quoted whole", "[checker]") {
  CHECK(quoted("Sekretariat DPRD") == "\"Sekretariat DPRD\"");
}

TEST_CASE("a long name is cut at a space", "[checker]") {
  const std::string name = std::string(50, 'a') + " " + std::string(40, 'b');
  CHECK(quoted(name) == "\"" + std::string(50, 'a') + " …\"");
}

TEST_CASE("a word too long to quote is cut between characters, its accents kept", "[checker]") {
  // 69 letters, then "e" with U+0301 COMBINING ACUTE ACCENT across the 70-byte limit: the accent stays with its e,
  // both go.
  const std::string name = std::string(69, 'a') + "e\xCC\x81" + std::string(10, 'c');
  CHECK(quoted(name) == "\"" + std::string(69, 'a') + " …\"");
  // A two-byte letter across the limit goes whole.
  const std::string wide = std::string(69, 'a') + "\xC3\xA9" + std::string(10, 'c');
  CHECK(quoted(wide) == "\"" + std::string(69, 'a') + " …\"");
}
