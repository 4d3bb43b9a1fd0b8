// The tables of a template: <annex> with its pages, its title and the RKT matrix, and <evaluation-table>. Both are
// optional for a template written before tables (the format stays urn:naskah:template:1): without <matrix> the
// annex is its heading and title, without <evaluation-table> <tabel-evaluasi/> places nothing.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "naskah/text/edit_distance.hpp"
#include "naskah/text/translate.hpp"
#include "template_loader.hpp"

namespace naskah::compose::detail {
namespace {

/// The words of <column content>, in the order of MatrixContent.
const std::vector<std::string_view>& matrix_contents() {
  static const std::vector<std::string_view> names = {
      "no",      "sasaran",          "indikator-sasaran", "target-sasaran",        "program",
      "indikator-program", "target-program", "anggaran-program", "kegiatan", "subkegiatan",
      "indikator-subkegiatan", "target-subkegiatan", "anggaran-subkegiatan", "ket", "kode"};
  return names;
}

/// The words of <column content>, in the order of EvaluationContent.
const std::vector<std::string_view>& evaluation_contents() {
  static const std::vector<std::string_view> names = {"no",        "sasaran", "indikator", "target",
                                                      "realisasi", "capaian", "keterangan"};
  return names;
}

/// Columns may miss the text width by this much (percentages such as 33.33% that do not quite make 100%).
constexpr double width_tolerance = 0.5;

}  // namespace

std::optional<text::Color> Loader::color(ElementReader& r, std::string_view attribute) {
  auto text = r.optional_text(attribute);
  if (!text) return std::nullopt;
  auto parsed = parse_color(text->value);
  if (!parsed) {
    bad_value(r, attribute, "bad-value", parsed.error);
    return std::nullopt;
  }
  return parsed.value;
}

void Loader::read_annex(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"style", "title"});
  AnnexSettings& annex = t.annex.emplace();
  if (auto s = style_ref(r, "style", true)) annex.heading.style = *s;
  annex.heading.title = attribute_text(r, "title", true, std::vector<std::string_view>{});
  const std::vector<std::string_view> names;
  pugi::xml_node matrix;
  for (pugi::xml_node child : r.children({"page", "line", "space", "matrix"})) {
    std::string_view kind = child.name();
    if ((kind == "page" && annex.page) || (kind == "matrix" && matrix)) {
      context_.error(context_.element_position(child), "duplicate-element",
                     text::tr("<annex> has one <{}>; this is a second one", kind));
    } else if (kind == "page") {
      PageSetup page;
      read_page(child, page);
      annex.page = page;
    } else if (kind == "line") {
      if (auto line = read_line(child, std::nullopt, names)) annex.title.emplace_back(std::move(*line));
    } else if (kind == "space") {
      if (auto h = read_space(child)) annex.title.emplace_back(TemplateSpace{*h});
    } else {
      matrix = child;
    }
  }
  if (matrix) {
    annex.matrix = read_matrix(matrix);
    if (annex.matrix) {
      const PageSetup& pages = annex.page ? *annex.page : t.page;
      check_column_widths(annex.matrix->table, pages.text_width(), "<matrix>", annex.page ? text::tr_text("the annex's") : text::tr_text("the body's"),
                          static_cast<int>(MatrixContent::kode));
    }
  }
}

bool Loader::read_table_look(ElementReader& r, TableSettings& table) {
  bool good = true;
  table.where = where(r.pos());
  if (auto s = style_ref(r, "header-style", true)) {
    table.header_style = *s;
  } else {
    good = false;
  }
  if (auto s = style_ref(r, "body-style", true)) {
    table.body_style = *s;
  } else {
    good = false;
  }
  if (r.has("number-style")) {
    table.number_style = style_ref(r, "number-style", true);
    good = good && table.number_style.has_value();
  }
  table.header_fill = color(r, "header-fill");
  table.number_fill = color(r, "number-fill");
  if (auto c = color(r, "border-color")) table.border_color = *c;
  if (auto v = length(r, "padding", false)) table.padding = *v;
  if (auto v = length(r, "border", false)) table.border_width = *v;
  if (auto v = length(r, "space-before", false)) table.space_before = *v;
  if (auto v = length(r, "space-after", false)) table.space_after = *v;
  if (auto text = r.optional_text("continuation")) table.continuation = text->value;
  return good;
}

