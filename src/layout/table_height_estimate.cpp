#include "table_height_estimate.hpp"

#include <algorithm>
#include <cmath>

namespace naskah::layout::detail {
namespace {

constexpr double epsilon = 1e-6;
/// Lines are not filled to the last point: a line holds about this much of the width's text.
constexpr double fill = 0.92;
/// What a hyphen costs, in lines of height: a column is worth its width where it spares 0.15 of a line per hyphen
/// (0.12 to 0.18 give the 500 plan's annex the same widths on F4; 0.2 gives it 5 pages more, for 3% fewer hyphens).
/// Counted per hyphenated line (cell_hyphens), not per hyphenated cell: a name spanning many rows, which saves no
/// height however wide, was otherwise left at its narrowest and read "Bi-/dang Pem-/bi-/naan Se-/kolah Dasar".
constexpr double hyphenation_cost = 0.15;
/// How much of a line the pieces of a word hyphenated at its syllables fill.
constexpr double syllable_fill = 0.75;
/// What a line of a cell costs beyond the height of its row: where width saves no height, it goes where it keeps
/// a cell's text on fewer lines ("Tidak Tercapai" on one).
constexpr double line_cost = 0.005;
/// The finest step of a column's width, in points.
constexpr double threshold_grain = 1;

/// The hyphens a word `word` points wide needs on lines `content` points wide: none when it fits. A word wider than
/// the line is cut at its syllables, which fill a line less than words do: in pieces of about syllable_fill of it.
double word_cuts(double word, double content) {
  if (word <= content + epsilon) return 0;
  return std::ceil(word / (content * syllable_fill) - epsilon) - 1;
}

}  // namespace

HeightEstimate::HeightEstimate(std::vector<EstimatedCell> cells, int body_rows, int header_rows, int columns,
                               double line_height, double padding)
    : cells_(std::move(cells)), body_rows_(body_rows), header_rows_(header_rows), line_height_(line_height),
      padding_(padding) {
  by_column_.resize(static_cast<std::size_t>(std::max(0, columns)));
  by_row_.resize(static_cast<std::size_t>(header_rows_ + body_rows_));
  covering_.resize(by_row_.size());
  spanning_at_.assign(cells_.size(), cells_.size());
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    const EstimatedCell& cell = cells_[i];
    for (int c = cell.col; c < cell.end_col && c < columns; ++c) by_column_[static_cast<std::size_t>(c)].push_back(i);
    if (cell.row == cell.last_row) {
      by_row_[row_index(cell, cell.row)].push_back(i);
    } else {
      spanning_at_[i] = spanning_.size();
      for (std::size_t r = row_index(cell, cell.row); r <= row_index(cell, cell.last_row); ++r) {
        covering_[r].push_back(spanning_.size());
      }
      spanning_.push_back(i);
    }
  }
  trial_seen_.assign(spanning_.size(), 0);
}

std::size_t HeightEstimate::row_index(const EstimatedCell& cell, int row) const {
  return static_cast<std::size_t>(cell.header ? row : header_rows_ + row);
}

double HeightEstimate::cell_lines(const EstimatedCell& cell, double width) const {
  const double content = std::max(1.0, width - 2 * padding_) * fill;
  double lines = 0;
  for (double line : cell.lines) lines += std::max(1.0, std::ceil(line / content - epsilon));
  return std::max(1.0, lines);
}

double HeightEstimate::cell_hyphens(const EstimatedCell& cell, double width) const {
  // Each word weighs the square of its hyphens, so that a word chopped into syllables ("Pem-/bi-/naan") costs
  // more than as many long words hyphenated once each.
  const double content = std::max(1.0, width - 2 * padding_);
  double hyphens = 0;
  for (double word : cell.words) {
    const double cuts = word_cuts(word, content);
    if (cuts <= 0) break;  // widest first: the rest fit too
    hyphens += cuts * cuts;
  }
  return hyphens;
}

double HeightEstimate::height_of_lines(double lines) const { return lines * line_height_ + 2 * padding_; }

double HeightEstimate::cell_width(const EstimatedCell& cell, int col, double width) const {
  double w = 0;
  for (int c = cell.col; c < cell.end_col; ++c) w += c == col ? width : widths_[static_cast<std::size_t>(c)];
  return w;
}

