#include "table_columns.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "naskah/layout/content_width.hpp"
#include "table_height_estimate.hpp"

namespace naskah::layout::detail {
namespace {

constexpr double epsilon = 1e-6;
/// Body rows the height estimate reads: enough to see how a plan's text runs.
constexpr int estimated_rows = 200;
/// The share of a table's width its narrowest widths may take at most, where it may be set smaller: the rest is
/// for the text columns to widen into, without which every row of a long table is tall.
constexpr double roomy_share = 0.9;
/// Widening steps at most.
constexpr int most_steps = 300;
/// Thresholds of each column weighed at each step, besides coarser widenings: the nearest is not always the one
/// that saves a row's height.
constexpr std::size_t thresholds_weighed = 2;

double width_of(const std::vector<double>& widths, int col, int end_col) {
  double w = 0;
  for (int c = col; c < end_col; ++c) w += widths[static_cast<std::size_t>(c)];
  return w;
}

bool has_text(const compose::TableCell& cell) {
  for (const compose::Span& span : cell.spans) {
    if (span.text.find_first_not_of(" \t\r\n") != std::string::npos) return true;
  }
  return false;
}

/// What the cells ask of the columns: their minimums, and what the height estimate needs.
struct Demands {
  std::vector<double> min;  ///< with hyphenation where the cell allows it: narrower, something is cut
  /// The same with every kode whole: a table narrower than these is set smaller before a kode is broken.
  std::vector<double> codes_whole;
  /// Whether each body cell of the column stands on one line whatever its width: figures (an amount, a target with
  /// its unit), which a column narrower than them would cut inside the figure. (A kode may end a line at its dots.)
  std::vector<bool> figures;
  std::vector<EstimatedCell> estimated;
};

class Measurer {
 public:
  Measurer(const ColumnFitting& in, int columns) : in_(in), padding_(std::max(0.0, in.table.padding)) {
    demands_.min.assign(static_cast<std::size_t>(columns), 2 * padding_);
    demands_.codes_whole.assign(static_cast<std::size_t>(columns), 2 * padding_);
    demands_.figures.assign(static_cast<std::size_t>(columns), true);
  }

  Demands measure() {
    // Single-column cells first; spanning cells then widen what their columns lack.
    measure_grid(in_.header, true);
    measure_grid(in_.body, false);
    for (const Wide& wide : wide_) {
      spread(demands_.min, wide.col, wide.end_col, wide.min);
      spread(demands_.codes_whole, wide.col, wide.end_col, wide.codes_whole);
    }
    return std::move(demands_);
  }

 private:
  struct Wide {
    int col = 0, end_col = 0;
    double min = 0;
    double codes_whole = 0;
  };

  void measure_grid(const TableGrid& grid, bool header) {
    for (const GridCell& cell : grid.cells) {
      if (cell.source == nullptr || !has_text(*cell.source)) continue;
      const compose::TableCell& source = *cell.source;
      // Only what could widen the column beyond its minimum so far is worth hyphenating.
      const double floor = cell.col_span == 1 ? demands_.min[static_cast<std::size_t>(cell.col)] - 2 * padding_ : 0;
      const bool estimated = header || cell.row < estimated_rows;
      const text::Hyphenator* hyphenator = source.hyphenate ? in_.hyphenator : nullptr;
      // The words of a cell that may hyphenate, for the estimate to count the hyphens a width costs.
      ContentWidths widths = measure_content(source.spans, in_.metrics, hyphenator, floor,
                                             estimated && hyphenator != nullptr);
      // A spanning cell may be continued on the next page with the mark, which is never broken.
      if (cell.row_span > 1 && source.continuation != compose::Continuation::none &&
          !in_.table.continuation_mark.empty()) {
        const compose::Span mark = continuation_mark_span(in_.table, source);
        const double mark_width = text::text_width(in_.metrics, mark.face, mark.size, mark.text);
        widths.min = std::max(widths.min, mark_width);
        widths.min_codes_whole = std::max(widths.min_codes_whole, mark_width);
      }
      const double min = widths.min + 2 * padding_;
      const double codes_whole = widths.min_codes_whole + 2 * padding_;
      if (cell.col_span == 1) {
        auto& low = demands_.min[static_cast<std::size_t>(cell.col)];
        low = std::max(low, min);
        auto& whole = demands_.codes_whole[static_cast<std::size_t>(cell.col)];
        whole = std::max(whole, codes_whole);
        if (!header && widths.max() > widths.min + 0.5) demands_.figures[static_cast<std::size_t>(cell.col)] = false;
      } else {
        wide_.push_back(Wide{cell.col, cell.end_col(), min, codes_whole});
      }
      if (estimated) {
        const int last = header ? cell.last_row() : std::min(cell.last_row(), estimated_rows - 1);
        demands_.estimated.push_back(EstimatedCell{header, cell.row, last, cell.col, cell.end_col(),
                                                   std::move(widths.lines), std::move(widths.words)});
      }
    }
  }

