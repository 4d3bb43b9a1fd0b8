// The fonts libharu can embed: refused before a page is drawn, naming the file and what it lacks.
#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "../src/pdf/embeddable_font.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/font_set.hpp"
#include "temp_folder.hpp"

using naskah::pdf::embedding_problem;
using naskah::text::FontFileFacts;

namespace {

FontFileFacts truetype() {
  return FontFileFacts{"a.ttf", "Example-Regular", false, {"OS/2", "cmap", "glyf", "head", "hhea", "hmtx", "loca"}};
}

}  // namespace

TEST_CASE("a TrueType file with its tables and name can be embedded", "[embeddable-font]") {
  CHECK_FALSE(embedding_problem(truetype()).has_value());
}

TEST_CASE("CFF outlines, a missing table or no PostScript name are refused with the reason", "[embeddable-font]") {
  FontFileFacts cff = truetype();
  cff.cff_outlines = true;
  CHECK_THAT(embedding_problem(cff).value_or(""), Catch::Contains("CFF"));
  FontFileFacts no_loca = truetype();
  no_loca.tables = {"OS/2", "cmap", "glyf", "head", "hhea", "hmtx"};
  CHECK_THAT(embedding_problem(no_loca).value_or(""), Catch::Contains("no loca table"));
  FontFileFacts nameless = truetype();
  nameless.postscript_name.clear();
  CHECK_THAT(embedding_problem(nameless).value_or(""), Catch::Contains("PostScript name"));
}

TEST_CASE("a PDF is not begun with a font libharu cannot embed", "[embeddable-font]") {
  // Liberation Serif's regular face marked as OpenType with CFF outlines: measured as before, refused by the writer.
  naskah::test::TempFolder dir;
  std::string error;
  const auto serif = naskah::text::resolve_family("Liberation Serif", {NASKAH_SOURCE_DIR}, &error);
  REQUIRE(serif);
  std::ifstream in(serif->paths[0], std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  REQUIRE(bytes.size() > 1000);
  bytes.replace(0, 4, "OTTO");
  const std::string otf = dir.write("LiberationSerif-Regular.otf", bytes);
  naskah::text::FontSet fonts;
  fonts.add_family({"Liberation Serif", {otf, otf, otf, otf}});
  CHECK(fonts.advance({0, false, false}, U'a') > 0);
  CHECK_THROWS_WITH(naskah::pdf::PdfBuilder(fonts, naskah::layout::Metadata{}),
                    Catch::Contains(otf) && Catch::Contains("CFF"));
}
