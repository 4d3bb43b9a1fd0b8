// naskah's subset of a TrueType font against the one libharu 2.3.0 makes for the same glyphs (the font file it
// replaces): the same tables, byte for byte, but the post table without its glyph names; and laid out as the
// TrueType specification asks, where libharu's is not.
#include <catch2/catch.hpp>

#include <hpdf.h>

#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "../src/pdf/haru_internals.hpp"
#include "../src/pdf/truetype_subset.hpp"
#include "../src/text/truetype_font.hpp"

namespace internals = naskah::pdf::internals;
using naskah::pdf::subset_truetype;
using naskah::pdf::TrueTypeSubsetRequest;

namespace {

const std::string kFont = "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf";

std::shared_ptr<const std::string> font_bytes() {
  std::ifstream in(kFont, std::ios::binary);
  auto bytes = std::make_shared<const std::string>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  REQUIRE(bytes->size() > 100000);
  return bytes;
}

std::uint32_t u32(std::string_view b, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(b[at + i]);
  return v;
}
std::uint16_t u16(std::string_view b, std::size_t at) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(b[at]) << 8 | static_cast<unsigned char>(b[at + 1]));
}

std::uint32_t checksum_of(std::string_view bytes) {
  std::string padded(bytes);
  padded.append((4 - padded.size() % 4) % 4, '\0');
  std::uint32_t sum = 0;
  for (std::size_t at = 0; at < padded.size(); at += 4) sum += u32(padded, at);
  return sum;
}

struct Table {
  std::uint32_t checksum = 0, offset = 0;
  std::string bytes;
};

/// A font file's directory and tables, read as a TrueType reader does.
std::map<std::string, Table> tables_of(std::string_view font) {
  std::map<std::string, Table> tables;
  const std::size_t count = u16(font, 4);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t record = 12 + 16 * i;
    Table table{u32(font, record + 4), u32(font, record + 8), {}};
    const std::uint32_t length = u32(font, record + 12);
    REQUIRE(std::size_t{table.offset} + length <= font.size());
    table.bytes = std::string(font.substr(table.offset, length));
    tables.emplace(std::string(font.substr(record, 4)), table);
  }
  return tables;
}

/// The glyph's bytes in a font file's glyf, by its loca (long offsets: Liberation Sans has them).
std::string_view glyph_in(const std::map<std::string, Table>& tables, std::uint16_t glyph) {
  const std::string& loca = tables.at("loca").bytes;
  const std::uint32_t from = u32(loca, 4u * glyph), to = u32(loca, 4u * glyph + 4);
  return std::string_view(tables.at("glyf").bytes).substr(from, to - from);
}

/// The text measured by libharu in a document with the font loaded as the PDF writer loads it, and the two font
/// files for what it used: libharu's and naskah's.
struct Subsets {
  std::shared_ptr<const std::string> font;
  std::vector<unsigned char> used;
  std::string libharu;
  std::optional<std::string> naskah;
};

Subsets subsets_for(std::string_view cp1252_text) {
  Subsets out{font_bytes(), {}, {}, {}};
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, decltype(&HPDF_Free)> doc(HPDF_New(nullptr, nullptr), &HPDF_Free);
  REQUIRE(doc);
  internals::MemoryFontSource source{out.font};
  const char* name = internals::load_truetype_from_memory(doc.get(), source);
  REQUIRE(name != nullptr);
  HPDF_Font font = HPDF_GetFont(doc.get(), name, "CP1252");
  REQUIRE(font != nullptr);
  // Measuring flags the glyphs as drawing does.
  HPDF_Font_TextWidth(font, reinterpret_cast<const HPDF_BYTE*>(cp1252_text.data()),
                      static_cast<HPDF_UINT>(cp1252_text.size()));
  out.used = internals::used_glyphs(doc.get(), name);
  out.libharu = internals::libharu_font_file(doc.get(), name);
  REQUIRE(!out.libharu.empty());
  out.naskah = subset_truetype(TrueTypeSubsetRequest{*out.font, out.used, "HPDFAA+"});
  return out;
}

}  // namespace

TEST_CASE("a subset has libharu's tables with the glyphs used, and the post table without names", "[truetype-subset]") {
  const Subsets subsets = subsets_for("Rencana Kinerja Tahunan 2024 \xC4");  // Ä, a composite glyph
  REQUIRE(subsets.naskah);
  const auto ours = tables_of(*subsets.naskah);
  const auto theirs = tables_of(subsets.libharu);
  for (const auto& [tag, table] : theirs) {
    INFO(tag);
    if (table.bytes.empty()) {  // libharu writes an empty entry for a table the font lacks
      CHECK(ours.count(tag) == 0);
      continue;
    }
    REQUIRE(ours.count(tag) == 1);
    const std::string& mine = ours.at(tag).bytes;
    if (tag == "head") {
      // The same but for checkSumAdjustment (bytes 8–11), which libharu computes over the tables alone.
      CHECK(mine.substr(0, 8) == table.bytes.substr(0, 8));
      CHECK(mine.substr(12) == table.bytes.substr(12));
    } else if (tag == "post") {
      CHECK(u32(mine, 0) == 0x00030000u);  // version 3: no glyph names
      CHECK(mine.size() == 32);
      CHECK(mine.substr(4) == table.bytes.substr(4, 28));  // italic angle, underline, pitch, memory
    } else {
      CHECK(mine == table.bytes);
    }
  }
  CHECK(ours.size() == 13);  // Liberation Sans has every table libharu embeds
  CHECK(subsets.naskah->size() < subsets.libharu.size() - 20000);  // the glyph names were 27 kB
}