double HeightEstimate::objective(double header, double body, double hyphenated, double lines) const {
  return body + header_weight_ * header + line_height_ * (hyphenation_cost * hyphenated + line_cost * lines);
}

double HeightEstimate::set_widths(const std::vector<double>& widths) {
  widths_ = widths;
  heights_.assign(cells_.size(), 0);
  lines_.assign(cells_.size(), 0);
  hyphens_.assign(cells_.size(), 0);
  hyphenated_ = 0;
  total_lines_ = 0;
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    const double width = cell_width(cells_[i], -1, 0);
    lines_[i] = cell_lines(cells_[i], width);
    heights_[i] = height_of_lines(lines_[i]);
    total_lines_ += lines_[i];
    hyphens_[i] = cell_hyphens(cells_[i], width);
    hyphenated_ += hyphens_[i];
  }
  rows_.assign(by_row_.size(), 0);
  row_tallest_.assign(by_row_.size(), cells_.size());
  row_second_.assign(by_row_.size(), 0);
  for (std::size_t r = 0; r < by_row_.size(); ++r) {
    for (std::size_t i : by_row_[r]) {
      if (heights_[i] > rows_[r] || row_tallest_[r] == cells_.size()) {
        row_second_[r] = rows_[r];
        rows_[r] = std::max(rows_[r], heights_[i]);
        row_tallest_[r] = i;
      } else {
        row_second_[r] = std::max(row_second_[r], heights_[i]);
      }
    }
  }
  could_change_.resize(by_column_.size());
  for (std::size_t c = 0; c < by_column_.size(); ++c) {
    could_change_[c].clear();
    for (std::size_t i : by_column_[c]) {
      if (lines_[i] > 1 || hyphens_[i] > 0) could_change_[c].push_back(i);
    }
  }
  row_sums_.assign(rows_.size() + 1, 0);
  for (std::size_t r = 0; r < rows_.size(); ++r) row_sums_[r + 1] = row_sums_[r] + rows_[r];
  header_ = row_sums_[static_cast<std::size_t>(header_rows_)];
  body_ = row_sums_.back() - header_;
  // What each spanning cell adds where it is taller than the rows it spans.
  extras_.assign(spanning_.size(), 0);
  for (std::size_t k = 0; k < spanning_.size(); ++k) {
    const EstimatedCell& cell = cells_[spanning_[k]];
    const double spanned = row_sums_[row_index(cell, cell.last_row) + 1] - row_sums_[row_index(cell, cell.row)];
    extras_[k] = std::max(0.0, heights_[spanning_[k]] - spanned);
    (cell.header ? header_ : body_) += extras_[k];
  }
  return objective(header_, body_, hyphenated_, total_lines_);
}

