#pragma once
/// A whole number written in a plan — a nomor, a tahun, a list's start — in a range the format sets.

#include <string_view>

#include "naskah/plan/parsed.hpp"

namespace naskah::plan {

/// The largest nomor of a sasaran, program, kegiatan or sub kegiatan.
inline constexpr int max_nomor = 9999;

/// Reads plain digits ("12") from minimum to maximum; signs, spaces, dots and other characters are refused.
Parsed<int> parse_whole_number(std::string_view text, int minimum, int maximum);

}  // namespace naskah::plan
