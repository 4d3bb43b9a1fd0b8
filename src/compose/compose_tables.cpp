// The template's tables: the evaluation table of BAB II.A (at <tabel-evaluasi/>) and LAMPIRAN, the RKT matrix on
// landscape pages of its own. A figure the plan states is printed as it states it — a program's ANGGARAN, marked
// and noted where its sub kegiatan add up to another (compose_notes.cpp) — and every other is computed, never
// copied from the plan: a program's ANGGARAN where it states none, the JUMLAH and TOTAL rows, which add up what is
// printed above them, Capaian and Keterangan from Target and Realisasi.
//
// The matrix, one row per sub kegiatan (one per indikator of a sub kegiatan that has several): a kegiatan's cell
// spans its sub kegiatan's rows, a program's cells span its kegiatan's rows, a sasaran's cells span its programs'
// rows and their JUMLAH rows, KET spans the consecutive rows of one responsible unit within a program. A
// program's, kegiatan's and sub kegiatan's kode stands on the first line of its cell, above "nomor nama", as the
// official document has no KODE column; a template that lists one gets the sub kegiatan's kode there instead. The
// indikator of a sasaran or program stand one below the other, each in cells of its own that line up with its
// TARGET: the first ones take a row each and the last one the rest of the rows (a unit with fewer rows than
// indikator puts the surplus in its last cells, one per line).

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "composer.hpp"
#include "naskah/plan/achievement.hpp"
#include "naskah/plan/amount.hpp"
#include "naskah/plan/printed_anggaran.hpp"
#include "naskah/plan/totals.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {
namespace {

/// The cells of a table being built, by the slot they start in, and which slots spans cover: rows of cells listed
/// in column order, with an empty cell in every slot nothing covers, so that layout's grid puts each where it is
/// meant to be.
class CellGrid {
 public:
  explicit CellGrid(int columns) : columns_(columns) {}

  int add_row() {
    starts_.emplace_back(static_cast<std::size_t>(columns_));
    covered_.emplace_back(static_cast<std::size_t>(columns_), false);
    fills_.emplace_back();
    return rows() - 1;
  }
  [[nodiscard]] int rows() const { return static_cast<int>(starts_.size()); }
  [[nodiscard]] bool covered(int row, int column) const { return covered_[index(row)][index(column)]; }
  void set_fill(int row, std::optional<text::Color> fill) { fills_[index(row)] = fill; }

  /// Puts `cell` at (row, column), covering row_span × col_span slots; nothing when the column is absent (< 0).
  void place(int row, int column, TableCell cell) {
    if (column < 0 || row < 0 || row >= rows()) return;
    cell.row_span = std::clamp(cell.row_span, 1, rows() - row);
    cell.col_span = std::clamp(cell.col_span, 1, columns_ - column);
    for (int r = row; r < row + cell.row_span; ++r) {
      for (int c = column; c < column + cell.col_span; ++c) covered_[index(r)][index(c)] = true;
    }
    starts_[index(row)][index(column)] = std::move(cell);
  }

  std::vector<TableRow> take_rows() {
    std::vector<TableRow> out;
    out.reserve(starts_.size());
    for (std::size_t r = 0; r < starts_.size(); ++r) {
      TableRow row;
      row.fill = fills_[r];
      for (std::size_t c = 0; c < static_cast<std::size_t>(columns_); ++c) {
        if (starts_[r][c]) {
          row.cells.push_back(std::move(*starts_[r][c]));
        } else if (!covered_[r][c]) {
          row.cells.emplace_back();
        }
      }
      out.push_back(std::move(row));
    }
    return out;
  }

 private:
  static std::size_t index(int i) { return static_cast<std::size_t>(i); }
  int columns_;
  std::vector<std::vector<std::optional<TableCell>>> starts_;
  std::vector<std::vector<bool>> covered_;
  std::vector<std::optional<text::Color>> fills_;
};

/// Where each content stands among a table's columns, -1 when the table does not show it.
template <std::size_t N>
std::array<int, N> column_positions(const std::vector<TableColumn>& columns) {
  std::array<int, N> at;
  at.fill(-1);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    auto content = static_cast<std::size_t>(columns[i].content);
    if (content < N) at[content] = static_cast<int>(i);
  }
  return at;
}

