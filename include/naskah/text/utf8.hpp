#pragma once
/// UTF-8, decoded one way everywhere: the parser's validation, layout's measuring and the PDF writer's encoding
/// agree on what every byte sequence means. Ill-formed input becomes U+FFFD per "maximal subpart" (Unicode §3.9):
/// the lead byte plus the continuation bytes that were still valid.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::text {

struct DecodedCodePoint {
  char32_t value = 0;  ///< U+FFFD when invalid
  bool valid = true;
};

/// Decodes the code point at text[i] and moves i past it (i < text.size()). Overlong forms, surrogates, code points
/// above U+10FFFF, stray continuation bytes and truncated sequences are invalid.
DecodedCodePoint next_code_point(std::string_view text, std::size_t& i);

/// Every code point of the text, invalid sequences as U+FFFD.
std::vector<char32_t> decode_utf8(std::string_view text);

void append_utf8(std::string& out, char32_t code_point);

/// The byte offset of the first invalid sequence, or nothing when the text is valid UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace naskah::text
