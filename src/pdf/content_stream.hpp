#pragma once
// Internal to the PDF writer: operators written straight into a page's content stream — the text of every line and
// every table border. libharu's operator functions clear a 512-byte buffer and convert each number with their own
// routine on every call; for a thousand-page annex that cost more than breaking all its lines. Colours, fonts,
// word spacing, rectangles and images, which change seldom, still go through libharu's functions, which keep its
// resources (the fonts a page uses) in order.

#include <hpdf.h>

#include <string>
#include <string_view>

namespace naskah::pdf {

class ContentStream {
 public:
  explicit ContentStream(HPDF_Page page);

  /// A text object: the text matrix (a b c d x y: rotation and scale, then the origin) and one string of bytes in
  /// the current font's encoding. Font, size and word spacing are the page's current ones (set through libharu).
  /// Returns false when libharu cannot take the bytes.
  bool text(double a, double b, double c, double d, double x, double y, std::string_view bytes);

  /// A straight line, stroked with the current line width and colour.
  bool line(double x1, double y1, double x2, double y2);

 private:
  bool write(const std::string& operators);

  HPDF_Stream stream_;
  std::string buffer_;  ///< reused for every operator
};

/// A number as content streams write it: at most three decimals, no trailing zeros, no exponent, no "-0".
void append_number(std::string& out, double value);

}  // namespace naskah::pdf
