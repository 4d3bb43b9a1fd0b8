// TrueTypeFont against Debian's fonts-liberation2 and, for the widths, against libharu itself: the numbers layout
// measures must be the numbers libharu writes into the PDF.

#include <hpdf.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <algorithm>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "../src/text/truetype_font.hpp"
#include "naskah/text/utf8.hpp"

using naskah::text::TrueTypeFont;
namespace fs = std::filesystem;

namespace {

const std::string kDir = "/usr/share/fonts/truetype/liberation2/";
const std::array<std::string, 4> kSerifFaces = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                                                "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};

std::vector<std::uint8_t> read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// Windows-1252 → Unicode for 0x80..0x9F; 0 where the code page leaves the byte undefined.
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::vector<char32_t> cp1252_code_points() {
  std::vector<char32_t> all;
  for (char32_t b = 0; b < 256; ++b) {
    const char32_t u = b >= 0x80 && b < 0xA0 ? kCp1252High[b - 0x80] : b;
    if (b < 0x80 || b >= 0xA0 || u != 0) all.push_back(u);
  }
  return all;
}

/// A libharu document with one TrueType font loaded the way the PDF writer loads it (embedded, CP1252).
/// The error handler only records: it must never longjmp through C++ frames.
class HaruFont {
 public:
  explicit HaruFont(const std::string& path) : doc_(HPDF_New(&HaruFont::on_error, &error_)) {
    REQUIRE(doc_ != nullptr);
    const char* name = HPDF_LoadTTFontFromFile(doc_, path.c_str(), HPDF_TRUE);
    REQUIRE(name != nullptr);
    font_ = HPDF_GetFont(doc_, name, "CP1252");
    REQUIRE(font_ != nullptr);
    REQUIRE(error_ == HPDF_OK);
  }
  ~HaruFont() { HPDF_Free(doc_); }
  HaruFont(const HaruFont&) = delete;
  HaruFont& operator=(const HaruFont&) = delete;
  [[nodiscard]] int width(char32_t c) const {
    return HPDF_Font_GetUnicodeWidth(font_, static_cast<HPDF_UNICODE>(c));
  }

 private:
  static void on_error(HPDF_STATUS error, HPDF_STATUS /*detail*/, void* user) {
    *static_cast<HPDF_STATUS*>(user) = error;
  }
  HPDF_STATUS error_ = HPDF_OK;
  HPDF_Doc doc_;
  HPDF_Font font_ = nullptr;
};

}  // namespace

TEST_CASE("Liberation Serif: names, vertical metrics and known advances", "[font]") {
  const auto regular = TrueTypeFont::load(kDir + "LiberationSerif-Regular.ttf");
  const auto bold = TrueTypeFont::load(kDir + "LiberationSerif-Bold.ttf");
  CHECK(regular->postscript_name() == "LiberationSerif");
  CHECK(bold->postscript_name() == "LiberationSerif-Bold");
  CHECK(regular->units_per_em() == 2048);
  // hhea ascender 1825 and descender -443 font units: 1825000 / 2048 = 891.1, -443000 / 2048 = -216.3 (toward 0).
  CHECK(regular->ascender() == 891);
  CHECK(regular->descender() == -216);
  // lineGap 87: 42.5 → 42. A word processor's single spacing is 891 + 216 + 42 = 1149 thousandths of the size.
  CHECK(regular->line_gap() == 42);

  // Times New Roman's widths, which Liberation Serif copies; 'a' is 909 units = 443.8, truncated like libharu.
  CHECK(regular->advance(U' ') == 250);
  CHECK(regular->advance(U'A') == 722);
  CHECK(regular->advance(U'a') == 443);
  CHECK(regular->advance(U'W') == 943);
  CHECK(bold->advance(U' ') == 250);
  CHECK(bold->advance(U'A') == 722);
  CHECK(bold->advance(U'a') == 500);
  CHECK(bold->advance(U'W') == 1000);
  // Asked again, the answer comes from the cache and is the same.
  CHECK(regular->advance(U'W') == 943);
}

TEST_CASE("advances equal libharu's for Windows-1252 and the whole BMP, in all four faces", "[font]") {
  for (const std::string& face : kSerifFaces) {
    INFO(face);
    const auto ours = TrueTypeFont::load(kDir + face);
    const HaruFont haru(kDir + face);
    for (char32_t c : cp1252_code_points()) {
      INFO("U+" << std::hex << static_cast<unsigned>(c));
      REQUIRE(ours->advance(c) == haru.width(c));
    }
    // Beyond the code page (the CID face libharu may use for other characters reads the same hmtx and cmap).
    int differences = 0;
    for (char32_t c = 0; c <= 0xFFFF; ++c) differences += ours->advance(c) != haru.width(c) ? 1 : 0;
    CHECK(differences == 0);
  }
}

TEST_CASE("has_glyph follows the cmap, a missing character takes glyph 0's width", "[font]") {
  const auto font = TrueTypeFont::load(kDir + "LiberationSerif-Regular.ttf");
  CHECK(font->has_glyph(U'é'));
  CHECK(font->has_glyph(U'\u2013'));  // en dash
  CHECK(font->has_glyph(U'\u201C'));  // left double quotation mark
  CHECK(font->has_glyph(U'A'));
  CHECK_FALSE(font->has_glyph(U'\u0378'));   // unassigned in Unicode
  CHECK_FALSE(font->has_glyph(U'\U0001F600'));  // an emoji, above the BMP
  CHECK_FALSE(font->has_glyph(0x110000));
  CHECK(font->glyph_id(U'\u0378') == 0);
  CHECK(font->advance(U'\u0378') == font->glyph_advance(0));
  CHECK(font->advance(U'\U0001F600') == font->glyph_advance(0));
  CHECK(font->glyph_advance(0xFFFF) == font->glyph_advance(0));  // past numGlyphs, as libharu's missing_width
}

