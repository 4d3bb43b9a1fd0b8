#pragma once
// Internal to layout/: how tall a table would be at given column widths, estimated quickly enough to be asked
// hundreds of times while its columns are tuned (table_columns.hpp). A cell's lines are its forced lines' natural
// widths over its width, as text fills lines; a row is as tall as its tallest single-row cell; a cell spanning rows
// adds what its rows lack; the header counts once per page; the hyphens a cell's words need at the width count
// 0.15 of a line each (a word cut twice, four), and every line of a cell a two-hundredth of one (where width saves
// no height, it keeps text on fewer lines). After the widths are set (set_widths), a trial that changes one column
// recomputes only that column's cells and the rows and spans they touch.

#include <cstddef>
#include <utility>
#include <vector>

namespace naskah::layout::detail {

struct EstimatedCell {
  bool header = false;
  int row = 0, last_row = 0;  ///< of its part (header or body), clipped to the rows estimated
  int col = 0, end_col = 0;
  std::vector<double> lines;  ///< natural widths of its forced lines
  std::vector<double> words;  ///< of a cell that may hyphenate: its words' widths, widest first (no padding)
};

class HeightEstimate {
 public:
  HeightEstimate(std::vector<EstimatedCell> cells, int body_rows, int header_rows, int columns, double line_height,
                 double padding);

  /// The header counts this many times (the pages the table takes).
  void set_header_weight(double weight) { header_weight_ = weight; }

  /// Makes `widths` the current widths; returns the estimate there.
  double set_widths(const std::vector<double>& widths);
  /// The estimate with column `col` at `width` and the others as set. Wider, the column's cells on one line each and
  /// unhyphenated stay as they are and are not gone through (the column fitting only ever widens).
  [[nodiscard]] double with_column(int col, double width) const;

  /// Whether widening column `col` could change anything: one of the cells touching it takes more than a line or
  /// hyphenates a word at the current widths.
  [[nodiscard]] bool could_gain(int col) const;

  /// The widths of column `col` above its current one at which one of its own cells needs a line less or no longer
  /// hyphenates, nearest first, at most `count`: put in `steps` (its memory kept from call to call).
  void thresholds(int col, std::size_t count, std::vector<double>& steps) const;
  [[nodiscard]] std::vector<double> thresholds(int col, std::size_t count) const {
    std::vector<double> steps;
    thresholds(col, count, steps);
    return steps;
  }

  /// Pages the table would take at the current widths, its body and header filling `page_room` points a page.
  [[nodiscard]] double pages(double page_room) const;

 private:
  [[nodiscard]] double cell_lines(const EstimatedCell& cell, double width) const;
  [[nodiscard]] double cell_hyphens(const EstimatedCell& cell, double width) const;
  [[nodiscard]] double height_of_lines(double lines) const;
  [[nodiscard]] double cell_width(const EstimatedCell& cell, int col, double width) const;
  /// The objective from the heights of the header and the body (rows and what spanning cells add), the number of
  /// hyphens and the cells' lines in all.
  [[nodiscard]] double objective(double header, double body, double hyphenated, double lines) const;
  [[nodiscard]] std::size_t row_index(const EstimatedCell& cell, int row) const;

  std::vector<EstimatedCell> cells_;
  int body_rows_;
  int header_rows_;
  double line_height_;
  double padding_;
  double header_weight_ = 1;

  std::vector<std::vector<std::size_t>> by_column_;  ///< cells touching each column
  std::vector<std::vector<std::size_t>> by_row_;     ///< single-row cells of each row (header rows first)
  std::vector<std::size_t> spanning_;                ///< cells spanning rows
  std::vector<std::size_t> spanning_at_;             ///< of each cell, its place in spanning_ (or none)
  std::vector<std::vector<std::size_t>> covering_;   ///< of each row, the places in spanning_ of the cells over it

  // At the current widths.
  std::vector<double> widths_;
  std::vector<double> heights_;  ///< of each cell
  std::vector<double> lines_;    ///< of each cell
  std::vector<double> hyphens_;  ///< of each cell, weighed as cell_hyphens says
  /// Of each column, its cells that a wider column could change: on more than a line, or hyphenated. A trial goes
  /// through these alone (in a plan's annex, the cells of a figure or a short name are most of a column's).
  std::vector<std::vector<std::size_t>> could_change_;
  double total_lines_ = 0;
  std::vector<double> rows_;     ///< of each row (header rows first): its tallest single-row cell
  std::vector<double> row_sums_;  ///< rows_ added up: the rows before each row
  std::vector<double> extras_;    ///< of each spanning cell, what it adds to the rows it spans
  double header_ = 0, body_ = 0;  ///< the header's and the body's heights, rows and extras
  /// Each row's tallest single-row cell and the height of the tallest other one: a trial that changes one cell of
  /// a row finds the row's new height without going through the row's other cells.
  std::vector<std::size_t> row_tallest_;
  std::vector<double> row_second_;
  double hyphenated_ = 0;

  // Working memory of with_column, kept from trial to trial: a table's column fitting tries thousands of widths.
  // A trial goes through the column's cells, the rows they change and the spanning cells over those rows, never
  // through the whole table. (An estimate belongs to one thread.)
  mutable std::vector<std::pair<std::size_t, double>> trial_rows_;      ///< changed rows and by how much, in order
  mutable std::vector<double> trial_row_sums_;                          ///< those changes added up
  mutable std::vector<std::pair<std::size_t, double>> trial_spanning_;  ///< spanning cells to weigh, new heights
  mutable std::vector<std::size_t> trial_seen_;                         ///< of each spanning cell, the last trial
  mutable std::size_t trial_ = 0;
  mutable std::vector<double> found_thresholds_;  ///< thresholds' working memory
};

}  // namespace naskah::layout::detail
