// The tables a template's text places by name (<tabel-kinerja nama="…"/>): an <item-table name="…"> — a row for each
// item of a kind, or for each of their indikator, its cells written with placeholders — or a <budget-table
// name="…">, the Laporan Kinerja's table of anggaran and realisasi from program down to sub kegiatan.

#include <fmt/format.h>

#include <algorithm>

#include "naskah/text/translate.hpp"
#include "template_loader.hpp"

namespace naskah::compose::detail {
namespace {

/// The words of <column content> of a <budget-table>, in the order of BudgetContent.
const std::vector<std::string_view>& budget_contents() {
  static const std::vector<std::string_view> names = {"no",        "kode",    "uraian", "anggaran",
                                                      "realisasi", "capaian", "sisa"};
  return names;
}

}  // namespace

void Loader::read_data_table(pugi::xml_node node, Template& t) {
  const bool budget = std::string_view(node.name()) == "budget-table";
  const auto name = node.attribute("name");
  if (name.empty() || std::string_view(name.value()).empty()) {
    context_.error(context_.element_position(node), "missing-attribute",
                   text::tr("<{}> outside a <part> needs name=\"…\": the name by which the text places it "
                            "(<tabel-kinerja nama=\"…\"/>)",
                            node.name()));
  }
  for (const DataTableSettings& other : t.data_tables) {
    if (!name.empty() && other.name == name.value()) {
      context_.error(context_.attribute_position(node, "name"), "duplicate-name",
                     text::tr("there is already a table named \"{}\"", other.name));
      return;
    }
  }
  if (budget) {
    if (auto table = read_budget_table(node, t.page)) t.data_tables.push_back({name.value(), std::move(*table)});
  } else if (auto table = read_item_table(node, t.page, true)) {
    t.data_tables.push_back({name.value(), std::move(*table)});
  }
}

std::optional<BudgetTableSettings> Loader::read_budget_table(pugi::xml_node node, const PageSetup& pages) {
  ElementReader r(context_, node,
                  {"name", "rincian", "header-style", "body-style", "number-style", "header-fill", "number-fill",
                   "border-color", "padding", "border", "space-before", "space-after", "continuation", "program-fill",
                   "total-label", "total-style", "total-fill", "note-style"});
  BudgetTableSettings settings;
  bool good = read_table_look(r, settings.table);
  if (auto depth = r.choice("rincian", {"program", "kegiatan", "subkegiatan"})) {
    settings.depth = *plan::item_kind_from_name(depth->value);
  }
  settings.program_fill = color(r, "program-fill");
  settings.total_label = attribute_text(r, "total-label", true, {});
  if (auto s = style_ref(r, "total-style", true)) {
    settings.total_style = *s;
  } else {
    good = false;
  }
  settings.total_fill = color(r, "total-fill");
  if (r.has("note-style")) {
    settings.note_style = style_ref(r, "note-style", true);
    good = good && settings.note_style.has_value();
  }
  // The name and the amounts are needed; the number, the kode, the percentage and what is left are the template's
  // choice.
  good = read_columns(r, settings.table, budget_contents(),
                      {static_cast<int>(BudgetContent::no), static_cast<int>(BudgetContent::kode),
                       static_cast<int>(BudgetContent::capaian), static_cast<int>(BudgetContent::sisa)}) &&
         good;
  if (!good) return std::nullopt;
  check_column_widths(settings.table, pages.text_width(), "<budget-table>", text::tr_text("the body's"), std::nullopt);
  return settings;
}

}  // namespace naskah::compose::detail
