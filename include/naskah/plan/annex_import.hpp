#pragma once
/// A rencana read from the annex's rows in a spreadsheet (docs/spreadsheets.md), as naskah import reads it: a
/// workbook's sheet or a CSV file, both as a CellTable (cell_table.hpp), so that both give the same rencana.
///
/// One row of the annex is one line of the matrix. A cell left empty repeats the one above it, as a merged cell of
/// a spreadsheet is saved (its text in its first row, nothing in the others): a row continues the sasaran, program,
/// kegiatan and sub kegiatan above it until one of their number, kode or name cells says otherwise. A new number (or
/// kode, or name, where there is no number) starts a new item; a cell that repeats the item's value is the same
/// item. Each indikator cell is an indikator of its own, its target beside it.
///
/// A figure that can be computed is not read as such: anggaran of a program or kegiatan and a JUMLAH or TOTAL row
/// are taken as the plan's stated figures, which naskah check compares with the sums (as in the plan format).

#include <optional>
#include <string>
#include <string_view>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/cell_table.hpp"
#include "naskah/plan/csv_reader.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::plan {

/// The rencana of the table's rows, its items' positions those of the spreadsheet (row and column); nothing when
/// any cell has an error — every one is reported at its cell (row and column, and sheet for a workbook), in the
/// order of the rows.
std::optional<Rencana> read_annex(const CellTable& table, const std::string& file, diag::Diagnostics& out);

/// read_csv, then read_annex.
std::optional<Rencana> read_annex_csv(std::string_view text, const std::string& file, diag::Diagnostics& out);

/// read_xlsx (the sheet named `sheet`, or the first), then read_annex.
std::optional<Rencana> read_annex_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                                       diag::Diagnostics& out);

/// The largest spreadsheet naskah reads, CSV or workbook (as large as the largest plan: some 300,000 rows of CSV).
inline constexpr std::size_t max_spreadsheet_bytes = 64u * 1024u * 1024u;

/// The rencana of a spreadsheet's bytes (a file's, or an upload's named `path`): a workbook (.xlsx) or CSV, told apart
/// by their content; larger than max_spreadsheet_bytes is a `limit` error.
std::optional<Rencana> read_annex_bytes(std::string_view bytes, const std::string& path, const std::string& sheet,
                                        diag::Diagnostics& out);

/// The rencana of the spreadsheet at `path`: a workbook (.xlsx) or CSV, told apart by their content, not by the
/// file's name. `sheet` names the workbook's sheet to read (empty: the first); a CSV file has none to name. A file
/// that cannot be read, is larger than max_spreadsheet_bytes (not read whole), or is a workbook naskah cannot read
/// (.xls, .ods, .xlsb, a password) is an error at the file.
std::optional<Rencana> read_annex_file(const std::string& path, const std::string& sheet, diag::Diagnostics& out);

}  // namespace naskah::plan
