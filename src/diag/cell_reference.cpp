#include "naskah/diag/cell_reference.hpp"

#include <cctype>

namespace naskah::diag {

std::string column_letters(std::uint32_t column) {
  std::string letters;
  // Bijective base 26: there is no zero digit, A is 1 and Z is 26.
  for (; column > 0; column = (column - 1) / 26) {
    letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
  }
  return letters;
}

std::string cell_name(std::uint32_t row, std::uint32_t column) { return column_letters(column) + std::to_string(row); }

std::string sheet_reference(std::string_view sheet) {
  auto plain = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80) != 0; };
  bool quote = sheet.empty() || std::isdigit(static_cast<unsigned char>(sheet.front()));
  for (char c : sheet) quote = quote || !plain(c);
  if (!quote) return std::string(sheet);
  std::string out = "'";
  for (char c : sheet) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

std::optional<std::uint32_t> parse_column_letters(std::string_view letters) {
  if (letters.empty() || letters.size() > 3) return std::nullopt;
  std::uint32_t column = 0;
  for (char c : letters) {
    const char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper < 'A' || upper > 'Z') return std::nullopt;
    column = column * 26 + static_cast<std::uint32_t>(upper - 'A' + 1);
  }
  if (column > max_sheet_column) return std::nullopt;
  return column;
}

std::optional<CellPlace> parse_cell_name(std::string_view name) {
  std::size_t letters = 0;
  while (letters < name.size() && std::isalpha(static_cast<unsigned char>(name[letters]))) ++letters;
  const std::optional<std::uint32_t> column = parse_column_letters(name.substr(0, letters));
  const std::string_view row_text = name.substr(letters);
  if (!column || row_text.empty() || row_text.size() > 7 || row_text.front() == '0') return std::nullopt;
  std::uint32_t row = 0;
  for (char c : row_text) {
    if (c < '0' || c > '9') return std::nullopt;
    row = row * 10 + static_cast<std::uint32_t>(c - '0');
  }
  if (row > max_sheet_row) return std::nullopt;
  return CellPlace{row, *column};
}

}  // namespace naskah::diag
