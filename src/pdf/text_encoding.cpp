#include "text_encoding.hpp"

#include <array>
#include <cstdio>

#include "naskah/text/utf8.hpp"

namespace naskah::pdf {

namespace {

/// Windows-1252 bytes 0x80–0x9F: the code points they stand for (0 where the byte is undefined).
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

}  // namespace

std::vector<char32_t> decode_utf8(std::string_view utf8) {
  // The same decoding as text::advance_sum, so that a run's words are placed with the widths layout measured.
  return text::decode_utf8(utf8);
}

std::string encode_utf8(const std::vector<char32_t>& code_points) {
  std::string out;
  out.reserve(code_points.size());
  for (char32_t cp : code_points) text::append_utf8(out, cp);
  return out;
}

std::optional<std::uint8_t> to_cp1252(char32_t cp) {
  if (cp >= 0x20 && cp <= 0x7E) return static_cast<std::uint8_t>(cp);
  if (cp >= 0xA0 && cp <= 0xFF) return static_cast<std::uint8_t>(cp);
  for (std::size_t i = 0; i < kCp1252High.size(); ++i) {
    if (kCp1252High[i] != 0 && kCp1252High[i] == cp) return static_cast<std::uint8_t>(0x80 + i);
  }
  return std::nullopt;
}

std::optional<std::string> encode_cp1252(const std::vector<char32_t>& code_points) {
  std::string out;
  out.reserve(code_points.size());
  for (char32_t cp : code_points) {
    const auto byte = to_cp1252(cp);
    if (!byte) return std::nullopt;
    out += static_cast<char>(*byte);
  }
  return out;
}

bool is_printable_ascii(std::string_view text) {
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte > 0x7E) return false;
  }
  return true;
}

std::string describe_code_point(char32_t cp) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "U+%04X", static_cast<unsigned>(cp));
  std::string out = buffer.data();
  const bool printable = cp >= 0x20 && cp != 0x7F && !(cp >= 0x80 && cp < 0xA0) && cp <= 0x10FFFF &&
                         !(cp >= 0xD800 && cp <= 0xDFFF);
  if (printable) {
    out += " \"";
    text::append_utf8(out, cp);
    out += '"';
  }
  return out;
}

}  // namespace naskah::pdf
