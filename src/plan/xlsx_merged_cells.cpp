#include "xlsx_merged_cells.hpp"

#include <algorithm>
#include <map>
#include <queue>
#include <string>
#include <utility>

namespace naskah::plan::detail {

std::string range_name(const CellRange& range) {
  return diag::cell_name(range.first.row, range.first.column) + ":" +
         diag::cell_name(range.last.row, range.last.column);
}

std::optional<CellRange> parse_cell_range(std::string_view text) {
  const std::size_t colon = text.find(':');
  const std::optional<diag::CellPlace> a = diag::parse_cell_name(text.substr(0, colon));
  const std::optional<diag::CellPlace> b =
      colon == std::string_view::npos ? a : diag::parse_cell_name(text.substr(colon + 1));
  if (!a || !b) return std::nullopt;
  return CellRange{{std::min(a->row, b->row), std::min(a->column, b->column)},
                   {std::max(a->row, b->row), std::max(a->column, b->column)}};
}

void mark_covered(std::vector<PlacedCell>& cells, std::vector<CellRange> ranges,
                  std::vector<std::pair<CellRange, CellRange>>& overlaps) {
  std::sort(ranges.begin(), ranges.end(), [](const CellRange& a, const CellRange& b) {
    return std::pair(a.first.row, a.first.column) < std::pair(b.first.row, b.first.column);
  });
  std::map<std::uint32_t, const CellRange*> open;  // the ranges over the current row, by first column; disjoint
  // The open ranges by their last row, the first to close on top, to close them without walking all of them.
  using Closing = std::pair<std::uint32_t, const CellRange*>;
  std::priority_queue<Closing, std::vector<Closing>, std::greater<>> closing;
  std::size_t next = 0;
  for (PlacedCell& cell : cells) {
    const std::uint32_t row = cell.place.row;
    while (!closing.empty() && closing.top().first < row) {
      const CellRange* range = closing.top().second;
      closing.pop();
      if (auto at = open.find(range->first.column); at != open.end() && at->second == range) open.erase(at);
    }
    for (; next < ranges.size() && ranges[next].first.row <= row; ++next) {
      const CellRange& range = ranges[next];
      if (range.last.row < row) continue;  // over rows that hold nothing
      auto after = open.lower_bound(range.first.column);
      const CellRange* clash = nullptr;
      if (after != open.end() && after->second->first.column <= range.last.column) clash = after->second;
      if (after != open.begin() && std::prev(after)->second->last.column >= range.first.column) {
        clash = std::prev(after)->second;
      }
      if (clash != nullptr) {
        overlaps.emplace_back(*clash, range);
        continue;
      }
      open.emplace(range.first.column, &range);
      closing.emplace(range.last.row, &range);
    }
    auto at = open.upper_bound(cell.place.column);
    if (at == open.begin()) continue;
    const CellRange& range = *std::prev(at)->second;
    const bool first = cell.place.row == range.first.row && cell.place.column == range.first.column;
    cell.covered = cell.place.column <= range.last.column && !first;
  }
}

}  // namespace naskah::plan::detail
