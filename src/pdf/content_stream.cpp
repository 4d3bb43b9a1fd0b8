#include "content_stream.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "hpdf_pages.h"
#include "hpdf_streams.h"

namespace naskah::pdf {

ContentStream::ContentStream(HPDF_Page page) : stream_(static_cast<HPDF_PageAttr>(page->attr)->stream) {}

void append_number(std::string& out, double value) {
  // In thousandths, as an integer: exact digits, no locale, no exponent — and far cheaper than a general
  // floating-point formatter, which this is called for six times per line of text.
  const auto thousandths = static_cast<std::int64_t>(std::llround(value * 1000));
  if (thousandths < 0) out += '-';
  const std::uint64_t magnitude = thousandths < 0 ? static_cast<std::uint64_t>(-thousandths) : static_cast<std::uint64_t>(thousandths);
  char digits[24];
  auto [end, error] = std::to_chars(digits, digits + sizeof digits, magnitude / 1000);
  out.append(digits, end);
  unsigned fraction = static_cast<unsigned>(magnitude % 1000);
  if (fraction == 0) return;
  char decimals[4] = {'.', static_cast<char>('0' + fraction / 100), static_cast<char>('0' + fraction / 10 % 10),
                      static_cast<char>('0' + fraction % 10)};
  int length = 4;
  while (decimals[length - 1] == '0') --length;
  out.append(decimals, static_cast<std::size_t>(length));
}

bool ContentStream::text(double a, double b, double c, double d, double x, double y, std::string_view bytes) {
  buffer_ = "BT\n";
  for (double value : {a, b, c, d, x, y}) {
    append_number(buffer_, value);
    buffer_ += ' ';
  }
  buffer_ += "Tm\n(";
  for (char ch : bytes) {
    // A literal string: its delimiters and the escape character escaped; line ends too, which a reader would
    // otherwise normalise.
    switch (ch) {
      case '(': buffer_ += "\\("; break;
      case ')': buffer_ += "\\)"; break;
      case '\\': buffer_ += "\\\\"; break;
      case '\r': buffer_ += "\\r"; break;
      case '\n': buffer_ += "\\n"; break;
      default: buffer_ += ch;
    }
  }
  buffer_ += ") Tj\nET\n";
  return write(buffer_);
}

bool ContentStream::line(double x1, double y1, double x2, double y2) {
  buffer_.clear();
  append_number(buffer_, x1);
  buffer_ += ' ';
  append_number(buffer_, y1);
  buffer_ += " m\n";
  append_number(buffer_, x2);
  buffer_ += ' ';
  append_number(buffer_, y2);
  buffer_ += " l\nS\n";
  return write(buffer_);
}

bool ContentStream::write(const std::string& operators) {
  return HPDF_Stream_Write(stream_, reinterpret_cast<const HPDF_BYTE*>(operators.data()),
                           static_cast<HPDF_UINT>(operators.size())) == HPDF_OK;
}

}  // namespace naskah::pdf