TEST_CASE("a subset keeps the used glyphs, the parts of composites and .notdef, and empties the others",
          "[truetype-subset]") {
  const Subsets subsets = subsets_for("Ra\xC4");
  REQUIRE(subsets.naskah);
  const auto ours = tables_of(*subsets.naskah);
  const auto whole = tables_of(*subsets.font);
  auto font = naskah::text::TrueTypeFont::parse(std::vector<std::uint8_t>(subsets.font->begin(), subsets.font->end()),
                                                kFont);
  const std::uint16_t adieresis = font->glyph_id(U'Ä'), a = font->glyph_id(U'A'), r = font->glyph_id(U'R'),
                      z = font->glyph_id(U'Z');
  REQUIRE(static_cast<std::int16_t>(u16(glyph_in(whole, adieresis), 0)) < 0);  // a composite: A and a dieresis
  for (std::uint16_t kept : {std::uint16_t{0}, r, adieresis, a}) {
    INFO("glyph " << kept);
    CHECK(!glyph_in(ours, kept).empty());
    CHECK(glyph_in(ours, kept) == glyph_in(whole, kept));
  }
  CHECK(subsets.used[a] != 0);  // libharu flags the part as well: the two agree on what is kept
  CHECK(glyph_in(ours, z).empty());
  CHECK(!glyph_in(whole, z).empty());

  // A composite glyph alone brings its parts.
  std::vector<unsigned char> only(subsets.used.size(), 0);
  only[adieresis] = 1;
  const auto alone = subset_truetype(TrueTypeSubsetRequest{*subsets.font, only, "HPDFAA+"});
  REQUIRE(alone);
  const auto parts = tables_of(*alone);
  CHECK(!glyph_in(parts, a).empty());
  CHECK(!glyph_in(parts, adieresis).empty());
  CHECK(glyph_in(parts, r).empty());
}

TEST_CASE("a subset is a well-formed TrueType file", "[truetype-subset]") {
  const Subsets subsets = subsets_for("Perjanjian Kinerja");
  REQUIRE(subsets.naskah);
  const std::string& file = *subsets.naskah;
  const auto tables = tables_of(file);
  // The directory's search fields for 13 tables: 8 × 16, log2(8), 13 × 16 − 128.
  CHECK(u16(file, 4) == 13);
  CHECK(u16(file, 6) == 128);
  CHECK(u16(file, 8) == 3);
  CHECK(u16(file, 10) == 80);
  std::string previous;
  for (const auto& [tag, table] : tables) {
    INFO(tag);
    CHECK(table.offset % 4 == 0);
    std::string bytes = table.bytes;
    if (tag == "head") bytes.replace(8, 4, 4, '\0');
    CHECK(table.checksum == checksum_of(bytes));
    CHECK(tag > previous);
    previous = tag;
  }
  // checkSumAdjustment makes the whole file's checksum the specification's constant.
  CHECK(checksum_of(file) == 0xB1B0AFBAu);
  // The family and full names carry the subset's tag, in the encoding of their platform.
  const std::string& name = tables.at("name").bytes;
  CHECK(name.find(std::string("\0H\0P\0D\0F\0A\0A\0+\0L\0i\0b", 20)) != std::string::npos);
  CHECK(name.find("HPDFAA+Liberation") != std::string::npos);
}

TEST_CASE("a file that is not a whole TrueType font is left to libharu", "[truetype-subset]") {
  const auto font = font_bytes();
  const std::vector<unsigned char> used(3000, 1);
  CHECK(!subset_truetype(TrueTypeSubsetRequest{std::string_view(*font).substr(0, 2000), used, "HPDFAA+"}));
  CHECK(!subset_truetype(TrueTypeSubsetRequest{"", used, "HPDFAA+"}));
  std::string no_glyf = *font;
  no_glyf.replace(no_glyf.find("glyf"), 4, "glyx");
  CHECK(!subset_truetype(TrueTypeSubsetRequest{no_glyf, used, "HPDFAA+"}));
  CHECK(subset_truetype(TrueTypeSubsetRequest{*font, used, "HPDFAA+"}));
}
