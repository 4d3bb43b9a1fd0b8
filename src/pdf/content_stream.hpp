#pragma once
// Internal to the PDF writer: a page's content stream, written by naskah and compressed by it once the page is
// drawn. libharu's operator functions clear a 512-byte buffer and convert each number with their own routine on
// every call, copy every byte into their memory stream one at a time, and keep every page's operators
// uncompressed until the document is saved — for a ten-thousand-page annex, hundreds of megabytes. Here the
// operators of the common items (text in single-byte faces, lines, rectangles, colours, fonts, word spacing) are
// appended to a buffer of our own; the few that only libharu can write (text through a CID face, images) are
// written by it after the buffer has been handed over, so that the order holds. When the page is done, its
// operators are deflated (page_deflater.hpp) and libharu keeps only the compressed bytes.

#include <hpdf.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace naskah::pdf {

/// One for the whole document, its buffers reused from page to page (a long annex would otherwise allocate and
/// free them for every page).
class ContentStream {
 public:
  /// Starts the operators of a page.
  void begin(HPDF_Page page);

  /// A text object: the text matrix (a b c d x y: rotation and scale, then the origin) and one string of bytes in
  /// the current font's encoding.
  void text(double a, double b, double c, double d, double x, double y, std::string_view bytes);
  /// A straight line, stroked with the current line width and colour.
  void line(double x1, double y1, double x2, double y2);
  /// A rectangle (lower-left corner, size), filled with the fill colour and/or stroked.
  void rectangle(double x, double y, double width, double height, bool fill, bool stroke);

  void fill_color(double r, double g, double b);    ///< rg, channels 0…1
  void stroke_color(double r, double g, double b);  ///< RG
  void line_width(double width);                    ///< w
  void word_space(double space);                    ///< Tw
  /// Tf with a font of the page's resources: `resource` is the name libharu gave it (HPDF_Page_GetLocalFontName).
  void font(std::string_view resource, double size);

  /// Hands what has been written so far to libharu's stream: before any libharu function writes to the page.
  /// Returns false when libharu cannot take the bytes.
  [[nodiscard]] bool hand_over();

  /// Ends the page: its whole operators (libharu's part of them first) moved into `operators`, for PageDeflater.
  /// Returns false when libharu's part cannot be read.
  [[nodiscard]] bool finish(std::string& operators);

 private:
  void number(double value);
  void numbers(std::initializer_list<double> values);

  HPDF_Page page_ = nullptr;
  std::string buffer_;        ///< the page's operators not yet handed to libharu
  bool handed_over_ = false;  ///< whether libharu's stream holds part of the page
};

/// A number as content streams write it: at most three decimals, no trailing zeros, no exponent, no "-0".
void append_number(std::string& out, double value);

}  // namespace naskah::pdf
