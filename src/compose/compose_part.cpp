// A template's <part>: pages described item by item — lines, spaces, the logo, standard text, signatures side by
// side (compose_signature.cpp), tables with a row per item of the plan — such as the Perjanjian Kinerja's agreement
// page and its annex.

#include <algorithm>
#include <cmath>
#include <iterator>
#include <type_traits>

#include "composer.hpp"
#include "naskah/plan/achievement.hpp"
#include "naskah/plan/totals.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {
namespace {

/// An indikator as a row of an item table names it: each of indikator_row_names() with its text — as written, or
/// computed ("-" where it cannot be) — and where it stands in the plan.
struct IndikatorRow {
  std::vector<std::pair<std::string_view, std::string>> values;
  plan::Pos pos;
};

std::string percent_text(const std::optional<plan::Achievement>& achievement) {
  return achievement && achievement->capaian ? text::format_percent(achievement->capaian->to_c_string()) : "-";
}

IndikatorRow row_of(const plan::IndikatorEvaluasi& one) {
  auto achievement = one.realisasi ? plan::compute_achievement(one.target.value, one.realisasi->value, one.arah)
                                   : std::nullopt;
  IndikatorRow row{{{"indikator", one.nama},
                    {"target", one.target.value.text},
                    {"realisasi", one.realisasi ? one.realisasi->value.text : ""},
                    {"capaian", percent_text(achievement)},
                    {"keterangan", achievement ? plan::status_name(achievement->status) : "-"}},
                   one.pos};
  return row;
}

IndikatorRow row_of(const plan::Indikator& one, int year) {
  auto achievement = plan::achievement_of(one);
  auto earlier = [&](int back) -> std::string {
    for (const plan::Riwayat& r : one.riwayat) {
      if (r.tahun.value == year - back) return r.realisasi.value.text;
    }
    return "-";
  };
  auto quarter = [&](int ke) -> std::string {
    for (const plan::Triwulan& q : one.triwulan) {
      if (q.ke == ke) return q.realisasi.value.text;
    }
    return "-";
  };
  std::optional<plan::Achievement> against_renstra;
  if (one.target_renstra && one.realisasi) {
    against_renstra = plan::compute_achievement(one.target_renstra->value, one.realisasi->value, one.arah);
  }
  IndikatorRow row{{{"indikator", one.nama},
                    {"target", one.target ? one.target->value.text : ""},
                    {"realisasi", one.realisasi ? one.realisasi->value.text : ""},
                    {"capaian", one.realisasi ? percent_text(achievement) : "-"},
                    {"keterangan", achievement ? plan::status_name(achievement->status) : "-"},
                    {"target-renstra", one.target_renstra ? one.target_renstra->value.text : "-"},
                    {"capaian-renstra", percent_text(against_renstra)},
                    {"realisasi-lalu", earlier(1)},
                    {"realisasi-lalu-2", earlier(2)},
                    {"triwulan-1", quarter(1)},
                    {"triwulan-2", quarter(2)},
                    {"triwulan-3", quarter(3)},
                    {"triwulan-4", quarter(4)}},
                   one.pos};
  return row;
}

template <class Indikator>
std::vector<IndikatorRow> rows_of(const std::vector<Indikator>& all, int year) {
  std::vector<IndikatorRow> rows;
  for (const Indikator& one : all) {
    if constexpr (std::is_same_v<Indikator, plan::IndikatorEvaluasi>) {
      rows.push_back(row_of(one));
    } else {
      rows.push_back(row_of(one, year));
    }
  }
  return rows;
}

/// The indikator of the current item of `kind` (the loader refuses rows="indikator" for a kegiatan, which has none).
std::vector<IndikatorRow> indikator_rows(plan::ItemKind kind, const ItemContext& item, int year) {
  switch (kind) {
    case plan::ItemKind::sasaran: return rows_of(item.sasaran->indikator, year);
    case plan::ItemKind::program: return rows_of(item.program->indikator, year);
    case plan::ItemKind::subkegiatan: return rows_of(item.subkegiatan->indikator, year);
    case plan::ItemKind::evaluasi: return rows_of(item.evaluasi->indikator, year);
    case plan::ItemKind::kegiatan: break;
  }
  return {};
}

bool names_placeholder(const TemplateText& value, std::string_view name) {
  return std::any_of(value.pieces.begin(), value.pieces.end(),
                     [&](const TemplateText::Piece& piece) { return piece.placeholder && piece.text == name; });
}

/// Whether a column's text names the row's indikator, and so is filled row by row.
bool names_indikator(const TemplateText& value) {
  const auto& names = indikator_row_names();
  return std::any_of(value.pieces.begin(), value.pieces.end(), [&](const TemplateText::Piece& piece) {
    return piece.placeholder && std::find(names.begin(), names.end(), piece.text) != names.end();
  });
}

}  // namespace

