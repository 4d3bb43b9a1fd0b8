// The plan's data placed in the text: <tabel-kinerja nama="…"/> sets the template's table of that name — an item
// table (compose_part.cpp) or the budget table (compose_budget_table.cpp) — with its caption; <analisis/> the
// current sasaran's analysis as the plan writes it.

#include <fmt/format.h>

#include "composer.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {

void Composer::data_table(const plan::DataTableMarker& marker, std::vector<Block>& out) {
  const DataTableSettings* found = nullptr;
  for (const DataTableSettings& table : t_.data_tables) {
    if (table.name == marker.name.value) found = &table;
  }
  if (found == nullptr) {
    std::string names;
    for (const DataTableSettings& table : t_.data_tables) names += (names.empty() ? "" : ", ") + table.name;
    out_.warning(text_location(marker.name.pos), "template-table",
                 names.empty() ? text::tr("the template ({}) has no table named \"{}\", so <tabel-kinerja> places "
                                          "nothing; it names no tables at all",
                                          t_.file, marker.name.value)
                               : text::tr("the template ({}) has no table named \"{}\", so <tabel-kinerja> places "
                                          "nothing; its tables are {}",
                                          t_.file, marker.name.value, names));
    return;
  }
  table_caption(marker.caption, marker.pos, out);
  const double width = t_.page.text_width();
  std::vector<Block> notes;  // on the stated figures the table prints
  if (const auto* items = std::get_if<ItemTableSettings>(&found->table)) {
    out.emplace_back(item_table(*items, width, notes));
  } else {
    out.emplace_back(budget_table(std::get<BudgetTableSettings>(found->table), width, notes));
  }
  for (Block& note : notes) out.push_back(std::move(note));
}

void Composer::analysis(const plan::AnalysisMarker&, std::vector<Block>& out) {
  // The parser allows <analisis/> only where a sasaran is current.
  const plan::Sasaran* sasaran = context_.sasaran;
  if (sasaran == nullptr) return;
  if (!sasaran->analisis) {
    // The report would show the sasaran's figures with no word on them.
    out_.warning(plan_location(sasaran->pos), "analisis-missing",
                 text::tr("sasaran {} has no <analisis>, so the Laporan Kinerja says nothing of its results; write "
                          "what explains them after its <indikator>",
                          sasaran->nomor.value_or(context_.sasaran_position)));
    return;
  }
  blocks(sasaran->analisis->blocks, plan_.source_file, out);
}

}  // namespace naskah::compose::detail
