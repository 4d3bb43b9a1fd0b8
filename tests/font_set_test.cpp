// FontSet, advance_sum / text_width and resolve_family (fonts/families.conf first, fontconfig second).

#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "../src/text/truetype_font.hpp"
#include "naskah/text/font_set.hpp"

using namespace naskah::text;
namespace fs = std::filesystem;

namespace {

const std::string kLiberation = "/usr/share/fonts/truetype/liberation2/";

/// Gives each code point its own value as its width, and U+FFFD a million, so that a sum shows how text decoded.
class CodePointMetrics final : public FontMetrics {
 public:
  [[nodiscard]] int advance(FontFace, char32_t c) const override {
    return c == 0xFFFD ? 1'000'000 : static_cast<int>(c);
  }
  [[nodiscard]] bool has_glyph(FontFace, char32_t) const override { return true; }
  [[nodiscard]] int ascender(FontFace) const override { return 800; }
  [[nodiscard]] int descender(FontFace) const override { return -200; }
};

/// A scratch directory, removed at the end of the test.
struct TempDir {
  fs::path path;
  explicit TempDir(const std::string& name)
      : path(fs::temp_directory_path() / (name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path);
    fs::create_directories(path / "fonts");
  }
  ~TempDir() { fs::remove_all(path); }
  void write_conf(const std::string& text) const { std::ofstream(path / "fonts" / "families.conf") << text; }
};

std::optional<FontFamilyFiles> resolve(std::string_view family, const std::vector<std::string>& dirs,
                                       std::string& error) {
  error.clear();
  return resolve_family(family, dirs, &error);
}

}  // namespace

TEST_CASE("advance_sum decodes UTF-8, invalid bytes counting as U+FFFD", "[font]") {
  const CodePointMetrics m;
  const FontFace face;
  CHECK(m.advance_sum(face, "") == 0);
  CHECK(m.advance_sum(face, "Ab") == 'A' + 'b');
  CHECK(m.advance_sum(face, "é–") == 0xE9 + 0x2013);
  CHECK(m.advance_sum(face, "\xF0\x9F\x98\x80") == 0x1F600);
  CHECK(m.advance_sum(face, "a\xFF" "b") == 'a' + 1'000'000 + 'b');
  CHECK(m.advance_sum(face, "\xE2\x82" "x") == 1'000'000 + 'x');     // a truncated sequence is one U+FFFD
  CHECK(m.advance_sum(face, "\xC0\xAF") == 2'000'000);               // overlong: two bad bytes
  CHECK(m.advance_sum(face, "\xED\xA0\x80") == 3'000'000);           // a surrogate: three
  CHECK(m.advance_sum(face, "\xF4\x90\x80\x80") == 4'000'000);       // above U+10FFFF
  CHECK(m.advance_sum(face, "\xE2\x82") == 1'000'000);               // cut off at the end of the text
  CHECK(text_width(m, face, 12, "A") == Approx(65 * 12 / 1000.0));
}

TEST_CASE("resolve_family reads fonts/families.conf", "[font]") {
  std::string error;
  const auto serif = resolve("Liberation Serif", {NASKAH_SOURCE_DIR}, error);
  REQUIRE(serif);
  CHECK(error.empty());
  CHECK(serif->family == "Liberation Serif");
  CHECK(serif->paths[0] == kLiberation + "LiberationSerif-Regular.ttf");
  CHECK(serif->paths[1] == kLiberation + "LiberationSerif-Bold.ttf");
  CHECK(serif->paths[2] == kLiberation + "LiberationSerif-Italic.ttf");
  CHECK(serif->paths[3] == kLiberation + "LiberationSerif-BoldItalic.ttf");
  // Names compare as fontconfig compares them; the family keeps the spelling asked for.
  const auto mono = resolve("liberation  MONO", {NASKAH_SOURCE_DIR}, error);
  REQUIRE(mono);
  CHECK(mono->family == "liberation  MONO");
  CHECK(mono->paths[3] == kLiberation + "LiberationMono-BoldItalic.ttf");
}