/// How a cell of the column shows that it goes on from the page before: names carry the mark after them, a NO
/// under its number, figures (targets, amounts, KODE) none — a mark after "28.584.558.694" would read as part of it.
Continuation continuation_for(MatrixContent content) {
  switch (content) {
    case MatrixContent::no: return Continuation::below;
    case MatrixContent::target_sasaran:
    case MatrixContent::target_program:
    case MatrixContent::target_subkegiatan:
    case MatrixContent::anggaran_program:
    case MatrixContent::anggaran_subkegiatan:
    case MatrixContent::kode: return Continuation::none;
    default: return Continuation::after_text;
  }
}

std::string amount_text(const std::optional<plan::Rupiah>& amount) {
  // A sum past int64 cannot come from a plan that passed check (amounts have at most 15 digits); it prints as "-".
  return amount ? text::format_integer(amount->value) : std::string("-");
}

/// The KODE of a sub kegiatan's row, for a template with a KODE column: its own (a program's and a kegiatan's stand
/// in their own cells).
std::string row_code(const plan::SubKegiatan* sub) { return sub != nullptr && sub->kode ? sub->kode->value : ""; }

bool subkegiatan_have_codes(const plan::Rencana& rencana) {
  for (const plan::Sasaran& sasaran : rencana.sasaran) {
    for (const plan::Program& program : sasaran.program) {
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) {
          if (sub.kode) return true;
        }
      }
    }
  }
  return false;
}

}  // namespace

/// The columns' widths in points on pages `text_width` wide, adding up to it exactly. A KODE column that is shown
/// takes its width from the text columns — names, indikator, KET — in proportion to theirs, so that numbers,
/// targets and amounts keep their room; when they are too narrow to give it, from every column.
std::vector<double> column_widths(const std::vector<TableColumn>& columns, double text_width, std::optional<int> extra) {
  std::vector<double> widths;
  for (const TableColumn& column : columns) widths.push_back(column.width.resolve(text_width));
  if (extra) {
    auto flexible = [](int content) {
      switch (static_cast<MatrixContent>(content)) {
        case MatrixContent::sasaran:
        case MatrixContent::indikator_sasaran:
        case MatrixContent::program:
        case MatrixContent::indikator_program:
        case MatrixContent::kegiatan:
        case MatrixContent::subkegiatan:
        case MatrixContent::indikator_subkegiatan:
        case MatrixContent::ket: return true;
        default: return false;
      }
    };
    double extra_width = 0, flexible_width = 0;
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (columns[i].content == *extra) {
        extra_width += widths[i];
      } else if (flexible(columns[i].content)) {
        flexible_width += widths[i];
      }
    }
    if (extra_width > 0 && flexible_width > 2 * extra_width) {
      const double factor = (flexible_width - extra_width) / flexible_width;
      for (std::size_t i = 0; i < columns.size(); ++i) {
        if (flexible(columns[i].content)) widths[i] *= factor;
      }
    }
  }
  // Exactly the text width: the template's widths may miss it by a rounding, or (a KODE column that could not be
  // taken from the others) exceed it.
  double total = 0;
  for (double w : widths) total += w;
  if (total > 0) {
    for (double& w : widths) w *= text_width / total;
  }
  return widths;
}

TableCell Composer::table_cell(const std::vector<Segment>& segments, std::size_t style_index, int row_span) {
  const TemplateStyle& s = style(style_index);
  TableCell cell;
  cell.spans = spans(segments, s);
  cell.align = s.paragraph.align;
  cell.hyphenate = s.paragraph.hyphenate;
  cell.row_span = row_span;
  return cell;
}

Table Composer::table_look(const TableSettings& settings) {
  Table table;
  table.padding = settings.padding;
  table.line_height = style(settings.body_style).paragraph.line_height;
  table.border_width = settings.border_width;
  table.border_color = settings.border_color;
  table.align = Align::center;
  table.continuation_mark = settings.continuation;
  table.fit_columns = true;
  table.space_before = settings.space_before;
  table.space_after = settings.space_after;
  return table;
}

