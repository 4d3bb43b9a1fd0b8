#include "naskah/plan/cell_table.hpp"

#include <algorithm>

namespace naskah::plan {

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

std::vector<std::string> SheetRow::dense() const {
  std::vector<std::string> out(cells.empty() ? 0 : cells.back().column);
  for (const SheetCell& cell : cells) out[cell.column - 1] = cell.text;
  return out;
}

CellTable cell_table(const CsvTable& csv) {
  CellTable table;
  for (std::size_t r = 0; r < csv.rows.size(); ++r) {
    SheetRow row{static_cast<std::uint32_t>(r + 1), {}};
    for (std::size_t c = 0; c < csv.rows[r].size(); ++c) {
      if (!is_blank(csv.rows[r][c])) row.cells.push_back({static_cast<std::uint32_t>(c + 1), csv.rows[r][c]});
    }
    if (!row.cells.empty()) table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace naskah::plan
