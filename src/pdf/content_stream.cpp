#include "content_stream.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

#include "haru_internals.hpp"

namespace naskah::pdf {

namespace {

bool write_to(HPDF_Stream stream, std::string_view bytes) {
  return bytes.empty() || HPDF_Stream_Write(stream, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                            static_cast<HPDF_UINT>(bytes.size())) == HPDF_OK;
}

}  // namespace

void ContentStream::begin(HPDF_Page page) {
  page_ = page;
  buffer_.clear();
  handed_over_ = false;
}

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

void ContentStream::number(double value) {
  append_number(buffer_, value);
  buffer_ += ' ';
}

void ContentStream::numbers(std::initializer_list<double> values) {
  for (double value : values) number(value);
}

void ContentStream::text(double a, double b, double c, double d, double x, double y, std::string_view bytes) {
  buffer_ += "BT\n";
  numbers({a, b, c, d, x, y});
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
}

void ContentStream::line(double x1, double y1, double x2, double y2) {
  numbers({x1, y1});
  buffer_ += "m\n";
  numbers({x2, y2});
  buffer_ += "l\nS\n";
}

void ContentStream::rectangle(double x, double y, double width, double height, bool fill, bool stroke) {
  if (!fill && !stroke) return;
  numbers({x, y, width, height});
  buffer_ += "re\n";
  buffer_ += fill && stroke ? "B\n" : fill ? "f\n" : "S\n";
}

void ContentStream::fill_color(double r, double g, double b) {
  numbers({r, g, b});
  buffer_ += "rg\n";
}

void ContentStream::stroke_color(double r, double g, double b) {
  numbers({r, g, b});
  buffer_ += "RG\n";
}

void ContentStream::line_width(double width) {
  number(width);
  buffer_ += "w\n";
}

void ContentStream::word_space(double space) {
  number(space);
  buffer_ += "Tw\n";
}

void ContentStream::font(std::string_view resource, double size) {
  buffer_ += '/';
  buffer_ += resource;
  buffer_ += ' ';
  number(size);
  buffer_ += "Tf\n";
}

bool ContentStream::hand_over() {
  if (!write_to(internals::page_stream(page_), buffer_)) return false;
  // libharu writes next (an image, CID text) even when naskah has written nothing yet: a page that starts with
  // an image (a title page's logo) keeps it.
  handed_over_ = true;
  buffer_.clear();
  return true;
}

bool ContentStream::finish(std::string& operators) {
  if (handed_over_) {
    // libharu wrote part of the page (CID text, images): take its part back, in order, before ours.
    if (!internals::memory_stream_bytes(internals::page_stream(page_), operators)) return false;
    operators += buffer_;
  } else {
    operators.swap(buffer_);
  }
  buffer_.clear();
  return true;
}

}  // namespace naskah::pdf