  /// Widens columns [col, end) so that together they are at least `need`, in proportion to their preferred widths.
  void spread(std::vector<double>& min, int col, int end, double need) const {
    const double have = width_of(min, col, end);
    if (have >= need) return;
    const double preferred = width_of(in_.table.column_widths, col, end);
    for (int c = col; c < end; ++c) {
      const double share = preferred > 0 ? in_.table.column_widths[static_cast<std::size_t>(c)] / preferred
                                         : 1.0 / static_cast<double>(end - col);
      min[static_cast<std::size_t>(c)] += (need - have) * share;
    }
  }

  const ColumnFitting& in_;
  double padding_;
  Demands demands_;
  std::vector<Wide> wide_;
};

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

/// Widths adding up to `total` when the minimums do not: the widest columns are cut down to one cap, the others
/// keep their minimum — so that one word too wide for any column (a 60-letter name) is cut where it stands, and not
/// every word of the table with it. Where even equal shares are too wide, equal shares.
std::vector<double> capped_alike(const std::vector<double>& min, double total) {
  std::vector<double> sorted = min;
  std::sort(sorted.begin(), sorted.end());
  const auto n = static_cast<double>(sorted.size());
  double below = 0;  // the sum of the columns narrower than the cap
  double cap = total / n;
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    // With the k narrowest columns at their minimum, the others share what is left.
    const double share = (total - below) / (n - static_cast<double>(k));
    if (share <= sorted[k]) {
      cap = share;
      break;
    }
    below += sorted[k];
  }
  std::vector<double> out(min.size());
  for (std::size_t c = 0; c < min.size(); ++c) out[c] = std::min(min[c], cap);
  return out;
}

/// The same, keeping the columns of figures whole: an amount cut in two reads as two amounts, so the text columns
/// give up their width first (their words are cut where they stand, with an overfull warning). Only when the figures
/// alone are too wide is every column capped alike.
std::vector<double> capped(const std::vector<double>& min, const std::vector<bool>& figures, double total) {
  double kept = 0;
  std::vector<double> text;
  for (std::size_t c = 0; c < min.size(); ++c) {
    if (figures[c]) {
      kept += min[c];
    } else {
      text.push_back(min[c]);
    }
  }
  if (text.empty() || kept >= total) return capped_alike(min, total);
  const std::vector<double> text_widths = capped_alike(text, total - kept);
  std::vector<double> out(min.size());
  for (std::size_t c = 0, t = 0; c < min.size(); ++c) out[c] = figures[c] ? min[c] : text_widths[t++];
  return out;
}

/// Gives `rest` to the columns below their preferred widths, in proportion to what they lack, then what remains in
/// proportion to the preferred widths.
void give_rest(std::vector<double>& widths, const std::vector<double>& preferred, double rest) {
  double lacking = 0;
  for (std::size_t c = 0; c < widths.size(); ++c) lacking += std::max(0.0, preferred[c] - widths[c]);
  if (lacking > epsilon) {
    const double given = std::min(rest, lacking);
    for (std::size_t c = 0; c < widths.size(); ++c) {
      widths[c] += given * std::max(0.0, preferred[c] - widths[c]) / lacking;
    }
    rest -= given;
  }
  if (rest <= epsilon) return;
  const double total = sum(preferred);
  for (std::size_t c = 0; c < widths.size(); ++c) {
    widths[c] += rest * (total > 0 ? preferred[c] / total : 1.0 / static_cast<double>(widths.size()));
  }
}

/// Widening, step by step, the column that saves the most per point. Each step weighs, for every column, the
/// nearest widths at which one of its cells needs a line less (or hyphenates no more) and coarser widenings (an
/// eighth, a quarter, half and all of what is left): a column whose cells are each in a row set by another column
/// saves nothing at its nearest threshold, but much over twenty points.
double widen_where_it_saves(std::vector<double>& widths, double rest, HeightEstimate& estimate) {
  double current = estimate.set_widths(widths);
  std::vector<double> trials;
  for (int step = 0; step < most_steps && rest > epsilon; ++step) {
    int best_col = -1;
    double best_rate = 0, best_width = 0;
    for (int c = 0; c < static_cast<int>(widths.size()); ++c) {
      if (!estimate.could_gain(c)) continue;  // its cells are on one line each already: width there saves nothing
      const double now = widths[static_cast<std::size_t>(c)];
      estimate.thresholds(c, thresholds_weighed, trials);
      for (double part : {rest / 8, rest / 4, rest / 2, rest}) trials.push_back(now + part);
      for (double wider : trials) {
        if (wider - now > rest + epsilon || wider - now < epsilon) continue;
        const double rate = (current - estimate.with_column(c, wider)) / (wider - now);
        if (rate > best_rate + epsilon) {
          best_col = c;
          best_rate = rate;
          best_width = wider;
        }
      }
    }
    if (best_col < 0) break;
    rest -= best_width - widths[static_cast<std::size_t>(best_col)];
    widths[static_cast<std::size_t>(best_col)] = best_width;
    current = estimate.set_widths(widths);
  }
  return std::max(0.0, rest);
}

}  // namespace