Table Composer::table_frame(const TableSettings& settings, const std::vector<double>& widths) {
  Table table = table_look(settings);
  table.column_widths = widths;

  TableRow header;
  header.fill = settings.header_fill;
  for (const TableColumn& column : settings.columns) {
    TableCell cell = table_cell(template_segments(column.title, TextCase::as_written), settings.header_style);
    cell.valign = VerticalAlign::middle;
    header.cells.push_back(std::move(cell));
  }
  table.header_rows.push_back(std::move(header));
  if (settings.number_style) {
    // The row of column numbers official tables carry under their header, repeated with it on every page.
    TableRow numbers;
    numbers.fill = settings.number_fill;
    for (std::size_t i = 0; i < settings.columns.size(); ++i) {
      numbers.cells.push_back(
          table_cell({Segment{std::to_string(i + 1), 0, settings.columns[i].where}}, *settings.number_style));
      numbers.cells.back().valign = VerticalAlign::middle;
    }
    table.header_rows.push_back(std::move(numbers));
  }
  return table;
}

// ---- The evaluation table ---------------------------------------------------------------------------------

void Composer::evaluation_table(const plan::EvaluationTableMarker& marker, std::vector<Block>& out) {
  if (!t_.evaluation_table) {
    if (!warned_no_evaluation_table_) {
      out_.warning(text_location(marker.pos), "template-table",
                   text::tr("the template ({}) has no <evaluation-table>, so <tabel-evaluasi/> places nothing; "
                               "see docs/templates.md", t_.file));
      warned_no_evaluation_table_ = true;
    }
    return;
  }
  if (!plan_.evaluasi) {
    std::string message = text::tr("<tabel-evaluasi/> places the table made from <evaluasi>, but the plan has no <evaluasi>");
    // In the template's standard text the planner cannot delete the marker, only supply the data or drop the subbab.
    if (text_file_ != &plan_.source_file) {
      message += text::tr("; add <evaluasi tahun=\"{}\"> to the plan, or leave this subbab out with {}",
                             plan_.tahun.value - 1, standard_section_);
    }
    out_.warning(text_location(marker.pos), "template-table", std::move(message));
    return;
  }
  // Printed as often as it is placed, but a second one is nearly always a plan's own subbab set beside the
  // template's standard one it was meant to replace (its judul written a little differently, no id).
  const diag::SourceLocation here = text_location(marker.pos);
  if (evaluation_table_at_) {
    out_.warning(here, "evaluation-table-twice",
                 text::tr("the evaluation table is placed here a second time (first at {}:{}), so the document "
                          "prints it twice; keep one <tabel-evaluasi/>, or give the plan's subbab the id of the "
                          "template's standard one it stands for, so that it replaces it",
                          evaluation_table_at_->file, evaluation_table_at_->line));
  } else {
    evaluation_table_at_ = here;
  }
  const TableSettings& settings = *t_.evaluation_table;
  Table table = table_frame(settings, column_widths(settings.columns, t_.page.text_width(), std::nullopt));
  const auto at = column_positions<evaluation_content_count>(settings.columns);
  auto col = [&](EvaluationContent content) { return at[static_cast<std::size_t>(content)]; };
  auto col_style = [&](EvaluationContent content) {
    int c = col(content);
    return c < 0 ? settings.body_style : settings.columns[static_cast<std::size_t>(c)].style;
  };
  auto cell = [&](EvaluationContent content, const std::string& text, plan::Pos pos, int row_span = 1) {
    return table_cell({Segment{text, 0, plan_location(pos)}}, col_style(content), row_span);
  };

  CellGrid grid(static_cast<int>(settings.columns.size()));
  int position = 0;
  for (const plan::SasaranEvaluasi& sasaran : plan_.evaluasi->sasaran) {
    ++position;
    const int first = grid.rows();
    const int count = std::max<int>(1, static_cast<int>(sasaran.indikator.size()));
    for (int i = 0; i < count; ++i) grid.add_row();
    TableCell number = cell(EvaluationContent::no, std::to_string(sasaran.nomor.value_or(position)), sasaran.pos, count);
    number.continuation = Continuation::below;
    grid.place(first, col(EvaluationContent::no), std::move(number));
    grid.place(first, col(EvaluationContent::sasaran), cell(EvaluationContent::sasaran, sasaran.nama, sasaran.pos, count));
    int row = first;
    for (const plan::IndikatorEvaluasi& indikator : sasaran.indikator) {
      // A realisasi not filled in yet (realisasi="") is an empty cell, with no capaian and no status.
      auto achievement = indikator.realisasi ? plan::compute_achievement(indikator.target.value,
                                                                          indikator.realisasi->value, indikator.arah)
                                             : std::nullopt;
      std::string capaian = achievement && achievement->capaian
                                ? text::format_percent(achievement->capaian->to_c_string())
                                : std::string("-");
      std::string keterangan = achievement ? plan::status_name(achievement->status) : "-";
      grid.place(row, col(EvaluationContent::indikator), cell(EvaluationContent::indikator, indikator.nama, indikator.pos));
      grid.place(row, col(EvaluationContent::target),
                 cell(EvaluationContent::target, indikator.target.value.text, indikator.target.pos));
      grid.place(row, col(EvaluationContent::realisasi),
                 indikator.realisasi ? cell(EvaluationContent::realisasi, indikator.realisasi->value.text,
                                            indikator.realisasi->pos)
                                     : cell(EvaluationContent::realisasi, "", indikator.pos));
      grid.place(row, col(EvaluationContent::capaian), cell(EvaluationContent::capaian, capaian, indikator.pos));
      // "Tidak Tercapai" is one term: never broken between its words.
      TableCell status = cell(EvaluationContent::keterangan, keterangan, indikator.pos);
      for (Span& span : status.spans) span.keep_together = true;
      grid.place(row, col(EvaluationContent::keterangan), std::move(status));
      ++row;
    }
  }
  table.body_rows = grid.take_rows();
  table_caption(marker.caption, marker.pos, out);
  out.emplace_back(std::move(table));
}

