// The "Perubahan" document of `naskah diff -o`: what a revision changed, as one landscape table in the look of the
// template's annex matrix — each change with the item's KODE, its sebelum (before), sesudah (after) and selisih
// (difference), then each program's anggaran and the total — dated and signed as the new plan's RKT is. A document
// in Indonesian, as the RKT it revises: its words are the document's, never the messages' (which are translated).
// A program's anggaran is printed as each version states it, else the sum of its sub kegiatan, marked and noted
// where they differ (compose_notes.cpp); TOTAL adds up the programs' figures printed above it.

#include <fmt/format.h>

#include "composer.hpp"
#include "naskah/plan/printed_anggaran.hpp"
#include "naskah/plan/totals.hpp"
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

std::optional<std::int64_t> rupiah_value(const std::optional<plan::Rupiah>& value) {
  return value ? std::optional<std::int64_t>(value->value) : std::nullopt;
}

/// What a change is about, in the document's words: "sub kegiatan 1.1.4", "indikator program 2".
std::string subject(const plan::PlanChange& change) {
  return change.owner.empty() ? change.item : "indikator " + change.owner;
}

/// The label of a program's sum: "JUMLAH 4.02.01 Program Dukungan …" — the program's name says "Program" already.
std::string program_sum_label(const plan::ProgramTotal& program) {
  std::string label = "JUMLAH ";
  if (!program.kode.empty()) label += program.kode + " ";
  const bool named_program = program.name.size() >= 7 && (program.name.compare(0, 7, "Program") == 0 ||
                                                          program.name.compare(0, 7, "PROGRAM") == 0);
  return label + (named_program ? program.name : "Program " + program.name);
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
      paragraph.outline = text::OutlineEntry{"Perubahan", "perubahan", 0};
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
  static constexpr Column columns[] = {{"NO", 0.04, false},           {"KODE", 0.11, false},
                                       {"URAIAN", 0.12, false},       {"NAMA", 0.27, false},
                                       {"PERUBAHAN", 0.10, false},    {"SEBELUM (Rp)", 0.12, true},
                                       {"SESUDAH (Rp)", 0.12, true},  {"SELISIH (Rp)", 0.12, true}};
  constexpr std::size_t before_column = 5;
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
    row.cells.push_back(cell(change.kode, 1));
    for (Span& span : row.cells.back().spans) span.keep_together = span.code = true;
    row.cells.push_back(cell(subject(change), 2));
    row.cells.push_back(cell(change.name, 3));
    std::string what = kind_word(change.kind);
    if (change.kind == plan::PlanChange::Kind::changed && !change.field.empty()) what += ": " + change.field;
    row.cells.push_back(cell(what, 4));
    if (change.field == "anggaran") {
      row.cells.push_back(cell(amount(change.amount_before), 5));
      row.cells.push_back(cell(amount(change.amount_after), 6));
      row.cells.push_back(cell(difference(change.amount_before, change.amount_after), 7));
    } else {
      row.cells.push_back(cell(change.before, 5));
      row.cells.push_back(cell(change.after, 6));
      row.cells.push_back(cell("", 7));
      for (std::size_t k = before_column; k < before_column + 2; ++k) row.cells[k].align = Align::left;
    }
    table.body_rows.push_back(std::move(row));
  }
  // The sums: each program, then the total, bold on the total rows' fill.
  PrintedFigures figures;  // the stated figures marked, for the notes under the table
  FiguresNoted noted(*this, figures);
  auto sum_row = [&](const std::string& label, const std::string& before, const std::string& after,
                     const std::string& selisih) {
    TableRow row;
    row.fill = matrix.total_fill;
    row.keep_with_previous = true;
    TableCell title = table_cell({Segment{label, 0, here}}, matrix.total_style);
    title.col_span = static_cast<int>(before_column);
    row.cells.push_back(std::move(title));
    for (const std::string& text : {before, after, selisih}) {
      TableCell c = table_cell({Segment{text, 0, here}}, amount_style);
      c.continuation = Continuation::none;
      row.cells.push_back(std::move(c));
    }
    table.body_rows.push_back(std::move(row));
  };
  // A version's figure for a program, marked where it is a stated one its sub kegiatan do not add up to; the same
  // figures in both versions are one note.
  auto printed = [&](const plan::ProgramTotal& program, const plan::PrintedAnggaran& before,
                     const plan::PrintedAnggaran& after) {
    std::optional<StatedDifference> was = stated_difference(before, program.item, program.name);
    std::optional<StatedDifference> now = stated_difference(after, program.item, program.name);
    if (was && now && was->stated.value == now->stated.value && was->computed.value == now->computed.value) {
      was->what += " sebelum dan sesudah perubahan";
      was->pos = now->pos;
      now->what = was->what;
    } else {
      if (was) was->what += " sebelum perubahan";
      if (now) now->what += " sesudah perubahan";
    }
    std::pair<std::string, std::string> texts{amount(rupiah_value(before.printed())),
                                              amount(rupiah_value(after.printed()))};
    if (was) texts.first += stated_difference_mark(*was);
    if (now) texts.second += stated_difference_mark(*now);
    return texts;
  };
  std::optional<plan::Rupiah> total_before = plan::Rupiah{0}, total_after = plan::Rupiah{0};
  for (const plan::ProgramTotal& program : diff.programs) {
    auto computed = [](const std::optional<std::int64_t>& sum) {
      return sum ? std::optional<plan::Rupiah>(plan::Rupiah{*sum}) : std::nullopt;
    };
    // A program not in a version has no figure there (not even a stated one).
    const plan::PrintedAnggaran before{program.before ? program.stated_before : std::nullopt, computed(program.before)};
    const plan::PrintedAnggaran after{program.after ? program.stated_after : std::nullopt, computed(program.after)};
    if (before.printed()) total_before = plan::sum(total_before, *before.printed());
    if (after.printed()) total_after = plan::sum(total_after, *after.printed());
    auto [before_text, after_text] = printed(program, before, after);
    sum_row(program_sum_label(program), before_text, after_text,
            difference(rupiah_value(before.printed()), rupiah_value(after.printed())));
  }
  sum_row("TOTAL", amount(rupiah_value(total_before)), amount(rupiah_value(total_after)),
          total_before && total_after ? difference(total_before->value, total_after->value) : std::string());
  sequence.blocks.emplace_back(std::move(table));
  stated_difference_notes(figures.differences, matrix.note_style.value_or(look.body_style), sequence.blocks);
  // Dated and signed by the new plan's signatory, as its RKT is.
  if (t_.signature) signature(setup.text_width(), sequence.blocks);
  document.sequences.push_back(std::move(sequence));

  text::Metadata& meta = document.metadata;
  meta.title = fmt::format("Perubahan Rencana Kinerja Tahunan (RKT) {} {} Tahun {}", plan_.instansi.singkatan,
                           plan_.instansi.daerah, plan_.tahun.value);
  meta.author = plan_.instansi.nama + " " + plan_.instansi.daerah;
  meta.subject = fmt::format("{} perubahan; total {} menjadi {}", diff.changes.size(),
                             total_before ? text::format_rupiah(total_before->value) : "-",
                             total_after ? text::format_rupiah(total_after->value) : "-");
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
