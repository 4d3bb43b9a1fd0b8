#pragma once
/// PDF page labels from the labels layout printed on the pages ("i", "ii", …, "1", "2", …): the shortest list of
/// numbering ranges that reproduces them, so that a viewer's page box shows "iii" or "14" as on the paper.

#include <cstddef>
#include <string>
#include <vector>

namespace naskah::pdf {

enum class LabelStyle { none, decimal, lower_roman, upper_roman };

/// From page `first_page` (0-based) on, labels are prefix + the number start, start + 1, … in style (none: the
/// prefix alone on every page of the range).
struct LabelRange {
  std::size_t first_page = 0;
  LabelStyle style = LabelStyle::decimal;
  int start = 1;
  std::string prefix;
  friend bool operator==(const LabelRange&, const LabelRange&) = default;
};

/// A label is read as a lower- or upper-case roman numeral ("iv", "XII"), else as a prefix and a decimal number
/// ("12", "A-3"), else as a prefix alone ("", "Sampul"). A new range starts where the style or prefix changes or
/// the number does not follow the previous page's (a prefix-only label starts a range unless it repeats).
std::vector<LabelRange> label_ranges(const std::vector<std::string>& labels);

}  // namespace naskah::pdf