PageSequence Composer::part(const PartSettings& settings, std::size_t index, std::vector<ContentsEntry>& entries) {
  const PageSetup& setup = settings.page ? *settings.page : t_.page;
  PageSequence sequence;
  sequence.page = page_style(setup);
  sequence.numbering = settings.numbering;
  sequence.restart_numbering = settings.restart_numbering;
  sequence.unnumbered_label = settings.unnumbered_label;
  // The lines just above signatures (the place and date) are part of them.
  std::size_t lines_from = 0;
  bool after_line = false;
  for (const PartItem& item : settings.items) {
    if (const auto* line = std::get_if<TemplateLine>(&item)) {
      if (!after_line) lines_from = sequence.blocks.size();
      after_line = true;
      if (auto paragraph = line_paragraph(*line)) sequence.blocks.emplace_back(std::move(*paragraph));
      continue;
    }
    if (const auto* group = std::get_if<SignaturesSettings>(&item)) {
      std::vector<Block> above;
      if (after_line) {
        const auto first = sequence.blocks.begin() + static_cast<std::ptrdiff_t>(lines_from);
        above.assign(std::make_move_iterator(first), std::make_move_iterator(sequence.blocks.end()));
        sequence.blocks.erase(first, sequence.blocks.end());
      }
      sequence.blocks.emplace_back(signature_group(std::move(above), signatures(*group, setup.text_width())));
    } else if (const auto* space = std::get_if<TemplateSpace>(&item)) {
      sequence.blocks.emplace_back(Spacer{space->height});
    } else if (const auto* logo = std::get_if<TemplateLogo>(&item)) {
      sequence.blocks.push_back(logo_block(*logo));
    } else if (const auto* text = std::get_if<TextItem>(&item)) {
      blocks(text->blocks, t_.file, sequence.blocks);
    } else if (const auto* pairs = std::get_if<FieldsSettings>(&item)) {
      sequence.blocks.emplace_back(fields(*pairs, setup.text_width()));
    } else if (const auto* table = std::get_if<ItemTableSettings>(&item)) {
      std::vector<Block> notes;
      sequence.blocks.emplace_back(item_table(*table, setup.text_width(), notes));
      for (Block& note : notes) sequence.blocks.push_back(std::move(note));
    } else {
      sequence.blocks.emplace_back(PageBreak{});
    }
    after_line = false;
  }
  if (settings.title) {
    // The title is a bookmark (and a DAFTAR ISI entry, when the template has one) at the part's first text.
    const std::string title = plain(template_segments(*settings.title, TextCase::as_written));
    const std::string anchor = "bagian-" + std::to_string(index + 1);
    for (Block& block : sequence.blocks) {
      if (auto* paragraph = std::get_if<Paragraph>(&block)) {
        paragraph->anchor = anchor;
        paragraph->outline = text::OutlineEntry{title, anchor, 0};
      } else if (auto* table = std::get_if<Table>(&block)) {
        table->anchor = anchor;
        table->outline = text::OutlineEntry{title, anchor, 0};
      } else {
        continue;
      }
      entries.push_back({title, anchor, 0, settings.title->where});
      break;
    }
  }
  return sequence;
}

