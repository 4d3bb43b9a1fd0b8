#pragma once
/// One TrueType file, read whole into memory and parsed just far enough to measure text the way libharu 2.3.0
/// does: head (unitsPerEm), hhea (ascender, descender, numberOfHMetrics), maxp (numGlyphs), hmtx (advance widths),
/// cmap (character → glyph) and name (the PostScript name). Every read is bounds-checked: a corrupt file is a
/// std::runtime_error that names the file and what is wrong with it.
///
/// Widths are libharu's integers (HPDF_TTFontDef_GetCharWidth): advanceWidth × 1000 / unitsPerEm in unsigned
/// arithmetic, truncated, narrowed to 16 bits; a character the cmap does not map takes glyph 0's width.
///
/// Whether a file can be embedded is not decided here: an OpenType file with CFF outlines, or one without a
/// PostScript name, is measured like any other, and the PDF writer refuses what libharu cannot embed
/// (src/pdf/embeddable_font) from the facts kept here (cff_outlines, table_tags).
///
/// Safe to share between threads: glyph_id() (which advance() and has_glyph() ask) fills a per-font cache from a
/// const method, but each entry is an atomic, so a batch's workers measuring with one font at once at worst look a
/// glyph up twice.

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::text {

class TrueTypeFont {
 public:
  /// Reads and parses the file; throws std::runtime_error "<path>: <what is wrong>".
  static std::unique_ptr<TrueTypeFont> load(const std::string& path);
  /// Parses bytes already in memory (not kept); `name` stands for the file in error messages.
  static std::unique_ptr<TrueTypeFont> parse(std::span<const std::uint8_t> bytes, const std::string& name);
  ~TrueTypeFont();
  TrueTypeFont(const TrueTypeFont&) = delete;
  TrueTypeFont& operator=(const TrueTypeFont&) = delete;

  /// Advance width in 1/1000 em, exactly as libharu computes it; glyph 0's width when the font has no glyph.
  [[nodiscard]] int advance(char32_t code_point) const;
  /// The advances of UTF-8 text added up (invalid bytes count as U+FFFD), ASCII straight from a table.
  [[nodiscard]] std::int64_t advance_sum(std::string_view utf8) const;
  /// True when the cmap maps the code point to a glyph other than 0 (.notdef).
  [[nodiscard]] bool has_glyph(char32_t code_point) const;
  /// The glyph the cmap gives the code point; 0 when none (or when the cmap points past numGlyphs).
  [[nodiscard]] std::uint16_t glyph_id(char32_t code_point) const;
  /// Advance of a glyph in 1/1000 em (libharu's HPDF_TTFontDef_GetGidWidth); glyph 0's for an out-of-range id.
  [[nodiscard]] int glyph_advance(std::uint16_t glyph) const;

  /// hhea ascender and descender scaled as libharu does: value × 1000 / unitsPerEm, signed, truncated toward 0.
  [[nodiscard]] int ascender() const { return ascender_; }
  [[nodiscard]] int descender() const { return descender_; }
  /// hhea lineGap, scaled likewise: the leading the font's designer puts between lines.
  [[nodiscard]] int line_gap() const { return line_gap_; }
  [[nodiscard]] int units_per_em() const { return units_per_em_; }
  [[nodiscard]] int glyph_count() const { return static_cast<int>(glyph_widths_.size()); }
  /// name ID 6 of the name table, e.g. "LiberationSerif-Bold".
  [[nodiscard]] const std::string& postscript_name() const { return postscript_name_; }
  /// Whether the outlines are CFF ones (an OpenType "OTTO" file) rather than TrueType glyf ones.
  [[nodiscard]] bool cff_outlines() const { return cff_outlines_; }
  /// The tags of the file's tables, in its directory's order ("cmap", "glyf", "OS/2", …).
  [[nodiscard]] const std::vector<std::string>& table_tags() const { return table_tags_; }
  [[nodiscard]] const std::string& path() const { return path_; }

  /// One cmap subtable, flattened for look-up (format 4 segments, or format 12 groups).
  struct Cmap {
    int format = 0;  // 4 or 12; 0 when the font has no such subtable
    // Format 4 (segment mapping to delta values): parallel arrays, one entry per segment.
    std::vector<std::uint16_t> end_codes, start_codes, range_offsets;
    std::vector<std::int16_t> deltas;
    std::vector<std::uint16_t> glyph_ids;  // glyphIdArray
    // Format 12 (segmented coverage): sorted, non-overlapping groups.
    struct Group {
      std::uint32_t start, end, glyph;
    };
    std::vector<Group> groups;
    [[nodiscard]] std::uint32_t lookup(char32_t code_point) const;
  };

 private:
  TrueTypeFont() = default;
  [[nodiscard]] std::uint16_t look_up_glyph(char32_t code_point) const;

  std::string path_;
  std::string postscript_name_;
  bool cff_outlines_ = false;
  std::vector<std::string> table_tags_;
  int units_per_em_ = 0;
  int ascender_ = 0;
  int descender_ = 0;
  int line_gap_ = 0;
  std::vector<std::int16_t> glyph_widths_;          // per glyph, already in 1/1000 em (libharu's rounding)
  std::array<std::int16_t, 128> ascii_advances_{};  // of U+0000..U+007F: most of what an Indonesian text measures
  Cmap bmp_cmap_;                                   // answers U+0000..U+FFFF
  Cmap full_cmap_;                                  // answers above U+FFFF (format 12), when the font has one
  static constexpr std::int32_t kNotCached = -1;
  /// The glyphs of U+0000..U+FFFF in 256 blocks of 256, each made the first time one of its characters is asked (a
  /// text uses a few blocks: 256 KB made and filled per face cost more than the look-ups they saved), each entry
  /// kNotCached until first asked. Advances, glyph ids and "has a glyph" are all answered from them: composing
  /// checks every character for its glyph, layout measures every word, the PDF draws them by glyph. Atomic
  /// (relaxed) because a parsed font is shared by the threads of a batch: two threads may look up the same glyph,
  /// never see a torn one; a block two threads make at once is kept once.
  using GlyphBlock = std::array<std::atomic<std::int32_t>, 256>;
  mutable std::array<std::atomic<GlyphBlock*>, 256> bmp_glyphs_{};
  [[nodiscard]] GlyphBlock& glyph_block(char32_t code_point) const;
};

}  // namespace naskah::text
