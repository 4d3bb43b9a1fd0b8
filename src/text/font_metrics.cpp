#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
namespace {

/// Decodes the code point at text[i] and moves i past it. Invalid UTF-8 (a stray byte, a truncated sequence, an
/// overlong form, a surrogate, anything above U+10FFFF) becomes U+FFFD, consuming the "maximal subpart" the way
/// Unicode §3.9 (U+FFFD substitution of maximal subparts) recommends: the lead byte plus the continuation bytes
/// that were still valid.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  constexpr char32_t kReplacement = 0xFFFD;
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
  char32_t cp = 0;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2, cp = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3, cp = lead & 0x0Fu;
    if (lead == 0xE0) low = 0xA0;   // no overlong forms
    if (lead == 0xED) high = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4, cp = lead & 0x07u;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    ++i;
    return kReplacement;
  }
  ++i;
  for (std::size_t k = 1; k < length; ++k, ++i) {
    const unsigned char lo = k == 1 ? low : 0x80, hi = k == 1 ? high : 0xBF;
    if (i >= text.size() || byte(i) < lo || byte(i) > hi) return kReplacement;
    cp = cp << 6 | (byte(i) & 0x3Fu);
  }
  return cp;
}

}  // namespace

std::int64_t advance_sum(const FontMetrics& metrics, FontFace face, std::string_view utf8) {
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < utf8.size();) sum += metrics.advance(face, next_code_point(utf8, i));
  return sum;
}

}  // namespace naskah::text
