#pragma once
// Internal to the workbook reader: one worksheet part (xl/worksheets/sheet1.xml) into the cells of a CellTable —
// each cell's value as text, merged ranges read as they are seen, hidden rows and columns reported.

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <vector>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/cell_table.hpp"
#include "naskah/plan/xlsx_number.hpp"
#include "xlsx_styles.hpp"

namespace naskah::plan::detail {

/// What the cells of a sheet are read with: the workbook's shared strings, styles and date system, and where they
/// are (for the diagnostics).
struct SheetContext {
  const std::vector<std::string>& shared_strings;
  const CellStyles& styles;
  DateSystem dates = DateSystem::from1900;
  std::string file;
  std::string sheet;
};

/// The sheet's cells; nothing when a cell has an error or the sheet passes a limit, every problem reported.
/// `worksheet` is the sheet part's root element.
std::optional<CellTable> read_sheet_cells(pugi::xml_node worksheet, const SheetContext& context,
                                          diag::Diagnostics& out);

}  // namespace naskah::plan::detail
