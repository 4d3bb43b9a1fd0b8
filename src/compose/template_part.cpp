// <part>: a run of pages a template describes item by item — lines, spaces, the logo, standard text in the plan's
// format, signatures side by side, tables with a row per item — so that a document other than the RKT (the
// Perjanjian Kinerja) is a template, not code.

#include <fmt/format.h>

#include "../plan/text_reader.hpp"
#include "naskah/text/translate.hpp"
#include "template_loader.hpp"

namespace naskah::compose::detail {

}  // namespace naskah::compose::detail

namespace naskah::compose {

const std::vector<std::string_view>& indikator_row_names() {
  static const std::vector<std::string_view> names = {
      "indikator",       "target",         "realisasi",        "capaian",    "keterangan", "target-renstra",
      "capaian-renstra", "realisasi-lalu", "realisasi-lalu-2", "triwulan-1", "triwulan-2", "triwulan-3",
      "triwulan-4"};
  return names;
}

}  // namespace naskah::compose

namespace naskah::compose::detail {

void Loader::read_part(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"numbering", "restart", "label", "title"});
  PartSettings part;
  part.where = where(r.pos());
  if (auto word = r.choice("numbering", {"none", "i", "1"})) {
    part.numbering = word->value == "none" ? PageNumbering::none
                     : word->value == "i"  ? PageNumbering::lower_roman
                                           : PageNumbering::arabic;
  }
  if (auto restart = boolean(r, "restart")) part.restart_numbering = *restart;
  if (auto label = r.optional_text("label")) part.unnumbered_label = label->value;
  if (r.has("title")) part.title = attribute_text(r, "title", true, {});

  std::vector<pugi::xml_node> children =
      r.children({"page", "line", "space", "logo", "text", "fields", "signatures", "item-table", "page-break"});
  // The part's page first: its tables are checked against its text width.
  for (pugi::xml_node child : children) {
    if (std::string_view(child.name()) != "page") continue;
    if (part.page) {
      context_.error(context_.element_position(child), "duplicate-element", text::tr("<part> has one <page>; this is a second one"));
      continue;
    }
    read_page(child, part.page.emplace());
  }
  const PageSetup& pages = part.page ? *part.page : t.page;
  const std::vector<std::string_view> no_local;
  for (pugi::xml_node child : children) {
    std::string_view kind = child.name();
    if (kind == "line") {
      if (auto line = read_line(child, std::nullopt, no_local)) part.items.emplace_back(std::move(*line));
    } else if (kind == "space") {
      if (auto h = read_space(child)) part.items.emplace_back(TemplateSpace{*h});
    } else if (kind == "logo") {
      if (auto logo = read_logo(child)) part.items.emplace_back(*logo);
    } else if (kind == "text") {
      ElementReader text(context_, child, {});
      std::vector<pugi::xml_node> blocks = text.children({"p", "ol", "ul", "dl", "table", "tabel-evaluasi"});
      part.items.emplace_back(TextItem{plan::detail::TextReader(context_).read_blocks(blocks)});
    } else if (kind == "fields") {
      if (auto fields = read_fields(child)) part.items.emplace_back(std::move(*fields));
    } else if (kind == "signatures") {
      if (auto signatures = read_signatures(child)) part.items.emplace_back(std::move(*signatures));
    } else if (kind == "item-table") {
      if (auto table = read_item_table(child, pages)) part.items.emplace_back(std::move(*table));
    } else if (kind == "page-break") {
      ElementReader page_break(context_, child, {});
      page_break.children({});
      part.items.emplace_back(PageBreakItem{});
    }
  }
  t.parts.push_back(std::move(part));
}

std::optional<SignaturesSettings> Loader::read_signatures(pugi::xml_node node) {
  ElementReader r(context_, node, {"style", "space-before"});
  SignaturesSettings signatures;
  auto style = style_ref(r, "style", true);
  if (auto v = length(r, "space-before", false)) signatures.space_before = *v;
  const std::vector<std::string_view> no_local;
  for (pugi::xml_node child : r.children({"signature"})) {
    ElementReader signature(context_, child, {});
    std::vector<AnnexItem>& column = signatures.columns.emplace_back();
    for (pugi::xml_node item : signature.children({"line", "space"})) {
      if (std::string_view(item.name()) == "line") {
        if (auto line = read_line(item, style, no_local)) column.emplace_back(std::move(*line));
      } else if (auto h = read_space(item)) {
        column.emplace_back(TemplateSpace{*h});
      }
    }
  }
  if (signatures.columns.empty()) {
    context_.error(r.pos(), "missing-element", text::tr("<signatures> needs one or more <signature> of <line> and <space>"));
  }
  if (!style) return std::nullopt;
  signatures.style = *style;
  return signatures;
}

