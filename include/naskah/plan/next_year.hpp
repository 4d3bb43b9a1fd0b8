#pragma once
/// Next year's plan made from this year's file, as `naskah init` writes it (docs/init.md). The new file is the old
/// one with these edits, everything else kept byte for byte (text, comments, layout, the whole <rencana>):
///
/// - the root's tahun becomes the new year;
/// - the signing date (penandatangan tanggal) moves on as many years as the plan (29 February: the 28th);
/// - <evaluasi tahun="old year"> is made from the old <rencana> — per sasaran its indikator with their targets and
///   their realisasi, as the old plan reports its year, else empty to fill in — in place of the old <evaluasi>, or
///   before <rencana> when there was none;
/// - the old year's realisation moves into the rencana's history: each indikator's realisasi becomes a <riwayat> of
///   the old year, and what was stated of that year (capaian, keterangan, quarters, realisasi-anggaran, a sasaran's
///   capaian and analysis, tanggal-laporan) is taken out (realisation_history.hpp).
///
/// The evaluation format requires a target; an indikator that the old rencana left without one cannot be evaluated
/// as it stands, so it is written commented out, with target="" and realisasi="", for the planner to complete and
/// uncomment (as is a sasaran with no indikator that has a target). Nothing is invented.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/plan/model.hpp"

namespace naskah::plan {

/// An indikator (or a whole sasaran) of the old rencana that the new evaluasi holds only commented out, as it has
/// no target.
struct LeftOut {
  int sasaran = 0;     ///< the sasaran's nomor, or its position in the rencana
  std::string nama;    ///< the indikator; empty when the whole sasaran is commented out
  std::uint32_t line = 0;  ///< where its comment starts in the new file
};

struct NextYearPlan {
  std::string text;           ///< the new file
  int sasaran = 0;            ///< sasaran in the new evaluasi
  int indikator_to_fill = 0;  ///< indikator in the new evaluasi, each with an empty realisasi
  int indikator_filled = 0;   ///< indikator in the new evaluasi whose realisasi the old plan reported
  std::vector<LeftOut> left_out;
};

/// The new plan for `year`. `old_text` is the file that `old` was parsed from without errors; year > old tahun.
/// With a `schema_location` (the XSD's URI), a plan whose root does not name its schema gets xsi:schemaLocation,
/// so that an XSD-aware editor completes and validates it (docs/editing.md).
NextYearPlan make_next_year_plan(std::string_view old_text, const Plan& old, int year,
                                 std::string_view schema_location = {});

}  // namespace naskah::plan