TEST_CASE("a text's advances added up at once equal its characters' advances one by one", "[font]") {
  const auto font = TrueTypeFont::load(kDir + "LiberationSans-Bold.ttf");
  // ASCII (from the table), Latin-1 and a dash (from the glyph blocks), above the BMP, a control character and
  // bytes that are not UTF-8 (U+FFFD), in every order.
  for (std::string_view text : {std::string_view("Rp 28.584.558.694"), std::string_view("Persentase capaian 96,86%"),
                                std::string_view("Pangkep \xC3\xA9 \xE2\x80\x93 caf\xC3\xA9"),
                                std::string_view("\xF0\x9F\x98\x80 emoji"), std::string_view("a\tb\nc"),
                                std::string_view("cut \xC3"), std::string_view("\xFF\xFE" "bad"), std::string_view("")}) {
    INFO(text);
    std::int64_t one_by_one = 0;
    for (std::size_t i = 0; i < text.size();) one_by_one += font->advance(naskah::text::next_code_point(text, i).value);
    CHECK(font->advance_sum(text) == one_by_one);
  }
  CHECK(font->advance_sum("AW") == font->advance(U'A') + font->advance(U'W'));
  CHECK(font->advance_sum("\xC3\xA9") == font->advance(U'\u00E9'));
}

TEST_CASE("a missing, truncated or garbage file is an error naming the file", "[font]") {
  const fs::path dir = fs::temp_directory_path() / ("naskah_ttf_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  struct Cleanup {
    fs::path dir;
    ~Cleanup() { fs::remove_all(dir); }
  } cleanup{dir};
  const std::vector<std::uint8_t> real = read_bytes(kDir + "LiberationSerif-Regular.ttf");
  REQUIRE(real.size() > 100000);
  auto write = [&](const std::string& name, const std::vector<std::uint8_t>& bytes) {
    const std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()),
                                                static_cast<std::streamsize>(bytes.size()));
    return path;
  };

  const std::string missing = (dir / "missing.ttf").string();
  REQUIRE_THROWS_WITH(TrueTypeFont::load(missing), Catch::Contains(missing) && Catch::Contains("cannot open"));
  const std::string empty = write("empty.ttf", {});
  REQUIRE_THROWS_WITH(TrueTypeFont::load(empty), Catch::Contains(empty) && Catch::Contains("truncated"));
  const std::string garbage = write("garbage.ttf", std::vector<std::uint8_t>(5000, 0x5A));
  REQUIRE_THROWS_WITH(TrueTypeFont::load(garbage), Catch::Contains(garbage) && Catch::Contains("signature"));
  const std::string half = write("half.ttf", std::vector<std::uint8_t>(real.begin(), real.begin() + 1000));
  REQUIRE_THROWS_WITH(TrueTypeFont::load(half), Catch::Contains(half) && Catch::Contains("outside the file"));
  const std::string empty_otf = write("empty.otf", {'O', 'T', 'T', 'O', 0, 0, 0, 0, 0, 0, 0, 0});
  REQUIRE_THROWS_WITH(TrueTypeFont::load(empty_otf), Catch::Contains(empty_otf) && Catch::Contains("no head table"));

  // Every truncation and thousands of corrupted bytes: each either loads or throws std::runtime_error.
  for (std::size_t length = 0; length < real.size(); length += 1 + length / 3) {
    std::vector<std::uint8_t> cut(real.begin(), real.begin() + static_cast<std::ptrdiff_t>(length));
    CHECK_THROWS_AS(TrueTypeFont::parse(std::move(cut), "cut.ttf"), std::runtime_error);
  }
  std::mt19937 random(1234);
  int loaded = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<std::uint8_t> bytes = real;
    for (int k = 0; k < 8; ++k) {
      // Mostly the directory and the small tables at the start, where the structure is.
      const std::size_t at = random() % (k % 2 ? bytes.size() : 2048);
      bytes[at] = static_cast<std::uint8_t>(random());
    }
    try {
      const auto font = TrueTypeFont::parse(std::move(bytes), "flipped.ttf");
      for (char32_t c = 0; c < 0x3000; c += 7) (void)font->advance(c), (void)font->has_glyph(c);
      (void)font->advance(U'\U0001F600');
      ++loaded;
    } catch (const std::runtime_error& e) {
      CHECK_THAT(e.what(), Catch::StartsWith("flipped.ttf: "));
    }
  }
  CHECK(loaded > 0);
}

TEST_CASE("an OpenType file with CFF outlines is measured like a TrueType one, and says what it is", "[font]") {
  // Whether a file can be embedded is the PDF writer's question (pdf/embeddable_font), not measuring's.
  std::vector<std::uint8_t> bytes = read_bytes(kDir + "LiberationSerif-Regular.ttf");
  const auto truetype = TrueTypeFont::parse(bytes, "LiberationSerif-Regular.ttf");
  bytes[0] = 'O', bytes[1] = 'T', bytes[2] = 'T', bytes[3] = 'O';
  const auto cff = TrueTypeFont::parse(bytes, "as-otf.otf");
  CHECK(cff->cff_outlines());
  CHECK_FALSE(truetype->cff_outlines());
  CHECK(cff->advance(U'a') == truetype->advance(U'a'));
  CHECK(cff->table_tags() == truetype->table_tags());
  const std::vector<std::string>& tags = truetype->table_tags();
  CHECK(std::find(tags.begin(), tags.end(), "glyf") != tags.end());
  CHECK(std::find(tags.begin(), tags.end(), "OS/2") != tags.end());
}
