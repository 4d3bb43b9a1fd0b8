#pragma once
// Internal to next_year: next year's plan keeps this year's <rencana>, but what it says of this year's realisation
// belongs to this year. Each indikator's realisasi becomes a <riwayat> of the year (with its target), for the
// Laporan Kinerja's comparison over the years; what was stated of the year — capaian, keterangan, the quarters, the
// money spent and its percentages, a sasaran's capaian and analysis, the report's signing date — is taken out, to be
// written anew for the new year.

#include <pugixml.hpp>

#include <vector>

#include "xml_splice.hpp"

namespace naskah::plan::detail {

/// The edits of the old plan's text, in no particular order and not overlapping. `year` is the old plan's.
std::vector<TextEdit> realisation_history(const ParseContext& context, pugi::xml_node root, int year);

}  // namespace naskah::plan::detail