std::optional<FieldsSettings> Loader::read_fields(pugi::xml_node node) {
  ElementReader r(context_, node, {"style", "indent", "label-width"});
  FieldsSettings fields;
  auto style = style_ref(r, "style", true);
  if (auto v = length(r, "indent", false)) fields.indent = *v;
  auto label_width = length(r, "label-width", true);
  for (pugi::xml_node child : r.children({"field"})) {
    ElementReader field(context_, child, {"label"});
    FieldsSettings::Field& out = fields.fields.emplace_back();
    out.label = attribute_text(field, "label", true, {});
    out.value = element_text(child, {});
  }
  if (fields.fields.empty()) context_.error(r.pos(), "missing-element", text::tr("<fields> needs one or more <field label=\"…\">"));
  if (!style || !label_width) return std::nullopt;
  fields.style = *style;
  fields.label_width = *label_width;
  return fields;
}

std::optional<ItemTableSettings> Loader::read_item_table(pugi::xml_node node, const PageSetup& pages, bool named) {
  ElementReader r(context_, node,
                  {"name", "for", "rows", "header-style", "body-style", "number-style", "header-fill", "number-fill",
                   "border-color", "padding", "border", "space-before", "space-after", "continuation", "total-label",
                   "total-style", "total-fill"});
  if (!named && r.has("name")) {
    bad_value(r, "name", "unknown-attribute",
              text::tr("an <item-table> in a <part> stands where it is written; a name is for one the text places, "
                       "written outside the parts"));
  }
  ItemTableSettings settings;
  bool good = read_table_look(r, settings.table);
  if (auto kind = r.choice("for", {"sasaran", "program", "kegiatan", "subkegiatan", "evaluasi"})) {
    settings.kind = *plan::item_kind_from_name(kind->value);
  } else {
    good = false;
    if (!r.has("for")) {
      context_.error(r.pos(), "missing-attribute",
                     text::tr("<item-table> needs for=\"…\": the items it has a row for (sasaran, program, kegiatan, "
                     "subkegiatan or evaluasi)"));
    }
  }
  if (auto rows = r.choice("rows", {"item", "indikator"}); rows && rows->value == "indikator") {
    if (settings.kind == plan::ItemKind::kegiatan) {
      bad_value(r, "rows", "bad-value",
                text::tr("a kegiatan has no indikator; rows=\"indikator\" is for sasaran, program, subkegiatan or "
                         "evaluasi"));
      good = false;
    }
    settings.rows_per_indikator = true;
  }
  const std::vector<plan::ItemKind> scope = {settings.kind};
  // {nomor} is the row's position (the item's, when it has a row for each indikator); {indikator} and {target} are
  // the row's indikator.
  std::vector<std::string_view> local = {"nomor"};
  if (settings.rows_per_indikator) local.insert(local.end(), indikator_row_names().begin(), indikator_row_names().end());
  if (r.has("total-label")) {
    settings.total_label = attribute_text(r, "total-label", true, {});
    if (auto s = style_ref(r, "total-style", true)) {
      settings.total_style = *s;
    } else {
      good = false;
    }
  }
  settings.total_fill = color(r, "total-fill");
  for (pugi::xml_node child : r.children({"column"})) {
    ElementReader c(context_, child, {"width", "style", "value", "total"});
    TableColumn column;
    column.where = where(c.pos());
    column.style = settings.table.body_style;
    if (auto text = c.name("width")) {
      auto parsed = parse_extent(text->value);
      if (parsed && parsed.value->value > 0) {
        column.width = *parsed.value;
      } else {
        bad_value(c, "width", "bad-length", parsed ? text::tr("a column is wider than 0") : parsed.error);
        good = false;
      }
    } else {
      good = false;
    }
    if (c.has("style")) {
      if (auto s = style_ref(c, "style", true)) {
        column.style = *s;
      } else {
        good = false;
      }
    }
    column.value = attribute_text(c, "value", true, local, scope);
    // {jumlah} is what the column's cells add up to, as printed.
    if (c.has("total")) column.total = attribute_text(c, "total", true, {"jumlah"});
    column.title = element_text(child, {});
    settings.table.columns.push_back(std::move(column));
  }
  if (settings.table.columns.empty()) {
    context_.error(r.pos(), "missing-element", text::tr("<item-table> needs one or more <column value=\"…\" width=\"…\">"));
    good = false;
  }
  if (!good) return std::nullopt;
  check_column_widths(settings.table, pages.text_width(), "<item-table>", "its", std::nullopt);
  return settings;
}

}  // namespace naskah::compose::detail
