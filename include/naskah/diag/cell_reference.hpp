#pragma once
/// Cells named as spreadsheets name them (A1 notation): column A to XFD, then the row — "T12" is row 12 of column 20
/// — and a cell of another sheet after the sheet's name and '!', the name in single quotes when it holds anything but
/// letters, digits and '_' or starts with a digit ("'Lampiran RKT'!B4", a quote in it doubled). Diagnostics of a
/// workbook name their cell so (lampiran.xlsx:Sheet1!T12), and the workbook reader reads the cells' references.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace naskah::diag {

/// The largest row and column of a sheet, Excel's and LibreOffice's: 1,048,576 rows, 16,384 columns (XFD).
inline constexpr std::uint32_t max_sheet_row = 1'048'576;
inline constexpr std::uint32_t max_sheet_column = 16'384;

/// Column 1 → "A", 26 → "Z", 27 → "AA", 16384 → "XFD".
std::string column_letters(std::uint32_t column);

/// (12, 20) → "T12".
std::string cell_name(std::uint32_t row, std::uint32_t column);

/// "Sheet1" → "Sheet1"; "Lampiran RKT" → "'Lampiran RKT'"; "Rekap '24" → "'Rekap ''24'".
std::string sheet_reference(std::string_view sheet);

struct CellPlace {
  std::uint32_t row = 0;
  std::uint32_t column = 0;
};

/// "T12" → row 12, column 20 (letters in either case); nothing for anything else, or a cell past XFD1048576.
std::optional<CellPlace> parse_cell_name(std::string_view name);

/// The column of a reference without its row ("T" → 20), or nothing.
std::optional<std::uint32_t> parse_column_letters(std::string_view letters);

}  // namespace naskah::diag
