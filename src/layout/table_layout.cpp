#include "naskah/layout/table_layout.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include "naskah/layout/layout_problems.hpp"
#include "naskah/layout/line_breaker.hpp"
#include "naskah/layout/table_grid.hpp"
#include "table_columns.hpp"
#include "table_draw.hpp"

namespace naskah::layout {
namespace {

constexpr double epsilon = 1e-6;
/// Lines of a spanning cell that must fit at a page's foot for it to be cut there rather than moved on.
constexpr std::size_t lines_before_cut = 3;
/// How much of its lines' width a cell's text usually fills (its natural width over the lines'): where the search
/// for the beginning of a text repeated on a later page starts.
constexpr double likely_fill = 0.92;

/// How many of `count` candidates fit, when fits(k) holds up to some k and not after: found from `start` (the likely
/// last) outwards by steps that double, then by halving — two or three candidates tried where a bisection of them
/// all would try five or six.
template <class Fits>
std::size_t count_fitting(std::size_t count, std::size_t start, Fits fits) {
  std::size_t low = 0, high = count;  // [0, low) fit; none from high on
  if (count == 0) return 0;
  start = std::min(start, count - 1);
  if (fits(start)) {
    low = start + 1;
    for (std::size_t step = 1; low < high; step *= 2) {
      const std::size_t probe = std::min(high - 1, start + step);
      if (!fits(probe)) {
        high = probe;
        break;
      }
      low = probe + 1;
    }
  } else {
    high = start;
    for (std::size_t step = 1; low < high; step *= 2) {
      const std::size_t probe = start >= step ? start - step : 0;
      if (fits(probe)) {
        low = probe + 1;
        break;
      }
      high = probe;
    }
  }
  while (low < high) {
    const std::size_t mid = (low + high) / 2;
    if (fits(mid)) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

bool has_text(const compose::TableCell& cell) {
  for (const compose::Span& span : cell.spans) {
    if (span.text.find_first_not_of(" \t\r\n") != std::string::npos) return true;
  }
  return false;
}

/// A cell on the current page: its text, measured once, and how much of it earlier pages showed. Pieces of a
/// cell that continues are carried from page to page, so its lines are never measured again.
struct Piece {
  std::size_t cell = 0;       ///< index into the grid's cells
  std::vector<Line> text;     ///< the cell's lines (an empty cell: one empty line)
  std::vector<Line> repeat;   ///< its text again with the continuation mark, measured when first needed
  bool repeat_measured = false;
  bool repeating = false;     ///< showing `repeat` rather than `text`
  std::size_t next = 0;       ///< the first line of what it shows that no earlier page showed
  std::size_t shown = 0;      ///< lines on this page, decided when the page ends
  double top = 0;             ///< of its piece, from the fragment's top
  bool cut = false;           ///< spans rows and is taller than a whole page: cut at the foot of the page

  [[nodiscard]] const std::vector<Line>& source() const { return repeating ? repeat : text; }
  [[nodiscard]] std::size_t remaining() const { return source().size() - next; }
};

/// A body row on the current page.
struct RowBox {
  double top = 0;
  double bottom = 0;
};

}  // namespace

struct TableLayouter::State {
  State(const compose::Table& t, const PaginationContext& c, double room)
      : table(t), metrics(c.metrics), hyphenator(c.hyphenator), problems(c.problems), page_room(room) {}

  const compose::Table& table;
  const text::FontMetrics& metrics;
  const text::Hyphenator* hyphenator;
  LayoutProblems* problems;
  double page_room;
  double line_height = 12;
  double padding = 3;
  std::vector<double> column_x;  ///< left edge of each column from the table's left, then the right edge
  TableGrid header;
  TableGrid body;

  std::vector<Piece> header_pieces;
  std::vector<double> header_bottoms;
  double header_height = 0;
  double body_room = 0;  ///< a whole page below the header

  // Where the walk stands between pages.
  bool started = false;
  bool finished = false;
  int next_row = 0;         ///< the first body row not yet complete
  bool row_split = false;   ///< next_row began on an earlier page; its pieces are in `carried`
  int break_row = -1;       ///< the last row the previous page touched
  std::vector<Piece> carried;  ///< pieces that continue on the next page
  std::vector<Piece> staged;   ///< measured pieces of the cells starting at next_row (a row moved to the next page)

  // The current page.
  std::vector<Piece> pieces;
  std::vector<std::size_t> active;  ///< indices into pieces: the cells covering the row being placed
  std::vector<RowBox> rows;         ///< body rows from the page's first row on
  int page_first_row = 0;           ///< the body row rows[0] is

  // --- measuring ---

  [[nodiscard]] double content_width(const GridCell& cell) const {
    return std::max(1.0, column_x[static_cast<std::size_t>(cell.end_col())] -
                             column_x[static_cast<std::size_t>(cell.col)] - 2 * padding);
  }

  /// The cell's lines at its width; what had to be cut is recorded in `report` (the layout's problems by default).
  std::vector<Line> measure(const std::vector<compose::Span>& spans, const GridCell& cell,
                            LayoutProblems* report) const {
    LineBreakParams params;
    params.width = content_width(cell);
    params.first_line_indent = 0;
    params.align = cell.source->align;
    params.hyphenator = cell.source->hyphenate ? hyphenator : nullptr;
    params.problems = report;
    return break_lines(spans, metrics, params);
  }
  std::vector<Line> measure(const std::vector<compose::Span>& spans, const GridCell& cell) const {
    return measure(spans, cell, problems);
  }

  /// The height a piece showing `lines` lines needs, padding included (nothing when it shows none).
  [[nodiscard]] double extent(std::size_t lines) const {
    return lines == 0 ? 0 : static_cast<double>(lines) * line_height + 2 * padding;
  }
  [[nodiscard]] double need(const Piece& p) const { return extent(p.remaining()); }

  /// How many of a piece's remaining lines fit above `bottom`.
  [[nodiscard]] std::size_t fit(const Piece& p, double bottom) const {
    double lines = std::floor((bottom - p.top - 2 * padding) / line_height + epsilon);
    if (lines <= 0) return 0;
    return std::min(p.remaining(), static_cast<std::size_t>(lines));
  }

  Piece make_piece(const TableGrid& grid, std::size_t index, double top) const {
    const GridCell& cell = grid.cells[index];
    Piece p;
    p.cell = index;
    p.top = top;
    if (cell.source != nullptr) p.text = measure(cell.source->spans, cell);
    if (p.text.empty()) p.text.resize(1);
    p.cut = need(p) > body_room + epsilon;
    return p;
  }

  /// A piece carried onto a new page: it continues with its remaining lines; or, if it had shown them all and it
  /// spans rows beyond the break (or it fits the page anyway), it shows its text again with the continuation mark.
  void continue_piece(Piece& p) {
    const GridCell& cell = body.cells[p.cell];
    if (p.remaining() == 0 && cell.row_span > 1 && cell.source != nullptr && has_text(*cell.source)) {
      if (!p.repeat_measured) {
        p.repeat = repeated_text(cell, p.text.size());
        p.repeat_measured = true;
      }
      // Within a row split across pages, a cell ending in that row is repeated only if the repetition is sure to
      // fit: otherwise two such cells could take turns continuing each other for ever.
      if (cell.last_row() > break_row || extent(p.repeat.size()) <= body_room + epsilon) {
        p.repeating = true;
        p.next = 0;
      }
    }
    p.cut = need(p) > body_room + epsilon;
  }

  /// A cell's text as a later page shows it: at most `continuation_lines` lines of it, cut after a word with "…" —
  /// a long sasaran repeated whole on every page would make the rows it spans taller page after page — and the
  /// continuation mark after it (names, where it may take a line of its own) or under it (a NO). `lines`: of the
  /// whole text at the cell's width, as its piece has it.
  std::vector<Line> repeated_text(const GridCell& cell, std::size_t lines) const {
    const compose::TableCell& source = *cell.source;
    const bool marked = source.continuation != compose::Continuation::none && !table.continuation_mark.empty();
    auto with_mark = [&](std::vector<compose::Span> spans) {
      if (!marked || spans.empty()) return spans;
      compose::Span gap = spans.back();
      gap.text.assign(1, source.continuation == compose::Continuation::below ? '\n' : ' ');
      gap.keep_together = false;
      gap.underline = false;
      spans.push_back(std::move(gap));
      spans.push_back(detail::continuation_mark_span(table, source));
      return spans;
    };
    const std::size_t most = static_cast<std::size_t>(std::max(1, table.continuation_lines));
    if (lines <= most) return measure(with_mark(source.spans), cell);
    // The longest beginning, cut after a word, that takes at most `most` lines with its "…". Only the words that
    // `most` lines could hold, their spaces at the tightest, are candidates: a long name is measured by its
    // first lines, not by beginnings of its whole length.
    const double widest = static_cast<double>(most) * content_width(cell) * 1.5;
    std::vector<std::size_t> word_ends;
    // The last of them whose natural width fills the lines as text usually does: where the search starts.
    const double likely = static_cast<double>(most) * content_width(cell) * likely_fill;
    std::size_t likely_end = 0;
    std::size_t offset = 0;
    double width = 0;  // of the text measured so far
    for (const compose::Span& span : source.spans) {
      if (width > widest) break;
      const std::string_view text = span.text;
      auto width_of = [&](std::size_t from, std::size_t to) {
        return text::text_width(metrics, span.face, span.size, text.substr(from, to - from));
      };
      std::size_t measured = 0;
      for (std::size_t i = 1; i < text.size() && width <= widest; ++i) {
        if ((text[i] == ' ' || text[i] == '\n') && text[i - 1] != ' ' && text[i - 1] != '\n') {
          width += width_of(measured, i);
          measured = i;
          if (width <= widest) word_ends.push_back(offset + i);
          if (width <= likely) likely_end = word_ends.size();
        }
      }
      width += width_of(measured, text.size());
      offset += text.size();
    }
    auto beginning = [&](std::size_t end) {
      std::vector<compose::Span> kept;
      std::size_t at = 0;
      for (const compose::Span& span : source.spans) {
        if (at >= end) break;
        compose::Span piece = span;
        piece.text = span.text.substr(0, std::min(span.text.size(), end - at));
        at += span.text.size();
        kept.push_back(std::move(piece));
      }
      if (!kept.empty()) kept.back().text += "\u2026";
      return kept;
    };
    // A beginning whose last word is too wide with its "…" is no candidate: it would be cut between letters.
    auto fits = [&](std::size_t end) {
      LayoutProblems cuts;
      return measure(beginning(end), cell, &cuts).size() <= most && cuts.overfull_runs().empty();
    };
    // The last that fits (the longer a beginning, the more lines it takes).
    const std::size_t fitting = count_fitting(word_ends.size(), likely_end > 0 ? likely_end - 1 : 0,
                                              [&](std::size_t k) { return fits(word_ends[k]); });
    return measure(with_mark(fitting > 0 ? beginning(word_ends[fitting - 1]) : source.spans), cell);
  }

  // --- the header, laid out once and drawn on every page ---

  void lay_out_header() {
    std::vector<std::size_t> covering;
    double top = 0;
    for (int r = 0; r < header.rows; ++r) {
      const auto at = static_cast<std::size_t>(r);
      for (std::size_t i = header.row_begin[at]; i < header.row_begin[at + 1]; ++i) {
        covering.push_back(header_pieces.size());
        header_pieces.push_back(make_piece(header, i, top));
      }
      double bottom = top;
      for (std::size_t k : covering) {
        const Piece& p = header_pieces[k];
        if (header.cells[p.cell].last_row() == r) bottom = std::max(bottom, p.top + need(p));
      }
      header_bottoms.push_back(bottom);
      std::erase_if(covering, [&](std::size_t k) { return header.cells[header_pieces[k].cell].last_row() <= r; });
      top = bottom;
    }
    for (Piece& p : header_pieces) p.shown = p.remaining();
    header_height = top;
  }

  // --- the body, page by page ---

  void enter_row(int r, double top) {
    if (staged.empty()) {
      const auto at = static_cast<std::size_t>(r);
      for (std::size_t i = body.row_begin[at]; i < body.row_begin[at + 1]; ++i) {
        staged.push_back(make_piece(body, i, top));
      }
    }
    for (Piece& p : staged) {
      p.top = top;
      active.push_back(pieces.size());
      pieces.push_back(std::move(p));
    }
    staged.clear();
  }

  /// Takes the pieces entered from `from` on off the page again, keeping their measured lines for the next one.
  void unstage(std::size_t from) {
    staged.clear();
    for (std::size_t i = from; i < pieces.size(); ++i) staged.push_back(std::move(pieces[i]));
    pieces.resize(from);
    std::erase_if(active, [&](std::size_t k) { return k >= from; });
  }

  void finish_row(int r) {
    std::erase_if(active, [&](std::size_t k) { return body.cells[pieces[k].cell].last_row() <= r; });
  }

  std::optional<double> place(const TablePlacement& where, std::vector<Item>& items) {
    if (finished) return 0.0;
    const double limit = where.room;
    const double body_top = header_height;
    pieces.clear();
    active.clear();
    rows.clear();
    const bool continuing = !carried.empty();
    for (Piece& p : carried) {
      p.top = body_top;
      continue_piece(p);
      active.push_back(pieces.size());
      pieces.push_back(std::move(p));
    }
    carried.clear();

    const int first_row = next_row;
    page_first_row = first_row;
    enum class End { table_done, moved, split } end = End::table_done;
    int r = first_row;
    for (; r < body.rows; ++r) {
      const double top = rows.empty() ? body_top : rows.back().bottom;
      const std::size_t entered = pieces.size();
      if (!(r == first_row && row_split)) enter_row(r, top);
      // What the row needs: the cells ending in it must fit in it, those reaching further must fit on the page
      // (unless they are taller than any page: those are cut at its foot).
      double ending = top;
      for (std::size_t k : active) {
        const Piece& p = pieces[k];
        if (body.cells[p.cell].last_row() <= r) ending = std::max(ending, p.top + need(p));
      }
      // A spanning cell starting here that does not fit below is cut at the page's foot, its lines going on over
      // the page, when the row itself fits and a few of its lines do: a sasaran's long name would otherwise send
      // its first row, and the page's rest, empty to the next page. A rest of less than a quarter of a page is
      // left empty instead, as a word processor keeps a row whole: the item then starts whole on the next page.
      if (ending <= limit + epsilon && limit - top >= body_room / 4) {
        for (std::size_t k = entered; k < pieces.size(); ++k) {
          Piece& p = pieces[k];
          if (p.cut || body.cells[p.cell].last_row() <= r || p.top + need(p) <= limit + epsilon) continue;
          if (fit(p, limit) >= lines_before_cut) p.cut = true;
        }
      }
      double reaching = top;
      for (std::size_t k : active) {
        const Piece& p = pieces[k];
        if (body.cells[p.cell].last_row() > r && !p.cut) reaching = std::max(reaching, p.top + need(p));
      }
      // A row followed by its JUMLAH goes to the next page with it when the JUMLAH's line would not fit under it
      // here, unless it is the page's only row.
      const bool total_follows = r + 1 < body.rows && table.body_rows[static_cast<std::size_t>(r + 1)].keep_with_previous;
      const bool total_left_alone = total_follows && !rows.empty() && !(r == first_row && row_split) &&
                                    std::max(ending, reaching) + extent(1) > limit + epsilon;
      if (total_left_alone && std::max(ending, reaching) <= limit + epsilon) {
        unstage(entered);
        end = End::moved;
        break;
      }
      if (std::max(ending, reaching) <= limit + epsilon) {
        rows.push_back(RowBox{top, ending});
        finish_row(r);
        continue;
      }
      // It does not fit. A row taller than a whole page is split here, if a line fits; so is one that would leave
      // a quarter of the page empty, when its cells can give this page a few lines and the next at least two (as
      // a word processor lets a row break across pages); any other goes to the next page — and if it is the first
      // row at the table's start, the header goes with it.
      double own = 0;
      for (std::size_t k = entered; k < pieces.size(); ++k) own = std::max(own, need(pieces[k]));
      const bool too_tall = own > body_room + epsilon;
      const bool line_fits = limit - top + epsilon >= extent(1);
      const bool split_here = (too_tall && line_fits) || worth_splitting(entered, r, top, limit);
      if (!split_here && !rows.empty()) {
        unstage(entered);
        end = End::moved;
        break;
      }
      if (!split_here && !where.page_is_empty && !continuing) {
        unstage(entered);
        return std::nullopt;
      }
      rows.push_back(RowBox{top, top});
      end = End::split;
      break;
    }
    // A table of header rows only.
    if (body.rows == 0 && !where.page_is_empty && header_height > limit + epsilon) return std::nullopt;

    if (end == End::split) {
      close_split_page(r, limit);
    } else if (!rows.empty()) {
      close_page(r - 1, limit);
      next_row = r;
      row_split = false;
    }
    // Pieces no longer covering a row on this page ended here: they show all that is left.
    std::vector<bool> open(pieces.size(), false);
    for (std::size_t k : active) open[k] = true;
    for (std::size_t k = 0; k < pieces.size(); ++k) {
      if (!open[k]) pieces[k].shown = pieces[k].remaining();
    }

    draw(where, items);

    for (std::size_t k : active) {
      Piece& p = pieces[k];
      if (end == End::split && !row_split && body.cells[p.cell].last_row() <= break_row) continue;
      p.next += p.shown;
      p.shown = 0;
      carried.push_back(std::move(p));
    }
    pieces.clear();
    active.clear();
    started = true;
    if (end == End::table_done) finished = true;
    double height = rows.empty() ? header_height : rows.back().bottom;
    rows.clear();
    return height;
  }

  /// Whether row `r`, starting at `top` and not fitting above `limit`, is better split there than moved on: it would
  /// leave at least a quarter of a page empty, the cell that needs most shows at least lines_before_cut lines here,
  /// and every cell ending in the row that is split keeps two lines on either side.
  [[nodiscard]] bool worth_splitting(std::size_t entered, int r, double top, double limit) const {
    if (limit - top < body_room / 4) return false;
    std::size_t most = 0;
    for (std::size_t k = entered; k < pieces.size(); ++k) {
      const Piece& p = pieces[k];
      if (body.cells[p.cell].last_row() > r || p.top + need(p) <= limit + epsilon) continue;
      const std::size_t here = fit(p, limit);
      if (here < 2 || p.remaining() - here < 2) return false;
      most = std::max(most, here);
    }
    return most >= lines_before_cut;
  }

  /// The page ends after row `last`, complete: the row grows to hold the cells that go on (cut ones to the page's
  /// foot), and those show what fits.
  void close_page(int last, double limit) {
    RowBox& row = rows.back();
    for (std::size_t k : active) {
      const Piece& p = pieces[k];
      if (!p.cut) {
        row.bottom = std::max(row.bottom, p.top + need(p));
      } else {
        row.bottom = std::max(row.bottom, p.top + extent(fit(p, limit)));
      }
    }
    for (std::size_t k : active) {
      Piece& p = pieces[k];
      p.shown = p.cut ? fit(p, row.bottom) : p.remaining();
    }
    break_row = last;
  }

  /// The page ends inside row `r`: every cell covering it shows the lines that fit above the page's foot (at
  /// least one line in all, so that every page takes something), and the row continues on the next page if a
  /// cell ending in it has lines left.
  void close_split_page(int r, double limit) {
    RowBox& row = rows.back();
    bool any = false;
    for (std::size_t k : active) {
      Piece& p = pieces[k];
      p.shown = p.top + need(p) <= limit + epsilon ? p.remaining() : fit(p, limit);
      if (p.shown > 0) any = true;
    }
    if (!any) {
      for (std::size_t k : active) pieces[k].shown = std::min<std::size_t>(1, pieces[k].remaining());
    }
    bool complete = true;
    for (std::size_t k : active) {
      const Piece& p = pieces[k];
      row.bottom = std::max(row.bottom, p.top + extent(p.shown));
      if (body.cells[p.cell].last_row() <= r && p.shown < p.remaining()) complete = false;
    }
    break_row = r;
    next_row = complete ? r + 1 : r;
    row_split = !complete;
  }

  void draw(const TablePlacement& where, std::vector<Item>& items) const {
    table_detail::TableDrawer drawer(padding, line_height, table.border_width, table.border_color);
    const double x = where.x;
    const double y = where.y;
    const auto columns = static_cast<std::size_t>(header.columns);
    auto box = [&](const GridCell& cell, const Piece& p, double bottom, bool bottom_edge) {
      table_detail::CellPieceBox b;
      b.left = x + column_x[static_cast<std::size_t>(cell.col)];
      b.right = x + column_x[static_cast<std::size_t>(cell.end_col())];
      b.top = y + p.top;
      b.bottom = y + bottom;
      b.lines = &p.source();
      b.first = p.next;
      b.count = p.shown;
      b.valign = cell.source != nullptr ? cell.source->valign : compose::VerticalAlign::top;
      b.fill = cell.fill;
      b.right_edge = static_cast<std::size_t>(cell.end_col()) == columns;
      b.bottom_edge = bottom_edge;
      drawer.add(b);
    };
    for (const Piece& p : header_pieces) {
      const GridCell& cell = header.cells[p.cell];
      bool at_bottom = rows.empty() && cell.last_row() == header.rows - 1;
      box(cell, p, header_bottoms[static_cast<std::size_t>(cell.last_row())], at_bottom);
    }
    if (!rows.empty()) {
      const int first_row = page_first_row;
      const int last_row = first_row + static_cast<int>(rows.size()) - 1;
      for (const Piece& p : pieces) {
        const GridCell& cell = body.cells[p.cell];
        int last = std::min(cell.last_row(), last_row);
        box(cell, p, rows[static_cast<std::size_t>(last - first_row)].bottom, last == last_row);
      }
    }
    drawer.finish(items);
  }

};

namespace {

/// The table set `factor` times its size: its type, line height and padding (not its borders, nor its width).
std::unique_ptr<compose::Table> scaled_table(const compose::Table& table, double factor) {
  auto scaled = std::make_unique<compose::Table>(table);
  scaled->line_height *= factor;
  scaled->padding *= factor;
  for (auto* rows : {&scaled->header_rows, &scaled->body_rows}) {
    for (compose::TableRow& row : *rows) {
      for (compose::TableCell& cell : row.cells) {
        for (compose::Span& span : cell.spans) span.size *= factor;
      }
    }
  }
  return scaled;
}

/// A copy of `table` set smaller, when its cells' narrowest widths add up to more than nine tenths of its width (the
/// matrix on A4): figures and words then fit whole instead of being cut, with room for the text columns to widen
/// into; nothing when it fits as it is.
/// Otherwise `widths` are its columns' (measured once, for the layout to use).
std::unique_ptr<compose::Table> shrunk_to_fit(const compose::Table& table, const PaginationContext& context,
                                              double page_room, std::vector<double>& widths) {
  if (!table.fit_columns) return nullptr;
  const int columns = static_cast<int>(table.column_widths.size());
  const TableGrid header = resolve_grid(table.header_rows, columns);
  const TableGrid body = resolve_grid(table.body_rows, columns);
  detail::FittedColumns fitted =
      detail::fit_columns(detail::ColumnFitting{table, header, body, context.metrics, context.hyphenator, page_room});
  if (fitted.shrink < 1) return scaled_table(table, fitted.shrink);
  widths = std::move(fitted.widths);
  return nullptr;
}

}  // namespace

std::vector<double> table_column_widths(const compose::Table& table, const text::FontMetrics& metrics,
                                        const text::Hyphenator* hyphenator, double page_room) {
  if (!table.fit_columns) return table.column_widths;
  const int columns = static_cast<int>(table.column_widths.size());
  const TableGrid header = resolve_grid(table.header_rows, columns);
  const TableGrid body = resolve_grid(table.body_rows, columns);
  detail::FittedColumns fitted =
      detail::fit_columns(detail::ColumnFitting{table, header, body, metrics, hyphenator, page_room});
  if (fitted.shrink >= 1) return std::move(fitted.widths);
  // Drawn smaller: the widths of the table as it is drawn.
  const std::unique_ptr<compose::Table> scaled = scaled_table(table, fitted.shrink);
  return detail::fit_columns(detail::ColumnFitting{*scaled, resolve_grid(scaled->header_rows, columns),
                                                   resolve_grid(scaled->body_rows, columns), metrics, hyphenator,
                                                   page_room, false})
      .widths;
}

TableLayouter::TableLayouter(const compose::Table& given, const PaginationContext& context, double page_room)
    : shrunk_(shrunk_to_fit(given, context, page_room, measured_widths_)),
      state_(std::make_unique<State>(shrunk_ ? *shrunk_ : given, context, page_room)) {
  const compose::Table& table = shrunk_ ? *shrunk_ : given;
  State& s = *state_;
  s.line_height = std::max(0.1, table.line_height);
  s.padding = std::max(0.0, table.padding);
  const int columns = static_cast<int>(table.column_widths.size());
  s.header = resolve_grid(table.header_rows, columns);
  s.body = resolve_grid(table.body_rows, columns);
  // The grids are resolved once for layout; table_column_widths resolves its own.
  const std::vector<double> widths =
      !table.fit_columns ? table.column_widths
      : shrunk_ ? detail::fit_columns(detail::ColumnFitting{table, s.header, s.body, context.metrics,
                                                            context.hyphenator, page_room, false}).widths
                : measured_widths_;
  s.column_x.push_back(0);
  for (double w : widths) s.column_x.push_back(s.column_x.back() + std::max(0.0, w));
  s.lay_out_header();
  s.body_room = page_room - s.header_height;
  s.finished = columns == 0 || (s.header.rows == 0 && s.body.rows == 0);
}

TableLayouter::~TableLayouter() = default;

double TableLayouter::width() const { return state_->column_x.back(); }

bool TableLayouter::done() const { return state_->finished; }

double TableLayouter::start_height() {
  State& s = *state_;
  double first = 0;
  if (!s.started && s.body.rows > 0) {
    if (s.staged.empty()) {
      s.enter_row(0, 0);
      s.unstage(0);
    }
    for (const Piece& p : s.staged) first = std::max(first, s.need(p));
  }
  return s.header_height + std::min(first, std::max(0.0, s.body_room));
}

std::optional<double> TableLayouter::place(const TablePlacement& where, std::vector<Item>& items) {
  return state_->place(where, items);
}

}  // namespace naskah::layout
