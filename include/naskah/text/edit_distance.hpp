#pragma once
/// Near misses: "did you mean …" suggestions for misspelt element and attribute names.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::text {

/// Levenshtein distance (insertions, deletions, substitutions of bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to word, if it is close enough to be a likely misspelling (at most 2 edits, and
/// fewer than half the word's length); ties go to the earlier candidate.
std::optional<std::string> closest_match(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace naskah::text