compose::Span continuation_mark_span(const compose::Table& table, const compose::TableCell& cell) {
  compose::Span mark = cell.spans.empty() ? compose::Span{} : cell.spans.back();
  mark.text = table.continuation_mark;
  mark.underline = false;
  mark.keep_together = true;
  return mark;
}

FittedColumns fit_columns(const ColumnFitting& in) {
  const std::vector<double>& preferred = in.table.column_widths;
  const int columns = static_cast<int>(preferred.size());
  std::vector<double> widths(preferred.size(), 0);
  if (columns == 0) return {widths};
  for (std::size_t c = 0; c < preferred.size(); ++c) widths[c] = std::max(0.0, preferred[c]);
  const double total = sum(widths);
  Demands demands = Measurer(in, columns).measure();
  // A table whose narrowest widths, every kode whole, take more than roomy_share of it is set smaller (before a
  // kode is broken at its dots); one set smaller already, too narrow for its words even so, is cut.
  const double need = sum(demands.codes_whole);
  if (in.may_shrink ? need > roomy_share * total + epsilon
                    : need > total + epsilon && sum(demands.min) > total + epsilon) {
    // Widths, type and padding scale together: at total / need of its size, what the cells need is the width
    // there is (a hair less, for rounding).
    return {capped(demands.min, demands.figures, total),
            in.may_shrink ? std::max(smallest_table_scale, roomy_share * total / need) : 1.0};
  }
  // From the narrowest widths that cut nothing (hyphenating where cells allow it), widening where it saves height
  // or spares hyphens the most.
  // A kode is broken only when the columns cannot hold every kode whole.
  widths = need <= total + epsilon ? demands.codes_whole : demands.min;
  HeightEstimate estimate(std::move(demands.estimated), std::min(in.body.rows, estimated_rows), in.header.rows,
                          columns, std::max(0.1, in.table.line_height), std::max(0.0, in.table.padding));
  // The header is drawn on every page: its height counts as often as the rows estimated fill pages.
  estimate.set_widths(widths);
  estimate.set_header_weight(estimate.pages(in.page_room));
  const double rest = widen_where_it_saves(widths, total - sum(widths), estimate);
  give_rest(widths, preferred, rest);
  return {widths};
}

}  // namespace naskah::layout::detail
