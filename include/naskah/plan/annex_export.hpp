#pragma once
/// The rencana as the annex's rows for a spreadsheet, as naskah export writes them (docs/spreadsheets.md): the
/// columns of annex_columns(), one row per line of the RKT matrix — a sub kegiatan's row for each of its indikator —
/// each item's cells on its first row, standing for all of the item's rows: a workbook merges them over those rows,
/// a CSV leaves the rows below empty, as a merged cell is saved. What read_annex reads back is the same rencana.
///
/// Only what the plan states is written: the anggaran of a program or kegiatan, and a TOTAL row, only where the
/// plan states one (a figure that naskah check compares with the sum of the sub kegiatan), never the computed sums
/// the printed annex shows.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "naskah/plan/model.hpp"

namespace naskah::plan {

/// A cell of the annex's sheet.
struct AnnexCell {
  std::string text;                    ///< a name, kode, target or ket as the plan has it; a number's digits
  std::optional<std::int64_t> number = {};  ///< a number or an amount (anggaran), which a workbook holds as one
  std::uint32_t rows = 1;              ///< the rows it stands for: its item's, from its own row down
};

/// The rows of the annex under its header, each with a cell for every column of columns_for(rencana): the annex's,
/// and the realisation's when the plan reports its year.
using AnnexSheet = std::vector<std::vector<AnnexCell>>;

AnnexSheet annex_sheet(const Rencana& rencana);

/// How amounts are written: 28.584.558.694 (Indonesian, dots between thousands) or 28584558694 (plain digits, for
/// a spreadsheet to take as numbers). Targets are text with a unit ("96,86%") and are written as the plan has them.
enum class AnnexNumbers : std::uint8_t { indonesian, plain };

/// The header row (the names of columns_for(rencana)), then the rencana's rows as text.
std::vector<std::vector<std::string>> annex_rows(const Rencana& rencana, AnnexNumbers numbers);

}  // namespace naskah::plan
