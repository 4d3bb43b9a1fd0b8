#pragma once
/// Text as libharu 2.3.0 wants it: single-byte Windows-1252 for the faces that hold all Indonesian text, UTF-8
/// for the Unicode (CID) faces and for outline titles and document information (written as UTF-16BE).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::pdf {

/// The code points of UTF-8 text; an invalid sequence becomes U+FFFD exactly as text::advance_sum counts it
/// (one per maximal subpart).
std::vector<char32_t> decode_utf8(std::string_view utf8);

/// UTF-8 for code points (used to hand libharu a clean copy of text that had invalid bytes).
std::string encode_utf8(const std::vector<char32_t>& code_points);

/// The Windows-1252 byte for a code point, or nothing when it has none or is a control character.
std::optional<std::uint8_t> to_cp1252(char32_t code_point);

/// The Windows-1252 bytes of the text, or nothing when any character is outside Windows-1252.
std::optional<std::string> encode_cp1252(const std::vector<char32_t>& code_points);

/// True when every byte is printable ASCII (0x20–0x7E): such strings need no encoder in libharu.
bool is_printable_ascii(std::string_view text);

/// "U+1F600" and, for a printable character, the character itself in quotes: for messages.
std::string describe_code_point(char32_t code_point);

}  // namespace naskah::pdf
