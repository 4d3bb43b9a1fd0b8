#pragma once
/// What layout needs to know of fonts: advance widths and vertical metrics in thousandths of an em, the same
/// integer numbers the PDF writer gives the viewer (so that what layout measured is what gets drawn), and whether
/// a face has a glyph for a character at all. Layout is tested with a fake; the real one reads TrueType files.

#include <cstdint>
#include <string_view>

namespace naskah::text {

/// One face of a font family: family is an index into the document's FontSet.
struct FontFace {
  std::uint16_t family = 0;
  bool bold = false;
  bool italic = false;
  friend bool operator==(const FontFace&, const FontFace&) = default;
  /// 0 regular, 1 bold, 2 italic, 3 bold italic.
  [[nodiscard]] int style_index() const { return (bold ? 1 : 0) + (italic ? 2 : 0); }
};

class FontMetrics {
 public:
  virtual ~FontMetrics() = default;
  /// Advance width of the code point in 1/1000 em; the width of the face's missing glyph when it has none.
  [[nodiscard]] virtual int advance(FontFace face, char32_t code_point) const = 0;
  [[nodiscard]] virtual bool has_glyph(FontFace face, char32_t code_point) const = 0;
  /// Distance from the baseline up to the top of the tallest letters, 1/1000 em (positive).
  [[nodiscard]] virtual int ascender(FontFace face) const = 0;
  /// Distance from the baseline down, 1/1000 em (negative).
  [[nodiscard]] virtual int descender(FontFace face) const = 0;
  /// The leading the font's designer puts between lines, 1/1000 em (hhea lineGap); 0 when unknown.
  [[nodiscard]] virtual int line_gap(FontFace) const { return 0; }
  /// The font's own line height, 1/1000 em: ascender + descender + line gap. A word processor's "single" spacing
  /// sets lines this far apart, its "1,5 spasi" one and a half times that (Liberation Sans and Serif: 1150).
  [[nodiscard]] int line_spacing(FontFace face) const { return ascender(face) - descender(face) + line_gap(face); }
  /// Sum of the advances of UTF-8 text, 1/1000 em (invalid UTF-8 bytes count as U+FFFD): by default advance()
  /// for each code point. Layout measures every word several times (column widths, line breaking), so a real
  /// font's metrics answer it in one call rather than one virtual call a character.
  [[nodiscard]] virtual std::int64_t advance_sum(FontFace face, std::string_view utf8) const;
};

/// Width in points of UTF-8 text at a size in points.
inline double text_width(const FontMetrics& metrics, FontFace face, double size, std::string_view utf8) {
  return static_cast<double>(metrics.advance_sum(face, utf8)) * size / 1000.0;
}

}  // namespace naskah::text