Table Composer::item_table(const ItemTableSettings& settings, double text_width, std::vector<Block>& notes) {
  const TableSettings& look = settings.table;
  Table table = table_frame(look, column_widths(look.columns, text_width, std::nullopt));
  // Lists in cells ({sasaran.indikator}) one per line, so that the names line up with their targets.
  values_.set_list_separator("\n");
  // The figures the cells print: a stated anggaran that its sub kegiatan do not add up to is marked and noted under
  // the table, and each column's amounts are added up for its {jumlah}.
  PrintedFigures figures;
  FiguresNoted noted(*this, figures);
  std::vector<std::optional<plan::Rupiah>> column_sums(look.columns.size(), plan::Rupiah{0});
  std::vector<bool> column_has_amounts(look.columns.size(), false);
  int position = 0;
  repeat(settings.kind, [&] {
    ++position;
    // With rows="indikator", a row for each indikator (one, empty, for an item without): the item's own columns
    // span them, so that each indikator stands beside its own target and a missing one is an empty cell.
    const std::vector<IndikatorRow> indikator = settings.rows_per_indikator
                                                    ? indikator_rows(settings.kind, context_, plan_.tahun.value)
                                                    : std::vector<IndikatorRow>{};
    const std::size_t count = std::max<std::size_t>(indikator.size(), 1);
    for (std::size_t r = 0; r < count; ++r) {
      TableRow row;
      for (std::size_t c = 0; c < look.columns.size(); ++c) {
        const TableColumn& column = look.columns[c];
        const bool per_row = settings.rows_per_indikator && names_indikator(column.value);
        if (!per_row && r > 0) continue;  // the slot is covered by the item's cell in its first row
        LocalValues local;
        local.values["nomor"] = Segment{std::to_string(position), 0, column.value.where};
        if (settings.rows_per_indikator) {
          // An item without indikator has one row, its indikator's cells empty.
          const bool has = r < indikator.size();
          const diag::SourceLocation where = has ? plan_location(indikator[r].pos) : column.value.where;
          for (std::string_view name : indikator_row_names()) local.values[std::string(name)] = Segment{"", 0, where};
          if (has) {
            for (const auto& [name, value] : indikator[r].values) local.values[std::string(name)] = Segment{value, 0, where};
          }
        }
        const std::size_t amounts_before = figures.amounts.size();
        row.cells.push_back(table_cell(template_segments(column.value, TextCase::as_written, local), column.style,
                                       per_row ? 1 : static_cast<int>(count)));
        for (std::size_t a = amounts_before; a < figures.amounts.size(); ++a) {
          column_sums[c] = plan::sum(column_sums[c], figures.amounts[a]);
          column_has_amounts[c] = true;
        }
        // A figure repeated on the next page stands alone: a mark after "28.584.558.694" would read as part of it.
        row.cells.back().continuation =
            column.style == look.body_style ? Continuation::after_text : Continuation::none;
      }
      table.body_rows.push_back(std::move(row));
    }
  });
  values_.set_list_separator("; ");

  if (settings.total_label) {
    // The label over the columns left of the first one with a total, then each column's total.
    std::size_t first_total = look.columns.size();
    for (std::size_t i = 0; i < look.columns.size(); ++i) {
      if (look.columns[i].total) {
        first_total = i;
        break;
      }
    }
    TableRow row;
    row.fill = settings.total_fill;
    row.keep_with_previous = true;
    TableCell label = table_cell(template_segments(*settings.total_label, TextCase::as_written), settings.total_style);
    label.col_span = static_cast<int>(std::max<std::size_t>(first_total, 1));
    row.cells.push_back(std::move(label));
    for (std::size_t i = std::max<std::size_t>(first_total, 1); i < look.columns.size(); ++i) {
      const TableColumn& column = look.columns[i];
      std::vector<Segment> total;
      if (column.total) {
        // {jumlah}: what the column's cells add up to, as printed above it.
        LocalValues local;
        local.values["jumlah"] = Segment{column_sums[i] ? text::format_integer(column_sums[i]->value) : "-", 0,
                                         column.total->where};
        if (!column_has_amounts[i] && names_placeholder(*column.total, "jumlah")) {
          out_.error(column.total->where, "placeholder-value",
                     text::tr("{{jumlah}} adds up the anggaran its column prints, but this column's value prints "
                              "none; write it under a column of {{program.anggaran-angka}} or the like"));
        }
        total = template_segments(*column.total, TextCase::as_written, local);
      }
      row.cells.push_back(table_cell(total, column.total ? settings.total_style : column.style));
      if (column.total) row.cells.back().align = style(column.style).paragraph.align;
    }
    table.body_rows.push_back(std::move(row));
  }
  stated_difference_notes(figures.differences, look.body_style, notes);
  return table;
}

/// A table without borders or padding, set in `style`'s line height: the frame of fields and signatures.
Table Composer::plain_table(const TemplateStyle& style, std::vector<double> widths) {
  Table table;
  table.column_widths = std::move(widths);
  table.padding = 0;
  table.border_width = 0;
  table.line_height = style.paragraph.line_height;
  table.continuation_mark.clear();
  table.space_before = style.paragraph.space_before;
  table.space_after = style.paragraph.space_after;
  return table;
}

Table Composer::fields(const FieldsSettings& settings, double text_width) {
  const TemplateStyle& s = style(settings.style);
  const double colon = s.size;  // the colon and the space after it
  const double value_width = std::max(text_width - settings.indent - settings.label_width - colon, s.size);
  const bool indented = settings.indent > 0;
  std::vector<double> widths = {settings.label_width, colon, value_width};
  if (indented) widths.insert(widths.begin(), settings.indent);
  Table table = plain_table(s, std::move(widths));
  table.align = Align::left;
  for (const FieldsSettings::Field& field : settings.fields) {
    TableRow row;
    if (indented) row.cells.emplace_back();
    row.cells.push_back(table_cell(template_segments(field.label, TextCase::as_written), settings.style));
    row.cells.push_back(table_cell({Segment{":", 0, field.label.where}}, settings.style));
    row.cells.push_back(table_cell(template_segments(field.value, TextCase::as_written), settings.style));
    for (TableCell& cell : row.cells) cell.align = Align::left;
    table.body_rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace naskah::compose::detail
