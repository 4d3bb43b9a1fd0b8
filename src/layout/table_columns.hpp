#pragma once
// Internal to layout/: a table's column widths measured from its content, as CSS's automatic table layout (CSS 2.1
// §17.5.2.2; WeasyPrint's auto_table_layout) and typst's `auto` columns do, then tuned so that the rows come out as
// short as possible.
//
// 1. Every cell is measured once (content_width.hpp). A column is at least as wide as the widest run of its cells
//    that no line may end inside — an amount, "Rp" with its amount, a number with its unit, a name with its degrees,
//    a word or, where a cell may be hyphenated, a piece of one, a kode's groups between its dots — plus the
//    padding, so that nothing is cut. A cell spanning columns that needs more than its columns give widens them in
//    proportion to their preferred widths. A table too narrow for these minimums with its kode whole, or left with
//    less than a tenth of its width beyond them, is set smaller (FittedColumns::shrink); if even the minimums do not fit the table's width, every column gets its share, and
//    what is too wide is cut and reported (LayoutProblems).
// 2. The width left over goes, step by step, to the column where it saves the most per point: height, and hyphens.
//    The height of the table is estimated from the number of lines each cell needs at a width (its forced lines'
//    natural widths over the width, as text fills lines), the rows' heights from their single-row cells, a spanning
//    cell adding what its rows lack, the header counted once per page; every hyphenated line 0.15 of a line
//    more, a word chopped into several pieces more still. So the columns that set the rows' heights (sub kegiatan,
//    their indikator) widen first, and the names spanning many rows get what spares them most hyphens. Measuring is linear in the cells; the estimate
//    reads the first rows only (enough to see how the text runs), so a 50,000-row table costs no more to tune than
//    a long one.
// 3. What no column can use goes to the columns below their preferred (template) width, in proportion to what they
//    lack, then in proportion to the preferred widths: a table whose text is short keeps the template's look.

#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/table_grid.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout::detail {

struct ColumnFitting {
  const compose::Table& table;  ///< column_widths: the preferred widths; their sum is the width to fill
  const TableGrid& header;
  const TableGrid& body;
  const text::FontMetrics& metrics;
  const text::Hyphenator* hyphenator;
  double page_room = 0;  ///< the height of a page's text area: how often the header repeats
  /// Whether the table may be set smaller to fit (false for a table already set smaller: its kode then break).
  bool may_shrink = true;
};

/// The smallest a table's type is set to make its figures and words fit its width: three quarters of the
/// template's (a 9 pt matrix at 6.75 pt at the least), as a spreadsheet's print setup fits a sheet to the page.
inline constexpr double smallest_table_scale = 0.75;

struct FittedColumns {
  std::vector<double> widths;  ///< adding up to the sum of the table's preferred widths
  /// 1, or, when the cells' narrowest widths with every kode whole add up to more than nine tenths of the table's,
  /// the factor that makes them take nine tenths (never below smallest_table_scale): the table is to be set that
  /// much smaller and fitted again.
  double shrink = 1;
};

/// The column widths, adding up to the sum of the table's preferred widths.
FittedColumns fit_columns(const ColumnFitting& input);

/// The continuation mark as drawn: one unbreakable run in the face of the cell's last span.
compose::Span continuation_mark_span(const compose::Table& table, const compose::TableCell& cell);

}  // namespace naskah::layout::detail