TEST_CASE("families.conf: relative paths, directory order, malformed lines", "[font]") {
  const TempDir first("naskah_conf_a"), second("naskah_conf_b");
  for (const char* face : {"Regular", "Bold", "Italic", "BoldItalic"}) {
    fs::create_symlink(kLiberation + "LiberationSans-" + face + ".ttf",
                       second.path / "fonts" / (std::string("S-") + face + ".ttf"));
  }
  second.write_conf("# a comment\n\n  My Sans : regular=S-Regular.ttf, bold = S-Bold.ttf,italic=S-Italic.ttf, "
                    "bold-italic=./S-BoldItalic.ttf\r\n");
  first.write_conf("Other: regular=/x.ttf, bold=/x.ttf, italic=/x.ttf, bold-italic=/x.ttf\n");
  std::string error;
  const auto mine = resolve("My Sans", {first.path.string(), second.path.string()}, error);
  REQUIRE(mine);
  CHECK(mine->paths[0] == (second.path / "fonts" / "S-Regular.ttf").string());
  CHECK(mine->paths[3] == (second.path / "fonts" / "S-BoldItalic.ttf").string());

  // The first directory's entry wins when its files exist; when they do not, fontconfig is asked next.
  first.write_conf("Liberation Sans: regular=gone.ttf, bold=gone.ttf, italic=gone.ttf, bold-italic=gone.ttf\n");
  const auto sans = resolve("Liberation Sans", {first.path.string()}, error);
  REQUIRE(sans);
  CHECK(sans->paths[1] == kLiberation + "LiberationSans-Bold.ttf");
  first.write_conf("No Such Family: regular=gone.ttf, bold=gone.ttf, italic=gone.ttf, bold-italic=gone.ttf\n");
  CHECK_FALSE(resolve("No Such Family", {first.path.string()}, error));
  CHECK_THAT(error, Catch::Contains("families.conf:1 names " + (first.path / "fonts" / "gone.ttf").string() +
                                    ", which does not exist, and fontconfig has no TrueType \"No Such Family\""));

  const std::string conf = (first.path / "fonts" / "families.conf").string();
  auto bad = [&](const std::string& text) {
    first.write_conf(text);
    CHECK_FALSE(resolve("Liberation Serif", {first.path.string(), NASKAH_SOURCE_DIR}, error));
    return error;
  };
  CHECK(bad("# ok\nLiberation Serif regular=a.ttf\n") ==
        conf + ":2: expected \"Family: regular=FILE, bold=FILE, italic=FILE, bold-italic=FILE\"");
  CHECK(bad("X: regular=a, bold=b, italic=c\n") == conf + ":1: no bold-italic file");
  CHECK(bad("X: regular=a, bold=b, italic=c, oblique=d\n") ==
        conf + ":1: unknown face \"oblique\" (expected regular, bold, italic, bold-italic)");
  CHECK(bad("X: regular=a, regular=b\n") == conf + ":1: face \"regular\" is given twice");
  CHECK(bad("X: regular=, bold=b, italic=c, bold-italic=d\n") == conf + ":1: no file for face \"regular\"");
  CHECK(bad("X: regular=a, bold=b, italic=c, bold-italic=d\nx : regular=a, bold=b, italic=c, bold-italic=d\n") ==
        conf + ":2: \"x\" is already mapped on line 1");
}

