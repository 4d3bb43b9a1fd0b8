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
  for (std::size_t i = 0; i < cells_.size(); ++i) {
    const EstimatedCell& cell = cells_[i];
    for (int c = cell.col; c < cell.end_col && c < columns; ++c) by_column_[static_cast<std::size_t>(c)].push_back(i);
    if (cell.row == cell.last_row) {
      by_row_[row_index(cell, cell.row)].push_back(i);
    } else {
      spanning_.push_back(i);
    }
  }
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

double HeightEstimate::objective(const std::vector<double>& rows, double hyphenated, double lines,
                                 const std::vector<std::pair<std::size_t, double>>& spanning_heights) const {
  // Prefix sums of the rows, for what spanning cells add.
  std::vector<double>& before = row_sums_;
  before.assign(rows.size() + 1, 0);
  for (std::size_t r = 0; r < rows.size(); ++r) before[r + 1] = before[r] + rows[r];
  double header = before[static_cast<std::size_t>(header_rows_)];
  double body = before.back() - header;
  // Spanning cells in order of index, as spanning_heights lists its changes.
  auto change = spanning_heights.begin();
  for (std::size_t i : spanning_) {
    const EstimatedCell& cell = cells_[i];
    double h = heights_[i];
    if (change != spanning_heights.end() && change->first == i) h = (change++)->second;
    const std::size_t first = row_index(cell, cell.row);
    const std::size_t last = row_index(cell, cell.last_row);
    (cell.header ? header : body) += std::max(0.0, h - (before[last + 1] - before[first]));
  }
  return body + header_weight_ * header +
         line_height_ * (hyphenation_cost * hyphenated + line_cost * lines);
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
  return objective(rows_, hyphenated_, total_lines_, {});
}

double HeightEstimate::with_column(int col, double width) const {
  // The trial's heights go into a copy of the heights only for the column's cells; everything else is as set.
  std::vector<double>& rows = trial_rows_;
  rows = rows_;
  double hyphenated = hyphenated_;
  double lines = total_lines_;
  std::vector<std::pair<std::size_t, double>>& changed = trial_changed_;
  changed.clear();
  for (std::size_t i : by_column_[static_cast<std::size_t>(col)]) {
    const EstimatedCell& cell = cells_[i];
    const double after = cell_width(cell, col, width);
    hyphenated += cell_hyphens(cell, after) - hyphens_[i];
    const double now = cell_lines(cell, after);
    lines += now - lines_[i];
    changed.emplace_back(i, height_of_lines(now));
  }
  // Rows with a changed single-row cell: their tallest cell again. Only one cell of a row covers the column, so
  // the row's other cells keep their heights.
  std::vector<std::pair<std::size_t, double>>& spanning = trial_spanning_;
  spanning.clear();
  for (const auto& [i, h] : changed) {
    const EstimatedCell& cell = cells_[i];
    if (cell.row != cell.last_row) {
      spanning.emplace_back(i, h);
      continue;
    }
    const std::size_t r = row_index(cell, cell.row);
    rows[r] = std::max(h, row_tallest_[r] == i ? row_second_[r] : rows_[r]);
  }
  return objective(rows, hyphenated, lines, spanning);
}

bool HeightEstimate::could_gain(int col) const {
  for (std::size_t i : by_column_[static_cast<std::size_t>(col)]) {
    if (lines_[i] > 1 || hyphens_[i] > 0) return true;
  }
  return false;
}

std::vector<double> HeightEstimate::thresholds(int col, std::size_t count) const {
  std::vector<double> out;
  const double now = widths_[static_cast<std::size_t>(col)];
  const double content = std::max(1.0, now - 2 * padding_) * fill;
  for (std::size_t i : by_column_[static_cast<std::size_t>(col)]) {
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
  std::vector<double> steps;
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
  return steps;
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
