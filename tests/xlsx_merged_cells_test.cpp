// Merged ranges read as they are seen: the first cell holds the text, the others are left out.

#include <catch2/catch.hpp>

#include <chrono>

#include "../src/plan/xlsx_merged_cells.hpp"

using namespace naskah::plan::detail;
using naskah::diag::CellPlace;

namespace {

std::vector<PlacedCell> cells(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& places) {
  std::vector<PlacedCell> out;
  for (auto [row, column] : places) out.push_back({{row, column}, false});
  return out;
}

std::vector<bool> covered(const std::vector<PlacedCell>& placed) {
  std::vector<bool> out;
  for (const PlacedCell& cell : placed) out.push_back(cell.covered);
  return out;
}

}  // namespace

TEST_CASE("a range is two corners, in either order, or one cell", "[xlsx-merged]") {
  const std::optional<CellRange> range = parse_cell_range("B5:A2");
  REQUIRE(range);
  CHECK(range_name(*range) == "A2:B5");
  CHECK(range_name(*parse_cell_range("C3")) == "C3:C3");
  CHECK_FALSE(parse_cell_range("A2:"));
  CHECK_FALSE(parse_cell_range("A2:B0"));
  CHECK_FALSE(parse_cell_range("ranges"));
}

TEST_CASE("the cells a range covers are marked, its first cell not, nor cells beside it", "[xlsx-merged]") {
  // A2:A4 (a sasaran over three rows) and C2:D2 (a heading over two columns).
  std::vector<PlacedCell> placed =
      cells({{1, 1}, {2, 1}, {2, 2}, {2, 3}, {2, 4}, {2, 5}, {3, 1}, {3, 2}, {4, 1}, {5, 1}});
  std::vector<std::pair<CellRange, CellRange>> overlaps;
  mark_covered(placed, {*parse_cell_range("A2:A4"), *parse_cell_range("C2:D2")}, overlaps);
  CHECK(covered(placed) == std::vector<bool>{false, false, false, false, true, false, true, false, true, false});
  CHECK(overlaps.empty());
}

TEST_CASE("ranges that overlap are given back, the later one passed over", "[xlsx-merged]") {
  std::vector<PlacedCell> placed = cells({{1, 1}, {2, 2}, {3, 3}});
  std::vector<std::pair<CellRange, CellRange>> overlaps;
  mark_covered(placed, {*parse_cell_range("A1:B2"), *parse_cell_range("B2:C3")}, overlaps);
  REQUIRE(overlaps.size() == 1);
  CHECK(range_name(overlaps[0].first) == "A1:B2");
  CHECK(range_name(overlaps[0].second) == "B2:C3");
  CHECK(covered(placed) == std::vector<bool>{false, true, false});
}

TEST_CASE("ranges of whole columns over a whole sheet cost no more than small ones", "[xlsx-merged]") {
  // 16,384 ranges, each a whole column, over 100,000 rows of two cells: one pass, not ranges × rows.
  std::vector<CellRange> ranges;
  for (std::uint32_t c = 1; c <= naskah::diag::max_sheet_column; ++c) {
    ranges.push_back({{1, c}, {naskah::diag::max_sheet_row, c}});
  }
  std::vector<PlacedCell> placed;
  for (std::uint32_t r = 1; r <= 100'000; ++r) {
    placed.push_back({{r, 1}, false});
    placed.push_back({{r, 16'000}, false});
  }
  std::vector<std::pair<CellRange, CellRange>> overlaps;
  const auto start = std::chrono::steady_clock::now();
  mark_covered(placed, ranges, overlaps);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
  CHECK_FALSE(placed[0].covered);
  CHECK_FALSE(placed[1].covered);
  CHECK(placed[2].covered);
  CHECK(placed.back().covered);
  CHECK(overlaps.empty());
}
