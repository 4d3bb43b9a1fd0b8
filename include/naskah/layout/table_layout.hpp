#pragma once
/// Laying a table out across pages, one page's fragment at a time (typst's breakable layouter over regions,
/// WeasyPrint's resume_at): the paginator offers the room left on the current page, the table fills it with its
/// header and as many body rows as fit, and the next call continues on the next page where it stopped.
///
/// Rows in two steps: the grid is resolved first (table_grid.hpp), then rows are laid out. Every cell is broken into
/// lines once, at its spanned columns' width less twice the padding, when the walk first reaches its row. A row's
/// height comes from the cells that end in it: a single-row cell needs its lines plus the padding; a cell spanning rows
/// needs its lines from its top on this page, and what its rows lack is added to its last row. Header rows are repeated
/// at the top of every page.
///
/// Pagination: body rows are placed while they fit. A row fits when the cells ending in it fit in it and the cells
/// it starts (or carries) that span further fit on the page — so a spanning cell's text is never cut at a page's
/// foot unless it is taller than a whole page. A row that does not fit moves to the next page; a row taller than
/// a whole page below the header is split between two lines of its cells instead (where it stands, if a line
/// fits there), each cell continuing with its remaining lines. When the page ends, its last row grows to hold the
/// spanning cells that go on. A cell spanning rows that crosses a page break is drawn in pieces: on the following
/// page its piece starts at that page's first row and shows its text again with the table's continuation mark
/// appended (or, when the break cut its text, the remaining lines), and the heights of that page's rows are worked
/// out with those pieces in them: the repeated text may make the last row of the piece taller. (Inside a row split
/// across pages, a spanning cell that ends in that row is repeated only if the repetition fits a page, which keeps
/// the walk finite.) The header goes on a page only with (a piece of) the next row, never alone at its foot. Each
/// page takes at least one line, so that a page too small for anything still ends (overflowing).
///
/// Work is linear in the number of cells and lines: each cell is measured once (its repeated text once more, the
/// first time it is needed), each row is looked at a bounded number of times, a page is drawn from its own pieces.

#include <memory>
#include <optional>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/layout/paginator.hpp"

namespace naskah::layout {

/// Where the next fragment of a table goes.
struct TablePlacement {
  double x = 0;  ///< the table's left edge on the page
  double y = 0;  ///< its top on this page
  double room = 0;  ///< height available below y on this page
  /// Nothing is on the page above: the fragment must take something, even if only a line, even if it overflows.
  /// Otherwise a table that cannot put its header and (a piece of) its first row here declines the page.
  bool page_is_empty = true;
};

/// The widths the table's columns are laid out at: its own, or with fit_columns those measured from its content for a
/// page whose text area is `page_room` high — what TableLayouter draws. For a writer that sets the table itself (the
/// DOCX's), so that its columns are the PDF's.
std::vector<double> table_column_widths(const compose::Table& table, const text::FontMetrics& metrics,
                                        const text::Hyphenator* hyphenator, double page_room);

class TableLayouter {
 public:
  /// `page_room` is the height of a whole page's text area: what a row may take at most before it is split. The
  /// table and the context (its metrics, hyphenator) must outlive the layouter.
  TableLayouter(const compose::Table& table, const PaginationContext& context, double page_room);
  ~TableLayouter();
  TableLayouter(const TableLayouter&) = delete;
  TableLayouter& operator=(const TableLayouter&) = delete;

  /// The sum of the column widths.
  [[nodiscard]] double width() const;
  /// Every row has been placed (at once for a table without rows or columns).
  [[nodiscard]] bool done() const;
  /// The height of the header and the first body row: what a heading kept with the table needs below it.
  [[nodiscard]] double start_height();

  /// Lays out the next fragment at `where`, appending its items (fills, then text, then borders) to `items`, and
  /// returns its height. Returns nothing, and appends nothing, when the page is not empty and not even the header
  /// with a piece of the next row fits: the caller then starts a new page and calls again.
  std::optional<double> place(const TablePlacement& where, std::vector<Item>& items);

 private:
  struct State;
  // In this order: shrunk_'s initialiser fills measured_widths_.
  std::vector<double> measured_widths_;  ///< the columns of the table as given, when it is not shrunk
  /// The table set smaller to fit its width, when its cells would not fit it at their size; laid out instead.
  std::unique_ptr<compose::Table> shrunk_;
  std::unique_ptr<State> state_;
};

}  // namespace naskah::layout
