// The "Perubahan" document of `naskah diff -o`: what a revision changed, as one landscape table in the look of the
// template's annex matrix — each change with its sebelum (before), sesudah (after) and selisih (difference), then
// each program's sum and the total.

#include <fmt/format.h>

#include "composer.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose {
namespace detail {
namespace {

TemplateText literal(const std::string& text, const diag::SourceLocation& where) {
  TemplateText out;
  out.pieces.push_back({text, false});
  out.where = where;
  return out;
}

std::string amount(const std::optional<std::int64_t>& value) {
  return value ? text::format_integer(*value) : std::string();
}

std::string difference(const std::optional<std::int64_t>& before, const std::optional<std::int64_t>& after) {
  const std::int64_t d = after.value_or(0) - before.value_or(0);
  if (d == 0) return "0";
  return (d > 0 ? "+" : "-") + text::format_integer(d > 0 ? d : -d);
}

const char* kind_word(plan::PlanChange::Kind kind) {
  switch (kind) {
    case plan::PlanChange::Kind::added: return "Ditambah";
    case plan::PlanChange::Kind::removed: return "Dihapus";
    case plan::PlanChange::Kind::changed: return "Diubah";
  }
  return "Diubah";
}

}  // namespace

Document Composer::changes(const plan::PlanDiff& diff) {
  Document document;
  if (!t_.annex || !t_.annex->matrix) {
    out_.error({t_.file, 0, 0}, "template-table",
               text::tr("the changes are set in the look of the annex's <matrix>, which this template does not have"));
    return document;
  }
  const AnnexSettings& annex = *t_.annex;
  const PageSetup& setup = annex.page ? *annex.page : t_.page;
  PageSequence sequence;
  sequence.page = page_style(setup);
  sequence.numbering = PageNumbering::arabic;
  sequence.restart_numbering = true;

  // The title: the annex's title lines' style, the plan's names.
  const std::size_t title_style = annex.heading.style;
  std::vector<std::string> title_lines = {"PERUBAHAN RENCANA KINERJA TAHUNAN (RKT)"};
  {
    TemplateText unit;
    unit.pieces = {{"singkatan", true}, {" ", false}, {"daerah", true}};
    unit.where = {t_.file, 0, 0};
    title_lines.push_back(plain(template_segments(unit, TextCase::upper)));
  }
  title_lines.push_back(fmt::format("TAHUN ANGGARAN {}", plan_.tahun.value));
  for (std::size_t i = 0; i < title_lines.size(); ++i) {
    Paragraph paragraph;
    paragraph.spans = spans({Segment{title_lines[i], 0, {t_.file, 0, 0}}}, style(title_style));
    paragraph.style = style(title_style).paragraph;
    paragraph.style.keep_with_next = true;
    if (i + 1 < title_lines.size()) paragraph.style.space_after = 0;
    if (i == 0) {
      paragraph.anchor = "perubahan";
      paragraph.outline = layout::OutlineEntry{"Perubahan", "perubahan", 0};
    }
    sequence.blocks.emplace_back(std::move(paragraph));
  }

  // The table: the matrix's look, columns of its own.
  const MatrixSettings& matrix = *annex.matrix;
  TableSettings look = matrix.table;
  look.columns.clear();
  const std::size_t amount_style = matrix.total_amount_style;  // right-aligned
  struct Column {
    const char* title;
    double share;
    bool figure;
  };
  static constexpr Column columns[] = {{"NO", 0.04, false},         {"URAIAN", 0.13, false},
                                       {"NAMA", 0.33, false},       {"PERUBAHAN", 0.11, false},
                                       {"SEBELUM (Rp)", 0.13, true}, {"SESUDAH (Rp)", 0.13, true},
                                       {"SELISIH (Rp)", 0.13, true}};
  std::vector<double> widths;
  for (const Column& c : columns) {
    TableColumn column;
    column.title = literal(c.title, {t_.file, 0, 0});
    column.style = look.body_style;
    look.columns.push_back(std::move(column));
    widths.push_back(c.share * setup.text_width());
  }
  Table table = table_frame(look, widths);
  const diag::SourceLocation here{plan_.source_file, 0, 0};
  auto cell = [&](const std::string& text, std::size_t column) {
    const bool figure = columns[column].figure;
    TableCell c = table_cell({Segment{text, 0, here}}, look.body_style);
    if (figure) c.align = Align::right;
    c.continuation = figure ? Continuation::none : Continuation::after_text;
    return c;
  };
  int number = 0;
  for (const plan::PlanChange& change : diff.changes) {
    TableRow row;
    row.cells.push_back(cell(std::to_string(++number), 0));
    row.cells.back().align = Align::center;
    row.cells.push_back(cell(change.item, 1));
    row.cells.push_back(cell(change.name, 2));
    std::string what = kind_word(change.kind);
    if (change.kind == plan::PlanChange::Kind::changed && !change.field.empty()) what += ": " + change.field;
    row.cells.push_back(cell(what, 3));
    if (change.field == "anggaran") {
      row.cells.push_back(cell(amount(change.amount_before), 4));
      row.cells.push_back(cell(amount(change.amount_after), 5));
      row.cells.push_back(cell(difference(change.amount_before, change.amount_after), 6));
    } else {
      row.cells.push_back(cell(change.before, 4));
      row.cells.push_back(cell(change.after, 5));
      row.cells.push_back(cell("", 6));
      for (std::size_t k = 4; k < 6; ++k) row.cells[k].align = Align::left;
    }
    table.body_rows.push_back(std::move(row));
  }
  // The sums: each program, then the total, bold on the total rows' fill.
  auto sum_row = [&](const std::string& label, const std::optional<std::int64_t>& before,
                     const std::optional<std::int64_t>& after) {
    TableRow row;
    row.fill = matrix.total_fill;
    TableCell title = table_cell({Segment{label, 0, here}}, matrix.total_style);
    title.col_span = 4;
    row.cells.push_back(std::move(title));
    for (const std::string& figure : {amount(before), amount(after), difference(before, after)}) {
      TableCell c = table_cell({Segment{figure, 0, here}}, amount_style);
      c.continuation = Continuation::none;
      row.cells.push_back(std::move(c));
    }
    table.body_rows.push_back(std::move(row));
  };
  for (const plan::ProgramTotal& program : diff.programs) {
    sum_row(fmt::format("JUMLAH {} {}", program.item, program.name), program.before, program.after);
  }
  sum_row("TOTAL", diff.total_before, diff.total_after);
  sequence.blocks.emplace_back(std::move(table));
  document.sequences.push_back(std::move(sequence));

  layout::Metadata& meta = document.metadata;
  meta.title = fmt::format("Perubahan Rencana Kinerja Tahunan (RKT) {} {} Tahun {}", plan_.instansi.singkatan,
                           plan_.instansi.daerah, plan_.tahun.value);
  meta.author = plan_.instansi.nama + " " + plan_.instansi.daerah;
  meta.subject = fmt::format("{} perubahan; total {} menjadi {}", diff.changes.size(),
                             text::format_rupiah(diff.total_before), text::format_rupiah(diff.total_after));
  stamp(meta);
  document.source_files = source_files_;
  return document;
}

}  // namespace detail

Document compose_changes(const plan::PlanDiff& diff, const plan::Plan& after, const Template& t, text::FontSet& fonts,
                         const std::vector<std::string>& font_dirs, diag::Diagnostics& out) {
  diag::Diagnostics found;
  detail::Composer composer(after, t, fonts, found);
  Document document;
  if (composer.load_fonts(font_dirs)) document = composer.changes(diff);
  found.sort_by_location();
  out.append(found);
  return document;
}

}  // namespace naskah::compose