// ---- Tables written in the plan ---------------------------------------------------------------------------

void Composer::plan_table(const plan::Table& in, std::vector<Block>& out) {
  // A plan's own tables look like the template's evaluation table (styles, fills, borders, padding); their
  // columns and rows come from the plan.
  if (!t_.evaluation_table) {
    if (!warned_no_plan_table_look_) {
      out_.warning(text_location(in.pos), "template-table",
                   text::tr("the template ({}) has no <evaluation-table>, whose look tables of the plan take, so "
                               "<table> places nothing; see docs/templates.md", t_.file));
      warned_no_plan_table_look_ = true;
    }
    return;
  }
  const TableSettings& look = *t_.evaluation_table;
  const double width = t_.page.text_width();
  std::size_t columns = in.column_percent.size();
  if (columns == 0) {
    for (const plan::TableRow& row : in.rows) {
      std::size_t slots = 0;
      for (const plan::TableCell& cell : row.cells) slots += static_cast<std::size_t>(cell.col_span);
      columns = std::max(columns, slots);
    }
  }
  if (columns == 0) return;
  Table table = table_look(look);
  for (std::size_t c = 0; c < columns; ++c) {
    table.column_widths.push_back(in.column_percent.empty() ? width / static_cast<double>(columns)
                                                            : width * in.column_percent[c] / 100.0);
  }
  // The leading rows made only of <th> are the header, repeated on every page.
  bool in_header = true;
  for (const plan::TableRow& row : in.rows) {
    bool all_header = !row.cells.empty() &&
                      std::all_of(row.cells.begin(), row.cells.end(), [](const plan::TableCell& c) { return c.header; });
    in_header = in_header && all_header;
    TableRow out_row;
    if (in_header) out_row.fill = look.header_fill;
    for (const plan::TableCell& cell : row.cells) {
      const TemplateStyle& s = style(cell.header ? look.header_style : look.body_style);
      TableCell out_cell;
      out_cell.spans = spans(plan_segments(cell.text, cell.pos), s);
      out_cell.align = cell.align == plan::CellAlign::center ? Align::center
                       : cell.align == plan::CellAlign::right ? Align::right
                                                              : Align::left;
      out_cell.valign = cell.header ? VerticalAlign::middle : VerticalAlign::top;
      out_cell.row_span = cell.row_span;
      out_cell.col_span = cell.col_span;
      out_cell.hyphenate = s.paragraph.hyphenate;
      out_row.cells.push_back(std::move(out_cell));
    }
    (in_header ? table.header_rows : table.body_rows).push_back(std::move(out_row));
  }
  table_caption(in.caption, in.pos, out);
  out.emplace_back(std::move(table));
}

// ---- LAMPIRAN ---------------------------------------------------------------------------------------------

