#include <catch2/catch.hpp>

#include "naskah/plan/inline_text.hpp"
#include "naskah/plan/source_map.hpp"
#include "naskah/text/utf8.hpp"

using namespace naskah::plan;

TEST_CASE("offsets map to lines and character columns", "[source-map]") {
  std::string text = "ab\ncd\u00e9f\n\nx";
  SourceMap map(text);
  CHECK(map.position(0).line == 1);
  CHECK(map.position(1).column == 2);
  CHECK(map.position(3).line == 2);
  CHECK(map.position(3).column == 1);
  // "é" is two bytes but one column: 'f' is the 4th character of line 2.
  CHECK(map.position(7).column == 4);
  CHECK(map.position(9).line == 3);
  CHECK(map.position(10).line == 4);
  CHECK(map.position(1000).line == 4);
}

TEST_CASE("positions over many blocks of the map equal a count from the text's start", "[source-map]") {
  // Lines of every length, with two- and three-byte characters, and one line longer than several of the map's
  // blocks: each offset's line and column as counted character by character from the start.
  std::string text;
  for (int line = 0; line < 300; ++line) {
    for (int k = 0; k < line % 37; ++k) text += k % 5 == 0 ? "\u00e9" : k % 7 == 0 ? "\u2013" : "a";
    text += line == 150 ? std::string(5000, 'x') + "\u00e9y" : "";
    text += '\n';
  }
  const SourceMap map(text);
  std::uint32_t line = 1, column = 1;
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    const bool starts_character = offset == text.size() || (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80;
    if (starts_character) {
      const Pos pos = map.position(offset);
      REQUIRE(pos.line == line);
      REQUIRE(pos.column == column);
    }
    if (offset == text.size()) break;
    if (text[offset] == '\n') {
      ++line;
      column = 1;
    } else if (offset + 1 == text.size() || (static_cast<unsigned char>(text[offset + 1]) & 0xC0) != 0x80) {
      ++column;
    }
  }
}

TEST_CASE("invalid UTF-8 is found where it starts", "[utf8]") {
  CHECK_FALSE(naskah::text::first_invalid_utf8("Rp 5 \u2013 \u00e9"));
  CHECK(naskah::text::first_invalid_utf8("caf\xe9 ok") == 3u);
  CHECK(naskah::text::first_invalid_utf8("\xc0\x80") == 0u);         // overlong
  CHECK(naskah::text::first_invalid_utf8("a\xed\xa0\x80") == 1u);    // surrogate
  CHECK(naskah::text::first_invalid_utf8("\xf4\x90\x80\x80") == 0u); // above U+10FFFF
  CHECK(naskah::text::first_invalid_utf8("ab\xe2\x82") == 2u);       // truncated
  // Past runs of ASCII read eight bytes at a time: found at every place in a block and across two.
  const std::string ascii = "Sekretariat DPRD Kabupaten";
  for (std::size_t at = 0; at <= ascii.size(); ++at) {
    CHECK(naskah::text::first_invalid_utf8(ascii.substr(0, at) + "\xe9" + ascii) == at);
    CHECK_FALSE(naskah::text::first_invalid_utf8(ascii.substr(0, at) + "\u2013" + ascii));
    CHECK(naskah::text::first_invalid_utf8(ascii.substr(0, at) + "\xe2\x80") == at);  // cut short at the end
  }
}

namespace {

struct Collected {
  std::vector<std::string> problems;
  InlineBuilder::ProblemSink sink() {
    return [this](Pos pos, std::string_view rule, std::string message) {
      problems.push_back(std::to_string(pos.column) + " " + std::string(rule) + ": " + message);
    };
  }
};

Pos column_of(std::size_t index) { return Pos{1, static_cast<std::uint32_t>(index + 1)}; }

}  // namespace

TEST_CASE("inline text folds white space as HTML does", "[inline]") {
  Collected c;
  InlineBuilder builder(c.sink());
  builder.add_text("  Puji \n  syukur ", 0, column_of);
  builder.add_text(" kehadirat", style_bold, column_of);
  builder.add_text(" Allah  ", 0, column_of);
  InlineText text = builder.finish();
  REQUIRE(text.size() == 3);
  CHECK(std::get<InlineRun>(text[0]).text == "Puji syukur ");
  CHECK(std::get<InlineRun>(text[1]).text == "kehadirat ");  // a space belongs to what precedes it
  CHECK(std::get<InlineRun>(text[1]).style == style_bold);
  CHECK(std::get<InlineRun>(text[2]).text == "Allah");
  CHECK(c.problems.empty());
}

TEST_CASE("placeholders are split out with their positions", "[inline]") {
  Collected c;
  InlineText text = parse_inline_attribute("RKT {instansi} Tahun {tahun}, {{literal}}", column_of, c.sink());
  CHECK(to_display_string(text) == "RKT {instansi} Tahun {tahun}, {literal}");
  REQUIRE(text.size() == 5);
  CHECK(std::get<Placeholder>(text[1]).name == "instansi");
  CHECK(std::get<Placeholder>(text[1]).pos.column == 5);
  CHECK(std::get<Placeholder>(text[3]).name == "tahun");
  CHECK(std::get<InlineRun>(text[4]).text == ", {literal}");
  CHECK(c.problems.empty());
}

TEST_CASE("unknown and malformed placeholders are reported", "[inline]") {
  Collected c;
  parse_inline_attribute("Tahun {tahunn} dan {Tahun} dan { x", column_of, c.sink());
  REQUIRE(c.problems.size() == 3);
  CHECK(c.problems[0] == "7 unknown-placeholder: unknown placeholder {tahunn}; did you mean {tahun}?");
  CHECK(c.problems[1] ==
        "20 unknown-placeholder: unknown placeholder {Tahun}; did you mean {tahun}?");
  CHECK(c.problems[2] ==
        "32 placeholder-syntax: a '{' that does not start a placeholder such as {tahun}; write '{{' for a literal brace");
}

TEST_CASE("a line break starts the next line without a space", "[inline]") {
  Collected c;
  InlineBuilder builder(c.sink());
  builder.add_text("BAB I ", 0, column_of);
  builder.add_line_break();
  builder.add_text(" PENDAHULUAN", 0, column_of);
  InlineText text = builder.finish();
  CHECK(to_display_string(text) == "BAB I\nPENDAHULUAN");
}
