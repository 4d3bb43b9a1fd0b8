#pragma once
/// Reading a spreadsheet saved as CSV (RFC 4180), as Excel and LibreOffice write it: UTF-8 with or without a byte
/// order mark, fields separated by ';' (Excel in Indonesian and other decimal-comma locales), ',' or a tab (detected
/// from the header row, else from the first row), quoted fields holding separators, doubled quotes and line breaks,
/// rows ended by CRLF, LF or CR.
///
/// Places are those of the spreadsheet — row r, column c, from 1 — not of the file's lines: a quoted field with
/// line breaks is one cell of one row.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/diag/diagnostic.hpp"

namespace naskah::plan {

struct CsvTable {
  char separator = ',';
  /// The rows in order, each its cells' text as written (quotes removed, doubled quotes undone); rows[r - 1][c - 1]
  /// is the cell of row r, column c. A row may have fewer cells than another: the rest are empty.
  std::vector<std::vector<std::string>> rows;
};

/// Whether a cell names a column the caller knows ("Sub Kegiatan"): how the header row is told from title rows above it.
using ColumnNames = std::function<bool(const std::string& cell)>;

/// Reads CSV text, reporting every problem as `file:row:column: error: … [rule]`: a quote inside a field that does
/// not start with one, text after a closing quote, a quoted field never closed ([csv-syntax]); text that is not UTF-8
/// ([encoding]; reading stops there, as every later cell of a Windows-1252 file would be wrong too). The table holds
/// what could be read either way; a caller uses it only when the diagnostics have no error.
///
/// The separator is the one of ';', ',' and a tab that makes one of the first 50 rows name the most columns by
/// `names_column` (two at least), so that title rows above the header do not decide it; without such a row (or
/// without `names_column`), the one the first row holds most of.
CsvTable read_csv(std::string_view text, const std::string& file, diag::Diagnostics& out,
                  const ColumnNames& names_column = {});

}  // namespace naskah::plan
