#pragma once
/// What a spreadsheet of the annex does not carry — the earlier years of each indikator (<riwayat>), its quarters, its
/// arah and rule of accumulation, its Renstra target, what the plan states of its capaian, a sasaran's capaian and
/// analysis, the Renstra's last year — carried from the plan's old rencana into the one naskah import --into puts in
/// its place, so that importing this year's numbers never loses them. Realisasi and realisasi-anggaran come from the
/// sheet when it has them, else from the old rencana too.
///
/// Items are matched as planners name them: a sasaran by its name (else its number), a program, kegiatan or sub
/// kegiatan by its kode when both have one, else its number within its parent; an indikator by its name within its
/// item. An item the sheet adds gets nothing; one it drops takes its facts with it (naskah import lists it).

#include "naskah/plan/model.hpp"

namespace naskah::plan {

void carry_over_realisation(const Rencana& old, Rencana& imported);

}  // namespace naskah::plan
