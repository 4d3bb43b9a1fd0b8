#pragma once
// Internal to the workbook reader: merged ranges. A spreadsheet program shows a merged range's first cell over the
// whole range; the cells it covers may still hold text in the file (LibreOffice keeps what they held when they were
// merged), which nobody sees. The sheet is read as it is seen: the covered cells are left out, as empty.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "naskah/diag/cell_reference.hpp"

namespace naskah::plan::detail {

struct CellRange {
  diag::CellPlace first;  ///< top left
  diag::CellPlace last;   ///< bottom right
};

/// "A2:B5" (or one cell, "A2"), its corners in either order; nothing when it is no range of a sheet.
std::optional<CellRange> parse_cell_range(std::string_view text);

/// "A2:B5".
std::string range_name(const CellRange& range);

/// A cell and whether a merged range covers it.
struct PlacedCell {
  diag::CellPlace place;
  bool covered = false;
};

/// Marks the cells that a merged range covers — every cell of the range but its first. The cells must be in order of
/// row, then column. One pass over the rows, with the ranges open at each row by their first column: ranges of a
/// whole column or of the whole sheet cost no more than small ones. Two ranges that overlap over a cell's row (which
/// no spreadsheet program saves) are given back in `overlaps`, and the later one is passed over.
void mark_covered(std::vector<PlacedCell>& cells, std::vector<CellRange> ranges,
                  std::vector<std::pair<CellRange, CellRange>>& overlaps);

}  // namespace naskah::plan::detail