TEST_CASE("resolve_family falls back to fontconfig, never to a substitute", "[font]") {
  std::string error;
  if (fs::exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")) {
    const auto dejavu = resolve("DejaVu Sans", {NASKAH_SOURCE_DIR}, error);
    INFO(error);
    REQUIRE(dejavu);
    // Book, Bold, and the Oblique faces standing in for italic; never the Condensed or ExtraLight files.
    CHECK(fs::path(dejavu->paths[0]).filename() == "DejaVuSans.ttf");
    CHECK(fs::path(dejavu->paths[1]).filename() == "DejaVuSans-Bold.ttf");
    CHECK(fs::path(dejavu->paths[2]).filename() == "DejaVuSans-Oblique.ttf");
    CHECK(fs::path(dejavu->paths[3]).filename() == "DejaVuSans-BoldOblique.ttf");
  } else {
    WARN("DejaVu Sans is not installed: its fontconfig look-up is not tested");
  }

  if (fs::exists("/usr/share/fonts/truetype/dejavu/DejaVuMathTeXGyre.ttf")) {  // a family of one face
    CHECK_FALSE(resolve("DejaVu Math TeX Gyre", {NASKAH_SOURCE_DIR}, error));
    CHECK(error == "font family \"DejaVu Math TeX Gyre\" is incomplete: no entry in " NASKAH_SOURCE_DIR
                   "/fonts/families.conf and fontconfig has no TrueType bold, italic, bold italic \"DejaVu Math TeX "
                   "Gyre\" (it has regular) (install the missing faces, or map every face to a file in "
                   "fonts/families.conf)");
  }

  CHECK_FALSE(resolve("No Such Family", {NASKAH_SOURCE_DIR}, error));
  CHECK(error == "font family \"No Such Family\" not found: no entry in " NASKAH_SOURCE_DIR
                 "/fonts/families.conf and fontconfig has no TrueType \"No Such Family\" (install it, or add it to "
                 "fonts/families.conf)");
  CHECK_FALSE(resolve("No Such Family", {}, error));
  CHECK_THAT(error, Catch::StartsWith("font family \"No Such Family\" not found: no fonts/families.conf and"));

  // fontconfig's aliases would answer "Times New Roman" with Liberation Serif or DejaVu; resolve_family must not.
  const auto times = resolve("Times New Roman", {}, error);
  if (times) {
    CHECK_THAT(times->paths[0], Catch::Contains("imes", Catch::CaseSensitive::No));
  } else {
    CHECK_THAT(error, Catch::StartsWith("font family \"Times New Roman\" not found"));
  }
}

TEST_CASE("FontSet measures with the files' own widths", "[font]") {
  std::string error;
  const auto serif = resolve("Liberation Serif", {NASKAH_SOURCE_DIR}, error);
  REQUIRE(serif);
  FontSet fonts;
  const std::uint16_t index = fonts.add_family(*serif);
  CHECK(index == 0);
  CHECK(fonts.add_family(*serif) == 0);  // the same family again is the same index
  CHECK(fonts.family_count() == 1);
  CHECK(fonts.find("Liberation Serif") == std::optional<std::uint16_t>(0));
  CHECK_FALSE(fonts.find("Liberation Sans"));
  CHECK(fonts.files(0).paths[1] == serif->paths[1]);

  const FontFace regular{index, false, false}, bold{index, true, false}, bold_italic{index, true, true};
  const auto file = TrueTypeFont::load(serif->paths[0]);
  const auto bold_file = TrueTypeFont::load(serif->paths[1]);
  std::int64_t sum = 0, bold_sum = 0;
  for (char c : std::string("Rencana Kinerja")) {
    sum += file->advance(static_cast<char32_t>(c));
    bold_sum += bold_file->advance(static_cast<char32_t>(c));
  }
  CHECK(fonts.advance_sum(regular, "Rencana Kinerja") == sum);
  CHECK(text_width(fonts, regular, 12, "Rencana Kinerja") == Approx(static_cast<double>(sum) * 12 / 1000));
  CHECK(text_width(fonts, bold, 12, "Rencana Kinerja") == Approx(static_cast<double>(bold_sum) * 12 / 1000));
  CHECK(bold_sum > sum);
  CHECK(fonts.ascender(regular) == 891);
  CHECK(fonts.descender(regular) == -216);
  CHECK(fonts.has_glyph(bold_italic, U'\u201D'));
  CHECK_FALSE(fonts.has_glyph(bold_italic, U'\u0378'));
  CHECK_THROWS_AS(fonts.advance(FontFace{7, false, false}, U'a'), std::out_of_range);

  // A family with a bad file is not added, and the error names the file.
  FontFamilyFiles broken = *serif;
  broken.family = "Broken";
  broken.paths[2] = "/nonexistent/Broken-Italic.ttf";
  CHECK_THROWS_WITH(fonts.add_family(broken), Catch::Contains("/nonexistent/Broken-Italic.ttf"));
  CHECK(fonts.family_count() == 1);
}
