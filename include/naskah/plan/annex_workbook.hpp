#pragma once
/// The annex as an Excel workbook (.xlsx), as naskah export writes it when its output ends in .xlsx
/// (docs/spreadsheets.md): one sheet, "Lampiran", with the columns of annex_columns() headed as the printed annex
/// heads them (annex_columns' headings), the header frozen above the rows and repeated on every printed page; each
/// item's cells merged over its rows, as the printed annex spans them; amounts and numbers as numbers (amounts with
/// the format #,##0, which Excel and LibreOffice show as 28.584.558.694 in Indonesian), kode, names and targets as
/// text, targets as the plan writes them ("96,86%"); columns as wide as their content, up to a limit past which the
/// text wraps. read_xlsx and read_annex read it back to the same rencana.
///
/// libxlsxwriter (Debian's libxlsxwriter-dev) writes it. The workbook is the same bytes for the same plan: dated by
/// the plan's signing date (1 January of its year while that is not filled in), never by the clock.

#include <optional>
#include <string>

#include "naskah/plan/model.hpp"

namespace naskah::plan {

struct MadeWorkbook {
  std::optional<std::string> bytes;  ///< the .xlsx file's bytes
  std::string problem;               ///< why there are none (libxlsxwriter's words, or the temporary folder's)
};

MadeWorkbook annex_workbook(const Plan& plan);

}  // namespace naskah::plan
