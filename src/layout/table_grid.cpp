#include "naskah/layout/table_grid.hpp"

#include <algorithm>

namespace naskah::layout {

// One pass over the rows. Since spans only reach down and right, a slot (r, c) is taken by an earlier row exactly
// when the last cell placed in column c reaches row r: covered_until[c] (the first row below that cell) > r. Within
// a row a cursor moves left to right, so no slot is ever looked at more than a constant number of times.
TableGrid resolve_grid(const std::vector<compose::TableRow>& rows, int columns) {
  TableGrid grid;
  grid.columns = std::max(0, columns);
  grid.rows = static_cast<int>(rows.size());
  grid.row_begin.reserve(rows.size() + 1);
  std::vector<int> covered_until(static_cast<std::size_t>(grid.columns), 0);
  auto free = [&](int row, int col) { return covered_until[static_cast<std::size_t>(col)] <= row; };
  for (int r = 0; r < grid.rows; ++r) {
    const compose::TableRow& row = rows[static_cast<std::size_t>(r)];
    const std::size_t begin = grid.cells.size();
    grid.row_begin.push_back(begin);
    int col = 0;
    for (const compose::TableCell& cell : row.cells) {
      while (col < grid.columns && !free(r, col)) ++col;
      if (col >= grid.columns) {
        ++grid.dropped;
        continue;
      }
      const int wanted_cols = std::max(1, cell.col_span);
      const int wanted_rows = std::max(1, cell.row_span);
      int col_span = 1;
      while (col_span < wanted_cols && col + col_span < grid.columns && free(r, col + col_span)) ++col_span;
      const int row_span = std::min(wanted_rows, grid.rows - r);
      if (col_span != wanted_cols || row_span != wanted_rows) ++grid.clamped;
      grid.cells.push_back(GridCell{&cell, cell.fill ? cell.fill : row.fill, r, col, row_span, col_span});
      for (int c = col; c < col + col_span; ++c) covered_until[static_cast<std::size_t>(c)] = r + row_span;
      col += col_span;
    }
    bool filled = false;
    for (int c = 0; c < grid.columns; ++c) {
      if (!free(r, c)) continue;
      grid.cells.push_back(GridCell{nullptr, row.fill, r, c, 1, 1});
      covered_until[static_cast<std::size_t>(c)] = r + 1;
      filled = true;
    }
    if (filled) {
      std::sort(grid.cells.begin() + static_cast<std::ptrdiff_t>(begin), grid.cells.end(),
                [](const GridCell& a, const GridCell& b) { return a.col < b.col; });
    }
  }
  grid.row_begin.push_back(grid.cells.size());
  return grid;
}

}  // namespace naskah::layout
