#include "naskah/plan/csv_writer.hpp"

namespace naskah::plan {
namespace {

bool needs_quotes(const std::string& cell, char separator) {
  if (cell.find_first_of(std::string{separator, '"', '\n', '\r'}) != std::string::npos) return true;
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  return !cell.empty() && (space(cell.front()) || space(cell.back()));
}

}  // namespace

std::string write_csv(const std::vector<std::vector<std::string>>& rows, char separator) {
  std::string out = "\xEF\xBB\xBF";
  for (const std::vector<std::string>& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out += separator;
      const std::string& cell = row[c];
      if (!needs_quotes(cell, separator)) {
        out += cell;
        continue;
      }
      out += '"';
      for (char ch : cell) {
        if (ch == '"') out += '"';
        out += ch;
      }
      out += '"';
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace naskah::plan
