#pragma once
/// The rencana as the annex's rows for a spreadsheet, as naskah export-csv writes them (docs/csv.md): the columns
/// of annex_columns(), one row per line of the RKT matrix — a sub kegiatan's row for each of its indikator — each
/// item's cells on its first row and empty below, as a merged cell is saved. What read_annex reads back is the same
/// rencana.
///
/// Only what the plan states is written: the anggaran of a program or kegiatan, and a TOTAL row, only where the
/// plan states one (a figure that naskah check compares with the sum of the sub kegiatan), never the computed sums
/// the printed annex shows.

#include <cstdint>
#include <string>
#include <vector>

#include "naskah/plan/model.hpp"

namespace naskah::plan {

/// How amounts are written: 28.584.558.694 (Indonesian, dots between thousands) or 28584558694 (plain digits, for
/// a spreadsheet to take as numbers). Targets are text with a unit ("96,86%") and are written as the plan has them.
enum class AnnexNumbers : std::uint8_t { indonesian, plain };

/// The header row, then the rencana's rows.
std::vector<std::vector<std::string>> annex_rows(const Rencana& rencana, AnnexNumbers numbers);

}  // namespace naskah::plan
