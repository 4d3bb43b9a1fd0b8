#pragma once
/// Line-break opportunities of UTF-8 text, by the Unicode line breaking algorithm (UAX #14) as ICU implements it
/// for Indonesian. Layout asks where a line may end; it measures and chooses among these positions itself.

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace naskah::text {

/// A position where a new line may start.
struct LineBreakOpportunity {
  std::size_t offset = 0;  ///< UTF-8 byte offset of the first byte of the next line, 0 < offset < text size
  bool mandatory = false;  ///< the line must end here: it follows a hard line break (LF, CR LF, U+2028, …)

  friend bool operator==(const LineBreakOpportunity&, const LineBreakOpportunity&) = default;
};

/// The break opportunities of utf8, in increasing order of offset. The end of the text (always a break) is not
/// listed, nor is offset 0. What ICU 72 gives for locale "id" (asserted in tests/line_breaks_test.cpp):
/// - after a run of spaces: "a b" → {2}, "a  b" → {3} (the spaces stay at the end of the line);
/// - after a hyphen inside a word: "masing-masing" → {7}; but not when a digit follows ("COVID-19", "2023-2024");
/// - after "/" between words: "Kabupaten/Kota" → {10}, "dan/atau" → {4}; not between digits ("02/01/2024");
/// - after an en dash even before digits ("2023–2024" → {7}); before and after an em dash ("a—b" → {1, 4});
/// - after U+00AD SOFT HYPHEN (the caller then draws a hyphen);
/// - parentheses and quotes only where a space is: "Terpenuhi (%)" → {10}, before "("; none in "Terpenuhi(%)";
/// - never inside a word, a number ("28.584.558.694", "96,86%") or "Rp.1.000";
/// - mandatory (and the only break there) just past a hard line break: LF, CR, CR LF, VT, FF, NEL, U+2028, U+2029;
///   "a-\nb" → {3, mandatory} with no break between the hyphen and the LF.
/// Ill-formed UTF-8 is read as U+FFFD per maximal ill-formed subsequence; offsets stay on those boundaries.
/// Thread-safe: each thread keeps its own BreakIterator. Throws std::runtime_error if ICU cannot create one
/// (missing data), std::length_error for text of 2 GiB or more.
std::vector<LineBreakOpportunity> line_break_opportunities(std::string_view utf8);
/// The same, as the thread remembers it (no copy): layout asks it of every paragraph and cell, often again.
std::shared_ptr<const std::vector<LineBreakOpportunity>> shared_line_break_opportunities(std::string_view utf8);

/// The boundaries between user-perceived characters (extended grapheme clusters, UAX #29) inside utf8: where a
/// word may be cut as a last resort without tearing a letter from its accent or a character's bytes apart. Offsets
/// in increasing order, neither 0 nor the size listed. Thread-safe as line_break_opportunities.
std::vector<std::size_t> grapheme_boundaries(std::string_view utf8);

/// The length of the longest start of utf8 that is at most max_bytes long and ends between user-perceived
/// characters: where a message cuts a text too long to quote whole (0 when the first character is longer).
std::size_t character_cut(std::string_view utf8, std::size_t max_bytes);

}  // namespace naskah::text
