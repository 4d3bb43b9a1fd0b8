// The height estimate that column fitting minimises (src/layout/table_height_estimate): what a width costs in rows
// and in hyphens, on cells described directly by their lines' and words' widths.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "../src/layout/table_height_estimate.hpp"

using namespace naskah::layout::detail;

namespace {

constexpr double padding = 2;
constexpr double line_height = 10;

/// A body cell of column `col` over rows [row, last_row], one forced line `line` points wide, with `words`.
EstimatedCell text_cell(int col, int row, int last_row, double line, std::vector<double> words) {
  std::sort(words.begin(), words.end(), [](double a, double b) { return a > b; });
  return EstimatedCell{false, row, last_row, col, col + 1, {line}, std::move(words)};
}

/// The estimate of two columns over ten rows: column 0 one cell spanning them all, column 1 a short cell a row.
HeightEstimate spanning_name(std::vector<double> words) {
  std::vector<EstimatedCell> cells;
  double line = 0;
  for (double w : words) line += w + 3;
  cells.push_back(text_cell(0, 0, 9, line, std::move(words)));
  for (int r = 0; r < 10; ++r) cells.push_back(text_cell(1, r, r, 20, {20}));
  return HeightEstimate(std::move(cells), 10, 0, 2, line_height, padding);
}

}  // namespace

TEST_CASE("a name spanning rows costs by its hyphenated lines, a word chopped into syllables the most",
          "[table][columns]") {
  // "Bidang Pembinaan Sekolah Dasar" as 6, 9, 7 and 5 letters of 5 pt: its rows are set by the other column, so
  // only its hyphens make a width worth anything.
  HeightEstimate estimate = spanning_name({30, 45, 35, 25});
  estimate.set_widths({30, 100});
  const double narrow = estimate.with_column(0, 30);  // "Pem-/bi-/naan", "Bi-/dang", "Se-/kolah"
  const double once = estimate.with_column(0, 42);    // only "Pembina-/an"
  const double whole = estimate.with_column(0, 49);   // every word whole
  CHECK(narrow > once);
  CHECK(once > whole);
  // The width at which its last hyphenated word fits whole is one of the widths weighed next.
  estimate.set_widths({42, 100});
  const std::vector<double> next = estimate.thresholds(0, 4);
  CHECK(std::any_of(next.begin(), next.end(), [](double w) { return w == Approx(45 + 2 * padding).margin(0.01); }));
}

TEST_CASE("three hyphenated words cost more than one: hyphens are counted, not hyphenated cells", "[table][columns]") {
  HeightEstimate one = spanning_name({45, 10, 10});
  HeightEstimate three = spanning_name({45, 45, 45});
  one.set_widths({49, 100});
  three.set_widths({49, 100});
  const double one_saved = one.with_column(0, 42) - one.with_column(0, 49);
  const double three_saved = three.with_column(0, 42) - three.with_column(0, 49);
  CHECK(one_saved > 0);
  CHECK(three_saved > 2 * one_saved);  // the line each saves is the same
}

TEST_CASE("a trial on one column estimates what setting every width anew estimates", "[table][columns]") {
  // Random tables of nested spans (a name over several rows, a second level inside it, single-row cells beside),
  // a header with a cell over two of its rows and over two columns: a trial changes only the column's cells, the
  // rows they set and the spanning cells over those rows, and must come to the same estimate as the whole table.
  std::mt19937 random(20241205);
  std::uniform_real_distribution<double> text(5, 160);
  for (int table = 0; table < 40; ++table) {
    INFO("table " << table);
    const int rows = 3 + table % 9;
    std::vector<EstimatedCell> cells;
    cells.push_back(EstimatedCell{true, 0, 1, 0, 1, {text(random)}, {}});
    cells.push_back(EstimatedCell{true, 0, 0, 1, 3, {text(random)}, {}});
    cells.push_back(EstimatedCell{true, 1, 1, 1, 2, {text(random)}, {}});
    cells.push_back(EstimatedCell{true, 1, 1, 2, 3, {text(random)}, {}});
    cells.push_back(text_cell(0, 0, rows - 1, text(random), {text(random) / 3, text(random) / 4}));
    // The second level: cells over two or three rows, every other one a single row in some tables.
    for (int from = 0, n = 0; from < rows; ++n) {
      const int to = table % 3 == 0 && n % 2 == 1 ? from : std::min(rows - 1, from + 1 + table % 2);
      cells.push_back(text_cell(1, from, to, text(random), {text(random) / 2}));
      from = to + 1;
    }
    for (int r = 0; r < rows; ++r) {
      cells.push_back(text_cell(2, r, r, text(random), {text(random) / 2}));
    }
    HeightEstimate estimate(cells, rows, 2, 3, line_height, padding);
    estimate.set_header_weight(1.5);
    const std::vector<double> widths = {40, 55, 70};
    const double start = estimate.set_widths(widths);
    for (int col = 0; col < 3; ++col) {
      for (double width : {12.0, 30.0, 40.0, 55.0, 90.0, 200.0}) {
        INFO("column " << col << " at " << width);
        const double trial = estimate.with_column(col, width);
        HeightEstimate whole(cells, rows, 2, 3, line_height, padding);
        whole.set_header_weight(1.5);
        std::vector<double> changed = widths;
        changed[static_cast<std::size_t>(col)] = width;
        CHECK(trial == Approx(whole.set_widths(changed)).epsilon(1e-12));
      }
    }
    CHECK(estimate.with_column(0, widths[0]) == Approx(start).epsilon(1e-12));
  }
}