double HeightEstimate::with_column(int col, double width) const {
  double hyphenated = hyphenated_;
  double lines = total_lines_;
  double header = header_, body = body_;
  // The column's cells at the width: single-row ones change their row's height, spanning ones their own.
  trial_rows_.clear();
  trial_spanning_.clear();
  ++trial_;
  // Narrower, any cell of the column may change.
  const auto c = static_cast<std::size_t>(col);
  for (std::size_t i : width >= widths_[c] ? could_change_[c] : by_column_[c]) {
    const EstimatedCell& cell = cells_[i];
    const double after = cell_width(cell, col, width);
    hyphenated += cell_hyphens(cell, after) - hyphens_[i];
    const double now = cell_lines(cell, after);
    lines += now - lines_[i];
    const double height = height_of_lines(now);
    if (cell.row != cell.last_row) {
      trial_seen_[spanning_at_[i]] = trial_;
      trial_spanning_.emplace_back(spanning_at_[i], height);
      continue;
    }
    // Only one cell of a row covers the column, so the row's other cells keep their heights.
    const std::size_t r = row_index(cell, cell.row);
    const double row = std::max(height, row_tallest_[r] == i ? row_second_[r] : rows_[r]);
    if (row == rows_[r]) continue;
    trial_rows_.emplace_back(r, row - rows_[r]);
    (cell.header ? header : body) += row - rows_[r];
  }
  // The spanning cells over a changed row weigh again too, at their own height.
  for (const auto& [r, change] : trial_rows_) {
    for (std::size_t k : covering_[r]) {
      if (trial_seen_[k] == trial_) continue;
      trial_seen_[k] = trial_;
      trial_spanning_.emplace_back(k, heights_[spanning_[k]]);
    }
  }
  if (!trial_spanning_.empty()) {
    // The rows' changes added up, in the order of the rows, for what each spanning cell spans now.
    if (!std::is_sorted(trial_rows_.begin(), trial_rows_.end())) std::sort(trial_rows_.begin(), trial_rows_.end());
    trial_row_sums_.assign(trial_rows_.size() + 1, 0);
    for (std::size_t n = 0; n < trial_rows_.size(); ++n) {
      trial_row_sums_[n + 1] = trial_row_sums_[n] + trial_rows_[n].second;
    }
    auto changes_before = [&](std::size_t row) {
      const auto at = std::lower_bound(trial_rows_.begin(), trial_rows_.end(), row,
                                       [](const std::pair<std::size_t, double>& change, std::size_t r) {
                                         return change.first < r;
                                       });
      return trial_row_sums_[static_cast<std::size_t>(at - trial_rows_.begin())];
    };
    for (const auto& [k, height] : trial_spanning_) {
      const EstimatedCell& cell = cells_[spanning_[k]];
      const std::size_t first = row_index(cell, cell.row);
      const std::size_t last = row_index(cell, cell.last_row);
      const double spanned =
          row_sums_[last + 1] - row_sums_[first] + changes_before(last + 1) - changes_before(first);
      (cell.header ? header : body) += std::max(0.0, height - spanned) - extras_[k];
    }
  }
  return objective(header, body, hyphenated, lines);
}

bool HeightEstimate::could_gain(int col) const { return !could_change_[static_cast<std::size_t>(col)].empty(); }

void HeightEstimate::thresholds(int col, std::size_t count, std::vector<double>& steps) const {
  std::vector<double>& out = found_thresholds_;
  out.clear();
  const double now = widths_[static_cast<std::size_t>(col)];
  const double content = std::max(1.0, now - 2 * padding_) * fill;
  for (std::size_t i : could_change_[static_cast<std::size_t>(col)]) {
    const EstimatedCell& cell = cells_[i];
    if (cell.end_col != cell.col + 1) continue;
    // Where a word of it needs a hyphen fewer, or none.
    const double content_now = std::max(1.0, now - 2 * padding_);
    for (double word : cell.words) {
      const double cuts = word_cuts(word, content_now);
      if (cuts <= 0) break;
      const double wider = std::min(word, word / (cuts * syllable_fill)) + 2 * padding_ + epsilon;
      if (wider > now + epsilon) out.push_back(wider);
    }
    for (double line : cell.lines) {
      const double lines = std::ceil(line / content - epsilon);
      if (lines <= 1) continue;
      const double wider = line / ((lines - 1) * fill) + 2 * padding_ + epsilon;
      if (wider > now + epsilon) out.push_back(wider);
    }
  }
  // Thresholds within a point of each other are one step, to the farthest of them: a table's widths need no finer
  // grain, and the search takes a step a threshold otherwise.
  std::sort(out.begin(), out.end());
  steps.clear();
  for (double wider : out) {
    if (!steps.empty() && wider - steps.back() < threshold_grain) {
      steps.back() = wider;
    } else if (steps.empty() && wider - now < threshold_grain) {
      steps.push_back(std::max(wider, now + threshold_grain));
    } else {
      steps.push_back(wider);
    }
    if (steps.size() > count) break;
  }
  if (steps.size() > count) steps.resize(count);
}

double HeightEstimate::pages(double page_room) const {
  if (page_room <= 0) return 1;
  double body = 0;
  for (std::size_t r = static_cast<std::size_t>(header_rows_); r < rows_.size(); ++r) body += rows_[r];
  double header = 0;
  for (std::size_t r = 0; r < static_cast<std::size_t>(header_rows_); ++r) header += rows_[r];
  return std::max(1.0, body / std::max(1.0, page_room - header));
}

}  // namespace naskah::layout::detail
