// The Laporan Kinerja's budget table (<budget-table>): a row for each program, then each of its kegiatan and their sub
// kegiatan (down to the template's rincian), with ANGGARAN, REALISASI, their percentage and what is left, and a last
// row of the totals. Every sum is computed in whole Rupiah; a program's or kegiatan's anggaran and realisasi print as
// the plan states them, marked where the rows below add up to another figure and explained in a note under the
// table, as the RKT matrix marks a stated anggaran. Percentages and what is left come from the computed sums, never
// from a stated percentage (capaian-anggaran, which `naskah check` compares).

#include <fmt/format.h>

#include <array>

#include "composer.hpp"
#include "naskah/plan/totals.hpp"
#include "naskah/text/indonesian_format.hpp"

namespace naskah::compose::detail {
namespace {

/// "28.584.558.694", "-" for a sum that cannot be had (a sub kegiatan below says nothing of its spending).
std::string figure_text(const std::optional<plan::Rupiah>& amount) {
  return amount ? text::format_integer(amount->value) : std::string("-");
}

/// One row's figures: computed, and what the plan states where it states one.
struct RowFigures {
  std::optional<plan::Rupiah> anggaran;
  std::optional<plan::Rupiah> realisasi;
  std::optional<plan::At<plan::Rupiah>> stated_anggaran;
  std::optional<plan::At<plan::Rupiah>> stated_realisasi;
};

}  // namespace

Table Composer::budget_table(const BudgetTableSettings& settings, double text_width, std::vector<Block>& notes) {
  const TableSettings& look = settings.table;
  Table table = table_frame(look, column_widths(look.columns, text_width, std::nullopt));
  std::array<int, budget_content_count> at;
  at.fill(-1);
  for (std::size_t i = 0; i < look.columns.size(); ++i) at[static_cast<std::size_t>(look.columns[i].content)] = static_cast<int>(i);
  auto column_of = [&](BudgetContent content) { return at[static_cast<std::size_t>(content)]; };
  std::vector<StatedDifference> differences;

  /// A figure as printed: the stated one (marked when the rows below differ) or the computed one.
  auto printed = [&](const std::optional<plan::At<plan::Rupiah>>& stated, const std::optional<plan::Rupiah>& computed,
                     const std::string& what, StatedDifference::Figure figure) {
    if (!stated) return figure_text(computed);
    std::string text = text::format_integer(stated->value.value);
    if (computed && *computed != stated->value) {
      differences.push_back({what, stated->value, *computed, stated->pos, figure});
      text += " " + note_mark(differences.size());
    }
    return text;
  };

  auto add_row = [&](const std::string& number, const std::optional<plan::At<std::string>>& kode,
                     const std::string& name, plan::Pos pos, const RowFigures& f, const std::string& what, bool bold) {
    TableRow row;
    if (bold) row.fill = settings.program_fill;
    const std::uint8_t flags = bold ? plan::style_bold : 0;
    std::optional<plan::Rupiah> left;
    if (f.anggaran && f.realisasi) left = plan::checked_subtract(*f.anggaran, *f.realisasi);
    std::optional<plan::Decimal> share;
    if (f.anggaran && f.realisasi && f.anggaran->value != 0) {
      share = plan::percent_of(plan::Decimal{f.realisasi->value, 0}, plan::Decimal{f.anggaran->value, 0});
    }
    for (const TableColumn& column : look.columns) {
      std::string text;
      bool figure = true;
      switch (static_cast<BudgetContent>(column.content)) {
        case BudgetContent::no: text = number; break;
        case BudgetContent::kode: text = kode ? kode->value : ""; break;
        case BudgetContent::uraian:
          text = name;
          figure = false;
          break;
        case BudgetContent::anggaran:
          text = printed(f.stated_anggaran, f.anggaran, what, StatedDifference::Figure::anggaran);
          break;
        case BudgetContent::realisasi:
          text = printed(f.stated_realisasi, f.realisasi, what, StatedDifference::Figure::realisasi);
          break;
        case BudgetContent::capaian: text = share ? text::format_percent(share->to_c_string()) : "-"; break;
        case BudgetContent::sisa: text = figure_text(left); break;
      }
      TableCell cell = table_cell({Segment{text, flags, plan_location(pos)}}, column.style);
      if (figure) {
        // A figure with its mark is one run, and repeated alone on the next page.
        for (Span& span : cell.spans) span.keep_together = true;
        cell.continuation = Continuation::none;
      }
      row.cells.push_back(std::move(cell));
    }
    table.body_rows.push_back(std::move(row));
  };

  const bool kegiatan_rows = settings.depth != plan::ItemKind::program;
  const bool subkegiatan_rows = settings.depth == plan::ItemKind::subkegiatan;
  std::optional<plan::Rupiah> total_anggaran = plan::Rupiah{0};
  std::optional<plan::Rupiah> total_realisasi = plan::Rupiah{0};
  for (const ItemContext& item : values_.items(plan::ItemKind::program, context_)) {
    const plan::Program& program = *item.program;
    const std::string program_what = fmt::format("program {} ({})", program.nomor.value, program.nama);
    add_row(std::to_string(program.nomor.value), program.kode, program.nama, program.pos,
            {plan::total_of(program), plan::realisasi_of(program), program.anggaran, program.realisasi.realisasi_anggaran},
            program_what, true);
    total_anggaran = plan::sum(total_anggaran, plan::total_of(program));
    total_realisasi = plan::sum(total_realisasi, plan::realisasi_of(program));
    if (!kegiatan_rows) continue;
    for (const plan::Kegiatan& kegiatan : program.kegiatan) {
      add_row(fmt::format("{}.{}", program.nomor.value, kegiatan.nomor.value), kegiatan.kode, kegiatan.nama,
              kegiatan.pos,
              {plan::total_of(kegiatan), plan::realisasi_of(kegiatan), kegiatan.anggaran,
               kegiatan.realisasi.realisasi_anggaran},
              fmt::format("kegiatan {}.{} ({})", program.nomor.value, kegiatan.nomor.value, kegiatan.nama), false);
      if (!subkegiatan_rows) continue;
      for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) {
        add_row(fmt::format("{}.{}.{}", program.nomor.value, kegiatan.nomor.value, sub.nomor.value), sub.kode,
                sub.nama, sub.pos, {sub.anggaran.value, plan::realisasi_of(sub), std::nullopt, std::nullopt}, "", false);
      }
    }
  }