bool Loader::read_columns(ElementReader& r, TableSettings& table, const std::vector<std::string_view>& contents,
                          std::initializer_list<int> optional) {
  bool good = true;
  std::vector<bool> seen(contents.size(), false);
  const std::vector<std::string_view> names;
  for (pugi::xml_node child : r.children({"column"})) {
    ElementReader c(context_, child, {"content", "width", "style"});
    TableColumn column;
    column.where = where(c.pos());
    bool column_good = true;
    if (auto content = c.name("content")) {
      auto it = std::find(contents.begin(), contents.end(), content->value);
      if (it == contents.end()) {
        std::string names;
        for (std::string_view name : contents) names += fmt::format(" \"{}\"", name);
        std::string why = text::tr("expected one of{}", names);
        if (auto near = text::closest_match(content->value, contents)) why += text::tr("; did you mean \"{}\"?", *near);
        bad_value(c, "content", "bad-value", why);
        column_good = false;
      } else {
        auto index = static_cast<std::size_t>(it - contents.begin());
        if (seen[index]) {
          context_.error(content->pos, "duplicate-element",
                         text::tr("{} has one <column content=\"{}\">; this is a second one", r.tag(), content->value));
          column_good = false;
        }
        seen[index] = true;
        column.content = static_cast<int>(index);
      }
    } else {
      column_good = false;
    }
    if (auto text = c.name("width")) {
      auto parsed = parse_extent(text->value);
      if (!parsed) {
        bad_value(c, "width", "bad-length", parsed.error);
        column_good = false;
      } else if (parsed.value->value <= 0) {
        bad_value(c, "width", "bad-length", text::tr("a column is wider than 0"));
        column_good = false;
      } else {
        column.width = *parsed.value;
      }
    } else {
      column_good = false;
    }
    column.style = table.body_style;
    if (c.has("style")) {
      if (auto s = style_ref(c, "style", true)) {
        column.style = *s;
      } else {
        column_good = false;
      }
    }
    column.title = element_text(child, names);
    if (column_good) {
      table.columns.push_back(std::move(column));
    } else {
      good = false;
    }
  }
  for (std::size_t i = 0; i < contents.size(); ++i) {
    if (seen[i] || std::find(optional.begin(), optional.end(), static_cast<int>(i)) != optional.end()) continue;
    context_.error(r.pos(), "missing-element",
                   text::tr("{} has no <column content=\"{}\">; see docs/templates.md", r.tag(), contents[i]));
    good = false;
  }
  return good;
}

void Loader::check_column_widths(const TableSettings& table, double text_width, std::string_view tag,
                                 std::string_view pages, std::optional<int> optional) {
  double sum = 0;
  for (const TableColumn& column : table.columns) {
    if (optional && column.content == *optional) continue;
    sum += column.width.resolve(text_width);
  }
  if (std::fabs(sum - text_width) <= width_tolerance) return;
  context_.error(Pos{table.where.line, table.where.column}, "column-widths",
                 text::tr("the columns of {} add up to {:.1f}pt ({:.2f}% of the text width), but {} pages have a "
                             "text width of {:.1f}pt ({:.2f} cm); make the widths add up to it, e.g. as percentages "
                             "adding up to 100%",
                             tag, sum, sum / text_width * 100, pages, text_width, text_width / 72 * 2.54));
}

std::optional<MatrixSettings> Loader::read_matrix(pugi::xml_node node) {
  ElementReader r(context_, node,
                  {"header-style", "body-style", "number-style", "header-fill", "number-fill", "border-color",
                   "padding", "border", "space-before", "space-after", "continuation", "total-style",
                   "total-amount-style", "total-fill", "sum-label", "total-label", "note-style", "code-style"});
  MatrixSettings matrix;
  bool good = read_table_look(r, matrix.table);
  if (auto s = style_ref(r, "total-style", true)) {
    matrix.total_style = *s;
  } else {
    good = false;
  }
  if (auto s = style_ref(r, "total-amount-style", true)) {
    matrix.total_amount_style = *s;
  } else {
    good = false;
  }
  matrix.total_fill = color(r, "total-fill");
  if (r.has("note-style")) {
    if (auto s = style_ref(r, "note-style", true)) {
      matrix.note_style = *s;
    } else {
      good = false;
    }
  }
  if (r.has("code-style")) {
    matrix.code_style = style_ref(r, "code-style", true);
    good = good && matrix.code_style.has_value();
  }
  matrix.sum_label = attribute_text(r, "sum-label", true, std::vector<std::string_view>{"nomor"});
  matrix.total_label = attribute_text(r, "total-label", true, std::vector<std::string_view>{});
  good = read_columns(r, matrix.table, matrix_contents(), {static_cast<int>(MatrixContent::kode)}) && good;
  if (!good) return std::nullopt;
  return matrix;
}

std::optional<TableSettings> Loader::read_evaluation_table(pugi::xml_node node) {
  ElementReader r(context_, node,
                  {"header-style", "body-style", "number-style", "header-fill", "number-fill", "border-color",
                   "padding", "border", "space-before", "space-after", "continuation"});
  TableSettings table;
  bool good = read_table_look(r, table);
  good = read_columns(r, table, evaluation_contents(), {}) && good;
  if (!good) return std::nullopt;
  return table;
}

}  // namespace naskah::compose::detail
