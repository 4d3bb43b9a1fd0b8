#pragma once
/// A spreadsheet's cells as the annex reader takes them, whatever file they came from: rows of text cells, each at
/// its place — row and column, from 1 — and, for a workbook, the sheet they stand on. A CSV file and a sheet of an
/// .xlsx workbook become the same table (csv_reader, xlsx_reader), so that both are read by one reader
/// (annex_import) into the same plan with the same diagnostics; only the place differs (a.csv:12:20 and
/// a.xlsx:Sheet1!T12).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/csv_reader.hpp"

namespace naskah::plan {

struct SheetCell {
  std::uint32_t column = 0;
  std::string text;  ///< as the cell holds it (a workbook's numbers as annex_import reads them: xlsx_number.hpp)
};

struct SheetRow {
  std::uint32_t row = 0;
  std::vector<SheetCell> cells;  ///< those that hold something, by increasing column

  /// The cells as a list indexed by column − 1, the empty ones empty, up to the last cell.
  [[nodiscard]] std::vector<std::string> dense() const;
};

struct CellTable {
  std::string sheet;            ///< the workbook's sheet the cells are on; empty for a CSV file
  std::vector<SheetRow> rows;   ///< the rows that hold a cell, by increasing row

  /// The place of a cell, for a diagnostic.
  [[nodiscard]] diag::SourceLocation place(const std::string& file, std::uint32_t row, std::uint32_t column) const {
    return {file, row, column, sheet};
  }
};

/// Whether a cell's text is empty or only white space (spaces, tabs, line breaks): a cell that holds nothing.
bool is_blank(std::string_view text);

/// The cells of a CSV table that hold something, at their row and column.
CellTable cell_table(const CsvTable& csv);

}  // namespace naskah::plan
