#pragma once
/// The first of a table's two steps: resolving its grid. The cells of a table's rows, listed row by row with their
/// spans, become cells at known slots of a rows × columns grid, before anything is measured (as typst's
/// grid/resolve.rs and WeasyPrint's wrap_table do). Layout (table_layout.hpp) then only reads positions.
///
/// Rules, all forgiving (layout never fails on a malformed table; composition is expected to produce sound ones):
/// - a cell takes the first free slot of its row, left of which every slot is taken; slots covered by a span from
///   an earlier row are skipped;
/// - a span is clamped: at the table's (or the header's) last row, at its last column, and before a slot already
///   taken in its row by a span from above; a span below 1 counts as 1;
/// - a cell for which its row has no free slot left is dropped (and counted);
/// - slots no cell covers (rows with fewer cells than columns) become empty cells, so that every slot belongs to
///   exactly one cell and the borders of short rows are drawn like any other.

#include <cstddef>
#include <optional>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/page.hpp"

namespace naskah::layout {

struct GridCell {
  const compose::TableCell* source = nullptr;  ///< null: an empty slot that no cell covers
  std::optional<Color> fill;                   ///< the cell's own, else its row's
  int row = 0;
  int col = 0;
  int row_span = 1;  ///< clamped: row + row_span <= the grid's rows
  int col_span = 1;  ///< clamped: col + col_span <= the grid's columns
  [[nodiscard]] int last_row() const { return row + row_span - 1; }
  [[nodiscard]] int end_col() const { return col + col_span; }
};

struct TableGrid {
  int columns = 0;
  int rows = 0;
  /// Every cell, ordered by its first row and then its first column.
  std::vector<GridCell> cells;
  /// The cells whose first row is r are cells[row_begin[r] .. row_begin[r + 1]); size rows + 1.
  std::vector<std::size_t> row_begin;
  std::size_t dropped = 0;  ///< cells left out: their row had no free slot
  std::size_t clamped = 0;  ///< cells whose span was shortened
};

/// Resolves rows of cells into a grid of `columns` columns (none when columns <= 0: every cell is dropped).
/// Linear in the number of slots. The grid refers to the rows' cells: keep `rows` alive while it is used.
TableGrid resolve_grid(const std::vector<compose::TableRow>& rows, int columns);

}  // namespace naskah::layout
