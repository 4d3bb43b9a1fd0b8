#pragma once
/// Ties: the spaces of a text where a line must not end, because what stands on either side is read as one
/// figure. A word processor's user types a non-breaking space there (or forgets to); naskah knows the cases of an
/// Indonesian official text and ties them itself:
/// - "Rp" (or "Rp.") and the amount after it: "Rp 77.474.955.000";
/// - a number and what follows it: a unit or a counted noun ("42 Kelompok", "2 Dokumen", "100 %"), the next group
///   of a grouped number ("19760316 200803 1 001"), the month of a date ("02 Januari"); but not a number that ends
///   a sentence or a clause ("tahun 2023. Dalam", "2024, dan");
/// - a month and the year after it ("Januari 2024");
/// - a figure and the mark of the note that explains it ("17.903.779.061 *)").
/// The space itself stays a space (it is drawn, measured and stretched like any other); only the line may not end
/// there.

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace naskah::text {

/// Byte offsets of the U+0020 spaces of `utf8` that are ties, in increasing order.
std::vector<std::size_t> tied_spaces(std::string_view utf8);
/// The same, as the thread remembers it (no copy).
std::shared_ptr<const std::vector<std::size_t>> shared_tied_spaces(std::string_view utf8);

}  // namespace naskah::text
