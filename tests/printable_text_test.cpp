// Text as it is drawn: composed characters precomposed, invisible format characters the font lacks left out.
#include <catch2/catch.hpp>

#include "naskah/text/font_set.hpp"
#include "naskah/text/printable_text.hpp"

using naskah::text::FontFace;
using naskah::text::printable_text;

namespace {

const naskah::text::FontSet& liberation_serif() {
  static const auto* set = [] {
    auto* fonts = new naskah::text::FontSet();
    std::string error;
    const auto files = naskah::text::resolve_family("Liberation Serif", {NASKAH_SOURCE_DIR}, &error);
    if (!files) FAIL("Liberation Serif: " << error);
    fonts->add_family(*files);
    return fonts;
  }();
  return *set;
}

}  // namespace

TEST_CASE("a letter and a combining accent become the precomposed letter", "[printable-text]") {
  CHECK(printable_text("Kabupate\xCC\x81n e\xCC\x81", liberation_serif(), FontFace{}) == "Kabupat\xC3\xA9n \xC3\xA9");
  CHECK(printable_text("Kabupate\xCC\x81n", liberation_serif(), FontFace{}) == "Kabupat\xC3\xA9n");
  CHECK(printable_text("plain ASCII", liberation_serif(), FontFace{}) == "plain ASCII");
}

TEST_CASE("invisible format characters without a glyph are left out, those with one stay", "[printable-text]") {
  // Liberation Serif has U+200B and U+200D (zero-width glyphs), not U+FEFF or U+2060.
  CHECK(printable_text("a\xEF\xBB\xBF" "b c\xE2\x81\xA0" "d", liberation_serif(), FontFace{}) == "ab cd");
  CHECK(printable_text("a\xE2\x80\x8B" "b c\xE2\x80\x8D" "d", liberation_serif(), FontFace{}) ==
        "a\xE2\x80\x8B" "b c\xE2\x80\x8D" "d");
  // A visible character the font lacks stays, for the missing-glyph check to report.
  CHECK(printable_text("Senyum \xF0\x9F\x98\x80", liberation_serif(), FontFace{}) == "Senyum \xF0\x9F\x98\x80");
}