PageSequence Composer::annex(std::vector<ContentsEntry>& entries) {
  const AnnexSettings& settings = *t_.annex;
  const PageSetup& setup = settings.page ? *settings.page : t_.page;
  PageSequence sequence;
  sequence.page = page_style(setup);
  sequence.numbering = PageNumbering::arabic;
  sequence.restart_numbering = false;  // the annex's pages are numbered on from the body's
  sequence.blocks.emplace_back(titled_part(settings.heading, "lampiran", entries));
  for (const AnnexItem& item : settings.title) {
    if (const auto* line = std::get_if<TemplateLine>(&item)) {
      if (auto paragraph = line_paragraph(*line)) sequence.blocks.emplace_back(std::move(*paragraph));
    } else {
      sequence.blocks.emplace_back(Spacer{std::get<TemplateSpace>(item).height});
    }
  }
  if (!settings.matrix) {
    out_.warning(settings.heading.title.where, "template-table",
                 text::tr("the template's <annex> has no <matrix>, so LAMPIRAN shows no RKT matrix; see docs/templates.md"));
  } else {
    std::vector<Block> notes;
    if (auto table = matrix(*settings.matrix, setup.text_width(), notes)) {
      sequence.blocks.emplace_back(std::move(*table));
      for (Block& note : notes) sequence.blocks.push_back(std::move(note));
    }
  }
  return sequence;
}

