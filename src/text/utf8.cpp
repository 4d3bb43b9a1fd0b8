#include "naskah/text/utf8.hpp"

#include <unicode/utf8.h>

#include <cstdint>
#include <cstring>

namespace naskah::text {

// ICU's macros: its validation is Unicode's (§3.9, maximal subparts), the one every ICU call in naskah applies too.
DecodedCodePoint next_code_point(std::string_view text, std::size_t& i) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  UChar32 cp = 0;
  U8_NEXT(bytes, i, text.size(), cp);
  if (cp < 0) return {0xFFFD, false};
  return {static_cast<char32_t>(cp), true};
}

std::vector<char32_t> decode_utf8(std::string_view text) {
  std::vector<char32_t> out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) out.push_back(next_code_point(text, i).value);
  return out;
}

void append_utf8(std::string& out, char32_t cp) {
  std::uint8_t bytes[U8_MAX_LENGTH];
  std::size_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, static_cast<UChar32>(cp));
  out.append(reinterpret_cast<const char*>(bytes), length);
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  constexpr std::uint64_t high_bits = 0x8080808080808080u;
  for (std::size_t i = 0; i < text.size();) {
    // Plans and templates are ASCII but for a few names and dashes: eight ASCII bytes are passed at a time.
    std::uint64_t eight = 0;
    if (text.size() - i >= sizeof eight) {
      std::memcpy(&eight, text.data() + i, sizeof eight);
      if ((eight & high_bits) == 0) {
        i += sizeof eight;
        continue;
      }
    }
    const std::size_t start = i;
    if (!next_code_point(text, i).valid) return start;
  }
  return std::nullopt;
}

}  // namespace naskah::text
