#pragma once
/// UTF-8 validation: plans are UTF-8, and a file saved in another encoding must be reported where it first
/// goes wrong, not turned into garbled text.

#include <cstddef>
#include <optional>
#include <string_view>

namespace naskah::plan {

/// The byte offset of the first byte that does not start or continue a valid UTF-8 sequence (overlong forms,
/// surrogates and code points above U+10FFFF are invalid), or nothing when the text is valid.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

}  // namespace naskah::plan