  // The totals: the label over the columns before the first figure, then each figure's column.
  TableRow total;
  total.fill = settings.total_fill;
  total.keep_with_previous = true;
  int first_figure = static_cast<int>(look.columns.size());
  for (BudgetContent content : {BudgetContent::anggaran, BudgetContent::realisasi, BudgetContent::capaian, BudgetContent::sisa}) {
    if (column_of(content) >= 0) first_figure = std::min(first_figure, column_of(content));
  }
  TableCell label = table_cell(template_segments(settings.total_label, TextCase::as_written), settings.total_style);
  label.col_span = std::max(first_figure, 1);
  total.cells.push_back(std::move(label));
  std::optional<plan::Rupiah> left;
  if (total_anggaran && total_realisasi) left = plan::checked_subtract(*total_anggaran, *total_realisasi);
  std::optional<plan::Decimal> share;
  if (total_anggaran && total_realisasi && total_anggaran->value != 0) {
    share = plan::percent_of(plan::Decimal{total_realisasi->value, 0}, plan::Decimal{total_anggaran->value, 0});
  }
  // Inside a repetition the totals are the current sasaran's, of which the plan states none.
  const bool whole_plan = context_.sasaran == nullptr;
  const plan::Rencana& rencana = plan_.rencana;
  for (int c = std::max(first_figure, 1); c < static_cast<int>(look.columns.size()); ++c) {
    const TableColumn& column = look.columns[static_cast<std::size_t>(c)];
    std::string text;
    switch (static_cast<BudgetContent>(column.content)) {
      case BudgetContent::anggaran:
        text = printed(whole_plan ? rencana.anggaran : std::nullopt, total_anggaran, "seluruh rencana",
                       StatedDifference::Figure::anggaran);
        break;
      case BudgetContent::realisasi:
        text = printed(whole_plan ? rencana.realisasi.realisasi_anggaran : std::nullopt, total_realisasi,
                       "seluruh rencana", StatedDifference::Figure::realisasi);
        break;
      case BudgetContent::capaian: text = share ? text::format_percent(share->to_c_string()) : "-"; break;
      case BudgetContent::sisa: text = figure_text(left); break;
      default: break;
    }
    TableCell cell = table_cell({Segment{text, plan::style_bold, plan_location(rencana.pos)}}, column.style);
    for (Span& span : cell.spans) span.keep_together = true;
    cell.continuation = Continuation::none;
    total.cells.push_back(std::move(cell));
  }
  table.body_rows.push_back(std::move(total));
  stated_difference_notes(differences, settings.note_style.value_or(look.body_style), notes);
  return table;
}

}  // namespace naskah::compose::detail
