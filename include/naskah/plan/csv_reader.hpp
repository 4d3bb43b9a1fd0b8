#pragma once
/// Reading a spreadsheet saved as CSV (RFC 4180), as Excel and LibreOffice write it: UTF-8 with or without a byte
/// order mark, fields separated by ';' (Excel in Indonesian and other decimal-comma locales) or ',' (detected from
/// the first row), quoted fields holding separators, doubled quotes and line breaks, rows ended by CRLF, LF or CR.
///
/// Places are those of the spreadsheet — row r, column c, from 1 — not of the file's lines: a quoted field with
/// line breaks is one cell of one row.

#include <cstdint>
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

/// Reads CSV text, reporting every problem as `file:row:column: error: … [rule]`: a quote inside a field that does
/// not start with one, text after a closing quote, a quoted field never closed ([csv-syntax]); text that is not UTF-8
/// ([encoding]; reading stops there, as every later cell of a Windows-1252 file would be wrong too). The table holds
/// what could be read either way; a caller uses it only when the diagnostics have no error.
CsvTable read_csv(std::string_view text, const std::string& file, diag::Diagnostics& out);

}  // namespace naskah::plan