std::optional<Table> Composer::matrix(const MatrixSettings& settings, double text_width, std::vector<Block>& notes) {
  const plan::Rencana& rencana = plan_.rencana;
  if (rencana.sasaran.empty()) return std::nullopt;

  // A KODE column the template lists only when the plan gives its sub kegiatan codes; the 14 columns otherwise.
  TableSettings look = settings.table;
  if (!subkegiatan_have_codes(rencana)) {
    std::erase_if(look.columns, [](const TableColumn& c) { return c.content == static_cast<int>(MatrixContent::kode); });
  }
  Table table = table_frame(look, column_widths(look.columns, text_width, static_cast<int>(MatrixContent::kode)));
  const auto at = column_positions<matrix_content_count>(look.columns);
  auto col = [&](MatrixContent content) { return at[static_cast<std::size_t>(content)]; };
  auto col_style = [&](MatrixContent content) {
    int c = col(content);
    return c < 0 ? look.body_style : look.columns[static_cast<std::size_t>(c)].style;
  };
  auto text_cell = [&](MatrixContent content, const std::string& text, plan::Pos pos, int row_span = 1) {
    TableCell cell = table_cell({Segment{text, 0, plan_location(pos)}}, col_style(content), row_span);
    cell.continuation = continuation_for(content);
    return cell;
  };
  const bool kode_column = col(MatrixContent::kode) >= 0;
  // The style of every kode: the matrix's code-style; for a template written before it, its KODE column's.
  auto code_style = [&](MatrixContent content) {
    if (settings.code_style) return *settings.code_style;
    return kode_column ? col_style(MatrixContent::kode) : col_style(content);
  };
  // A program's, kegiatan's or sub kegiatan's cell: its kode over "nomor nama".
  auto named_cell = [&](MatrixContent content, const std::optional<plan::At<std::string>>& kode, int nomor,
                        const std::string& nama, plan::Pos pos, int row_span) {
    TableCell cell = text_cell(content, fmt::format("{} {}", nomor, nama), pos, row_span);
    if (kode) {
      std::vector<Span> first =
          spans({Segment{kode->value + "\n", 0, plan_location(kode->pos)}}, style(code_style(content)));
      for (Span& span : first) span.keep_together = span.code = span.text != "\n";
      cell.spans.insert(cell.spans.begin(), first.begin(), first.end());
    }
    return cell;
  };
  auto empty_cell = [](int row_span) {
    TableCell c;
    c.row_span = row_span;
    return c;
  };

  CellGrid grid(static_cast<int>(look.columns.size()));
  std::vector<std::string> row_ket;   // the responsible unit of each row
  std::vector<std::string> row_kode;  // the most specific kode of each row
  auto add_row = [&](const std::string& ket, const std::string& kode) {
    row_ket.push_back(ket);
    row_kode.push_back(kode);
    return grid.add_row();
  };

  /// Indikator and their targets over rows [first, end): one below the other, lined up with their targets.
  auto indicators = [&](const std::vector<plan::Indikator>& list, int first, int end, MatrixContent name_content,
                        MatrixContent target_content) {
    const int rows = end - first;
    if (rows <= 0) return;
    if (list.empty()) {
      grid.place(first, col(name_content), empty_cell(rows));
      grid.place(first, col(target_content), empty_cell(rows));
      return;
    }
    const int cells = std::min<int>(rows, static_cast<int>(list.size()));
    for (int i = 0; i < cells; ++i) {
      const bool last = i == cells - 1;
      const std::size_t from = static_cast<std::size_t>(i);
      const std::size_t to = last ? list.size() : from + 1;
      std::vector<Segment> names, targets;
      for (std::size_t k = from; k < to; ++k) {
        if (k > from) {
          names.push_back(Segment{"\n", 0, plan_location(list[k].pos)});
          targets.push_back(Segment{"\n", 0, plan_location(list[k].pos)});
        }
        names.push_back(Segment{list[k].nama, 0, plan_location(list[k].pos)});
        // An indikator without a target has an empty TARGET.
        if (list[k].target) targets.push_back(Segment{list[k].target->value.text, 0, plan_location(list[k].target->pos)});
      }
      const int span = last ? rows - i : 1;
      grid.place(first + i, col(name_content), table_cell(names, col_style(name_content), span));
      TableCell target = table_cell(targets, col_style(target_content), span);
      target.continuation = continuation_for(target_content);
      grid.place(first + i, col(target_content), std::move(target));
    }
  };

  /// Cells of equal text in consecutive rows of [first, end) merged: KET and KODE.
  auto runs = [&](const std::vector<std::string>& values, int first, int end, MatrixContent content, plan::Pos pos) {
    int start = first;
    for (int r = first + 1; r <= end; ++r) {
      if (r < end && values[static_cast<std::size_t>(r)] == values[static_cast<std::size_t>(start)]) continue;
      const std::string& value = values[static_cast<std::size_t>(start)];
      if (content != MatrixContent::kode) {
        grid.place(start, col(content), text_cell(content, value, pos, r - start));
      } else {
        TableCell cell = table_cell({Segment{value, 0, plan_location(pos)}}, code_style(content), r - start);
        cell.continuation = continuation_for(content);
        for (Span& span : cell.spans) span.keep_together = span.code = true;
        grid.place(start, col(content), std::move(cell));
      }
      start = r;
    }
  };

  struct SumRow {
    int row;
    std::optional<plan::Rupiah> amount;
    std::vector<Segment> label;
    std::string mark;  ///< after the amount, when the plan states another
  };
  std::vector<SumRow> sum_rows;
  std::optional<plan::Rupiah> total = plan::Rupiah{0};
  PrintedFigures figures;  // the stated figures marked, for the notes under the table
  FiguresNoted noted(*this, figures);

  int sasaran_position = 0;
  for (const plan::Sasaran& sasaran : rencana.sasaran) {
    ++sasaran_position;
    const int sasaran_first = grid.rows();
    for (const plan::Program& program : sasaran.program) {
      const int program_first = grid.rows();
      std::optional<plan::Rupiah> program_sum = plan::Rupiah{0};
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        const int kegiatan_first = grid.rows();
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) {
          const int first = grid.rows();
          const int count = std::max<int>(1, static_cast<int>(sub.indikator.size()));
          for (int i = 0; i < count; ++i) add_row(sub.ket, row_code(&sub));
          // Its kode in its cell, unless the template gives it a KODE column.
          grid.place(first, col(MatrixContent::subkegiatan),
                     named_cell(MatrixContent::subkegiatan, kode_column ? std::nullopt : sub.kode, sub.nomor.value,
                                sub.nama, sub.pos, count));
          grid.place(first, col(MatrixContent::anggaran_subkegiatan),
                     text_cell(MatrixContent::anggaran_subkegiatan, text::format_integer(sub.anggaran.value.value),
                               sub.anggaran.pos, count));
          indicators(sub.indikator, first, first + count, MatrixContent::indikator_subkegiatan,
                     MatrixContent::target_subkegiatan);
          program_sum = plan::sum(program_sum, sub.anggaran.value);
        }
        if (kegiatan.subkegiatan.empty()) add_row(kegiatan.ket, row_code(nullptr));
        grid.place(kegiatan_first, col(MatrixContent::kegiatan),
                   named_cell(MatrixContent::kegiatan, kegiatan.kode, kegiatan.nomor.value, kegiatan.nama, kegiatan.pos,
                              grid.rows() - kegiatan_first));
      }
      if (program.kegiatan.empty()) add_row(program.ket, row_code(nullptr));
      const int program_end = grid.rows();
      const int program_rows = program_end - program_first;
      grid.place(program_first, col(MatrixContent::program),
                 named_cell(MatrixContent::program, program.kode, program.nomor.value, program.nama, program.pos,
                            program_rows));
      indicators(program.indikator, program_first, program_end, MatrixContent::indikator_program,
                 MatrixContent::target_program);
      // The program's ANGGARAN is the figure the plan states, else the sum of its sub kegiatan; a stated figure
      // that differs from that sum is marked, and the note under the table gives both and the difference (the JUMLAH
      // row below adds up the sub kegiatan printed above it).
      const plan::PrintedAnggaran anggaran = plan::printed_anggaran(program);
      std::string printed = amount_text(anggaran.printed());
      if (auto difference = stated_difference(anggaran, plan::path_name(program), program.nama)) {
        printed += stated_difference_mark(*difference);
      }
      TableCell amount = text_cell(MatrixContent::anggaran_program, printed,
                                   program.anggaran ? program.anggaran->pos : program.pos, program_rows);
      for (Span& span : amount.spans) span.keep_together = true;  // the figure with its mark
      grid.place(program_first, col(MatrixContent::anggaran_program), std::move(amount));
      runs(row_ket, program_first, program_end, MatrixContent::ket, program.pos);
      if (kode_column) runs(row_kode, program_first, program_end, MatrixContent::kode, program.pos);

      LocalValues local;
      local.values["nomor"] = Segment{std::to_string(program.nomor.value), 0, plan_location(program.pos)};
      sum_rows.push_back({add_row("", ""), program_sum, template_segments(settings.sum_label, TextCase::as_written, local), {}});
      total = plan::sum(total, program_sum);
    }
    if (sasaran.program.empty()) add_row("", "");
    const int sasaran_rows = grid.rows() - sasaran_first;
    const std::string number = std::to_string(sasaran.nomor.value_or(sasaran_position));
    grid.place(sasaran_first, col(MatrixContent::no), text_cell(MatrixContent::no, number, sasaran.pos, sasaran_rows));
    grid.place(sasaran_first, col(MatrixContent::sasaran),
               text_cell(MatrixContent::sasaran, sasaran.nama, sasaran.pos, sasaran_rows));
    indicators(sasaran.indikator, sasaran_first, grid.rows(), MatrixContent::indikator_sasaran,
               MatrixContent::target_sasaran);
  }
  // TOTAL adds up the sub kegiatan; a total the plan states that differs is marked on it.
  std::string total_mark;
  if (auto difference = stated_difference(plan::PrintedAnggaran{rencana.anggaran, total}, "seluruh rencana")) {
    total_mark = stated_difference_mark(*difference);
  }
  sum_rows.push_back({add_row("", ""), total, template_segments(settings.total_label, TextCase::as_written), total_mark});

  // The JUMLAH and TOTAL rows, now that the spans from above are known: the label over the free columns just
  // left of the sub kegiatan's ANGGARAN, the sum under it.
  const int amount_col = col(MatrixContent::anggaran_subkegiatan);
  for (const SumRow& sum : sum_rows) {
    grid.set_fill(sum.row, settings.total_fill);
    int start = amount_col;
    while (start > 0 && !grid.covered(sum.row, start - 1)) --start;
    TableCell label = table_cell(sum.label, settings.total_style);
    if (start < amount_col) {
      label.col_span = amount_col - start;
      grid.place(sum.row, start, std::move(label));
    } else {
      for (int c = 0; c < static_cast<int>(look.columns.size()); ++c) {
        if (c != amount_col && !grid.covered(sum.row, c)) {
          grid.place(sum.row, c, std::move(label));
          break;
        }
      }
    }
    TableCell sum_amount = table_cell({Segment{amount_text(sum.amount) + sum.mark, 0, plan_location(rencana.pos)}},
                                      settings.total_amount_style);
    sum_amount.continuation = Continuation::none;
    for (Span& span : sum_amount.spans) span.keep_together = true;
    grid.place(sum.row, amount_col, std::move(sum_amount));
  }
  table.body_rows = grid.take_rows();
  for (const auto& sum : sum_rows) table.body_rows[static_cast<std::size_t>(sum.row)].keep_with_previous = true;
  stated_difference_notes(figures.differences, settings.note_style.value_or(look.body_style), notes);
  return table;
}

}  // namespace naskah::compose::detail
