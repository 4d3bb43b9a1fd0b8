#pragma once
// Internal to the workbook reader: how each cell style shows its number — as a number, a percentage or a date —
// from the number formats of the workbook's styles part. That is all of a style the text of a cell depends on
// (xlsx_number.hpp); fonts, fills and borders are the sheet's look, not its content.

#include <pugixml.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

#include "naskah/plan/xlsx_number.hpp"

namespace naskah::plan::detail {

/// How a number format shows its number: one of the formats every workbook knows by number (9 and 10 are
/// percentages; 14 to 22, 27 to 36, 45 to 47 and 50 to 58 dates and times), or, for the workbook's own (from 164),
/// its code: a date when it has a day, month, year, hour or second (d, m, y, h, s) outside quoted text, escapes and
/// [brackets] — "dd/mm/yyyy", "[$-421]dd mmmm yyyy", "[h]:mm" — a percentage when it has '%' there ("0.00%").
/// Only the first of a code's sections (those for positive numbers) counts.
NumberShown shown_by_format(std::uint32_t format_id, std::string_view code);

class CellStyles {
 public:
  /// The styles of the styles part (xl/styles.xml: its root element); a workbook without one (an empty node) has
  /// every number shown as a number.
  explicit CellStyles(pugi::xml_node styles);

  /// How the style a cell names (its s="…", an index into the styles' cellXfs) shows its number.
  [[nodiscard]] NumberShown shown(std::uint32_t style) const {
    return style < by_style_.size() ? by_style_[style] : NumberShown::number;
  }

 private:
  std::vector<NumberShown> by_style_;
};

}  // namespace naskah::plan::detail
