#pragma once
/// Reading a sheet of an Excel workbook (.xlsx, Office Open XML, as Excel, LibreOffice Calc, Google Sheets and SIPD
/// save it) into the cells the annex reader takes (cell_table.hpp), so that a workbook gives the same plan and the
/// same diagnostics as the same sheet saved as CSV, each named at its cell: `lampiran.xlsx:Sheet1!T12: error: …`.
///
/// What a cell holds is its text: a shared or inline string as written; a number as xlsx_number.hpp writes it (an
/// amount exactly, a percentage as "96,86%", a date as "06 Januari 2025"); a formula's value as the program last
/// computed and saved it. A formula saved without its value, and an error value (#DIV/0!, #REF!), are errors at the
/// cell [cell-value]. A merged range holds its text in its first cell and nothing in the others — what the sheet shows
/// — so that, as in CSV, the rows below continue the item above. Hidden rows and columns are read as any others, and
/// each run of hidden rows and each hidden column that holds something is a warning [hidden-cells]: a collapsed group
/// of rows is part of the plan, and a row kept hidden to leave it out is not left out.
///
/// A hostile workbook ends in an error, never in memory or time without end: the limits below, each a `limit` error.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/cell_table.hpp"

namespace naskah::plan {

/// The most one part of the workbook (the sheet, the shared strings, the styles, the workbook's list of sheets)
/// inflates to: as large as the largest CSV naskah reads. Its declared size is checked before it is inflated, and its
/// real size while it is.
inline constexpr std::size_t max_workbook_part_bytes = 64u * 1024u * 1024u;

/// The most tags (counted as '<', before the part is parsed) one part may hold, so that pugixml's tree of it stays
/// within some 300 MB: a cell is four tags (<c><v>…</v></c>).
inline constexpr std::size_t max_workbook_part_tags = 4'000'000;

/// The most shared strings (the workbook's table of texts, which cells name by number).
inline constexpr std::size_t max_shared_strings = 1'000'000;

/// The most cells holding something on the sheet read: some 20,000 rows of the annex's 23 columns, where a unit's
/// annex has hundreds.
inline constexpr std::size_t max_sheet_cells = 500'000;

/// The most text the sheet's cells hold together: a shared string is one text in the file but a copy in each cell
/// that names it, so that a small file could otherwise fill the memory.
inline constexpr std::size_t max_sheet_text_bytes = 64u * 1024u * 1024u;

/// Whether the bytes are a zip archive, as a workbook (or an OpenDocument file) is.
bool is_zip_archive(std::string_view bytes);

/// Whether the bytes are an OLE compound file: an Excel 97–2003 workbook (.xls), or a workbook protected by a
/// password.
bool is_compound_file(std::string_view bytes);

/// The cells of one sheet of the workbook whose bytes are `bytes`: the first sheet that is not hidden when `sheet`
/// is empty; else the sheet of that name (exactly, else without regard to letter case), or, when no sheet has that
/// name and it is a number, the sheet at that place (from 1, hidden sheets counted, in the order of the tabs).
/// Nothing when the workbook cannot be read or a cell has an error, every problem reported; warnings (hidden
/// cells) are reported either way.
std::optional<CellTable> read_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                                   diag::Diagnostics& out);

}  // namespace naskah::plan
