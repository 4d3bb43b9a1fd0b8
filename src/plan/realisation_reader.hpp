#pragma once
// Internal to the parser: what a plan says of its year's realisation — the realisasi, capaian and quarters of an
// indikator and its earlier years, the money spent on a sub kegiatan and the sums a kegiatan, program or rencana
// states — read for the Laporan Kinerja made from the same plan. Each element's reader is the parser's; these read
// the attributes and children the realisation adds to it.

#include <pugixml.hpp>

#include "naskah/plan/model.hpp"
#include "xml_reader.hpp"

namespace naskah::plan::detail {

/// realisasi, arah, akumulasi, capaian, keterangan and (for a sasaran's indikator) target-renstra of an <indikator>
/// of <rencana>, and its <triwulan> and <riwayat> children; `children` are those the element reader accepted.
void read_indikator_realisation(ParseContext& context, ElementReader& reader, const std::vector<pugi::xml_node>& children,
                                bool of_sasaran, Indikator& out);

/// realisasi-anggaran and capaian-anggaran of a <subkegiatan>, <kegiatan>, <program> or <rencana>.
void read_budget_realisation(ElementReader& reader, BudgetRealisation& out);

/// realisasi-anggaran="" of a <subkegiatan> (not filled in yet) and its <triwulan realisasi-anggaran="…"> children.
void read_subkegiatan_realisation(ParseContext& context, ElementReader& reader,
                                  const std::vector<pugi::xml_node>& triwulan, SubKegiatan& out);

}  // namespace naskah::plan::detail
