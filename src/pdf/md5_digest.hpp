#pragma once
// Internal to pdf/: MD5, which PDF names twice — for an embedded file's /CheckSum and, by convention, for the
// file identifier. Computed with libharu's own implementation (the one its encryption uses), so that naskah
// carries no second one; it is declared in a private header of libharu's, so it is defined in haru_internals.cpp.

#include <array>
#include <cstdint>
#include <string_view>

namespace naskah::pdf {

using Md5Digest = std::array<std::uint8_t, 16>;

[[nodiscard]] Md5Digest md5_of(std::string_view bytes);

}  // namespace naskah::pdf
