#include "text_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "naskah/text/edit_distance.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::plan::detail {
namespace {

constexpr int max_nomor = 9999;

}  // namespace

TextReader::RepetitionScope::RepetitionScope(TextReader& text_reader, ElementReader& element) : reader(text_reader) {
  auto word = element.choice("untuk-setiap", {"sasaran", "program", "kegiatan", "subkegiatan", "evaluasi"});
  if (!word) return;
  ItemKind wanted = *item_kind_from_name(word->value);
  if (auto problem = repetition_problem(wanted, reader.scope_)) {
    reader.context_.error(word->pos, "bad-value", std::move(*problem));
    return;
  }
  kind = wanted;
  reader.scope_.push_back(wanted);
}

TextReader::RepetitionScope::~RepetitionScope() {
  if (kind) reader.scope_.pop_back();
}

template <class Heading>
void TextReader::read_heading(ElementReader& reader, Heading& out) {
  out.pos = reader.pos();
  if (auto value = reader.optional_name("id")) out.id = value->value;
  if (auto word = reader.choice("hapus", {"ya", "tidak"})) out.omit = word->value == "ya";
  // A judul is needed unless the id names the template's standard one, whose judul stands.
  if (reader.has("judul") || (out.id.empty() && !out.omit)) out.title = read_title(reader);
  if (out.omit && out.id.empty() && !reader.has("judul")) {
    context_.error(reader.pos(), "missing-attribute",
                   text::tr("{} hapus=\"ya\" needs the id or the judul of the template's {} it removes", reader.tag(),
                               reader.tag()));
  }
}

std::vector<Block> TextReader::read_blocks(const std::vector<pugi::xml_node>& children) {
  std::vector<Block> blocks;
  for (pugi::xml_node child : children) {
    std::string_view name = child.name();
    if (name == "p") {
      blocks.emplace_back(read_paragraph(child));
    } else if (name == "ol" || name == "ul") {
      blocks.emplace_back(read_list(child));
    } else if (name == "tabel-evaluasi") {
      ElementReader marker(context_, child, {"judul"});
      marker.children({});
      EvaluationTableMarker evaluation{marker.pos(), {}};
      if (marker.has("judul")) evaluation.caption = read_inline_attribute(marker, "judul");
      blocks.emplace_back(std::move(evaluation));
    } else if (name == "table") {
      blocks.emplace_back(read_table(child));
    } else if (name == "dl") {
      blocks.emplace_back(read_definition_list(child));
    } else if (name == "gambar") {
      blocks.emplace_back(read_figure(child));
    } else if (name == "struktur-organisasi") {
      blocks.emplace_back(read_org_chart(child));
    } else if (name == "tabel-kinerja") {
      blocks.emplace_back(read_data_table(child));
    } else if (name == "grafik") {
      blocks.emplace_back(read_chart(child));
    } else if (name == "analisis") {
      blocks.emplace_back(read_analysis(child));
    } else if (name == "blok") {
      blocks.emplace_back(read_repeated_blocks(child));
    }
  }
  return blocks;
}

std::vector<pugi::xml_node> TextReader::block_children(ElementReader& reader) {
  return reader.children({"p", "ol", "ul", "dl", "tabel-evaluasi", "table", "gambar", "struktur-organisasi",
                          "tabel-kinerja", "grafik", "analisis", "blok"});
}

DataTableMarker TextReader::read_data_table(pugi::xml_node node) {
  ElementReader reader(context_, node, {"nama", "judul"});
  reader.children({});
  DataTableMarker marker;
  marker.pos = reader.pos();
  if (auto name = reader.name("nama")) marker.name = *name;
  if (reader.has("judul")) marker.caption = read_inline_attribute(reader, "judul");
  return marker;
}

ChartMarker TextReader::read_chart(pugi::xml_node node) {
  ElementReader reader(context_, node, {"jenis", "judul"});
  reader.children({});
  ChartMarker marker;
  marker.pos = reader.pos();
  if (!reader.has("jenis")) {
    reader.name("jenis");  // reports it missing
  } else if (auto kind = reader.choice("jenis", {"target-realisasi", "penyerapan-anggaran", "tren"})) {
    marker.kind = kind->value == "tren"                  ? ChartKind::tren
                  : kind->value == "penyerapan-anggaran" ? ChartKind::penyerapan_anggaran
                                                         : ChartKind::target_realisasi;
  }
  marker.caption = read_inline_attribute(reader, "judul");
  return marker;
}

AnalysisMarker TextReader::read_analysis(pugi::xml_node node) {
  ElementReader reader(context_, node, {});
  reader.children({});
  // The analysis is a sasaran's: only where a sasaran is current.
  const bool in_sasaran =
      std::any_of(scope_.begin(), scope_.end(), [](ItemKind loop) { return is_within(ItemKind::sasaran, loop); });
  if (!in_sasaran) {
    context_.error(reader.pos(), "bad-value",
                   text::tr("<analisis/> places the current sasaran's analysis, but this text is not repeated for each "
                            "sasaran; put it in <blok untuk-setiap=\"sasaran\">"));
  }
  return AnalysisMarker{reader.pos()};
}

RepeatedBlocks TextReader::read_repeated_blocks(pugi::xml_node node) {
  ElementReader reader(context_, node, {"untuk-setiap"});
  RepeatedBlocks out;
  out.pos = reader.pos();
  if (!reader.has("untuk-setiap")) reader.name("untuk-setiap");  // reports it missing
  RepetitionScope repetition(*this, reader);
  if (repetition.kind) out.repeat = *repetition.kind;
  out.blocks = read_blocks(block_children(reader));
  if (!repetition.kind) out.blocks.clear();  // repeated over nothing that can be named: left out, as reported
  return out;
}

void TextReader::read_inline(pugi::xml_node node, InlineBuilder& builder, std::uint8_t style, bool allow_lists,
                         std::vector<List>* lists) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      std::string_view text = child.value();
      if (lists != nullptr && !lists->empty() &&
          std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; })) {
        auto first = std::find_if(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
        std::size_t at = static_cast<std::size_t>(child.offset_debug()) + static_cast<std::size_t>(first - text.begin());
        context_.error(context_.position(at), "unexpected-text", text::tr("text after a nested list; start a new <li> for it"));
        continue;
      }
      auto raw_start = static_cast<std::size_t>(child.offset_debug());
      builder.add_text(text, style, [&](std::size_t index) { return context_.text_position(raw_start, text, index); });
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    if (name == "b" || name == "i" || name == "u") {
      ElementReader reader(context_, child, {});
      std::uint8_t flag = name == "b" ? style_bold : (name == "i" ? style_italic : style_underline);
      read_inline(child, builder, static_cast<std::uint8_t>(style | flag), false, nullptr);
    } else if (name == "br") {
      ElementReader reader(context_, child, {});
      reader.children({});
      builder.add_line_break();
    } else if (allow_lists && (name == "ol" || name == "ul")) {
      lists->push_back(read_list(child));
    } else {
      std::vector<std::string_view> allowed = {"b", "i", "u", "br"};
      if (allow_lists) {
        allowed.push_back("ol");
        allowed.push_back("ul");
      }
      std::string message = text::tr("unknown element <{}> in <{}>", name, node.name());
      if (auto near = naskah::text::closest_match(name, allowed)) {
        message += text::tr("; did you mean <{}>?", *near);
      } else {
        message += allow_lists ? text::tr("; text may hold <b>, <i>, <u>, <br/> and nested <ol> or <ul>")
                               : text::tr("; text may hold <b>, <i>, <u> and <br/>");
      }
      context_.error(context_.element_position(child), "unknown-element", std::move(message));
    }
  }
}

TextBlock TextReader::read_paragraph(pugi::xml_node node) {
  ElementReader reader(context_, node, {"untuk-setiap"});
  TextBlock paragraph{reader.pos(), {}, {}};
  RepetitionScope repetition(*this, reader);
  paragraph.repeat = repetition.kind;
  InlineBuilder builder(problem_sink(), scope_);
  read_inline(node, builder, 0, false, nullptr);
  paragraph.text = builder.finish();
  if (paragraph.text.empty()) context_.warning(reader.pos(), "empty-text", text::tr("an empty paragraph"));
  return paragraph;
}

List TextReader::read_list(pugi::xml_node node) {
  bool ordered = std::string_view(node.name()) == "ol";
  ElementReader reader(context_, node, ordered ? std::initializer_list<std::string_view>{"type", "format", "start"}
                                               : std::initializer_list<std::string_view>{});
  List list;
  list.pos = reader.pos();
  list.ordered = ordered;
  if (ordered) {
    if (auto type = reader.choice("type", {"1", "a", "A", "i", "I"})) {
      static const std::map<std::string, NumberStyle> styles = {{"1", NumberStyle::arabic},
                                                                {"a", NumberStyle::lower_alpha},
                                                                {"A", NumberStyle::upper_alpha},
                                                                {"i", NumberStyle::lower_roman},
                                                                {"I", NumberStyle::upper_roman}};
      list.numbering = styles.at(type->value);
    }
    if (auto format = reader.optional_text("format")) {
      if (std::count(format->value.begin(), format->value.end(), '#') != 1) {
        context_.error(format->pos, "bad-value",
                       text::tr("format=\"{}\" on <ol>: write '#' once where the number goes, e.g. \"(#)\"", format->value));
      } else {
        list.label_format = format->value;
      }
    }
    if (auto start = reader.whole_number("start", false, 1, max_nomor)) list.start = start->value;
  }
  for (pugi::xml_node item : reader.children({"li"})) list.items.push_back(read_list_item(item));
  if (list.items.empty()) context_.error(list.pos, "missing-element", text::tr("{} has no <li>", reader.tag()));
  return list;
}

Table TextReader::read_table(pugi::xml_node node) {
  ElementReader reader(context_, node, {"judul"});
  Table table;
  table.pos = reader.pos();
  if (reader.has("judul")) table.caption = read_inline_attribute(reader, "judul");
  std::vector<pugi::xml_node> children = reader.children({"col", "tr"});
  check_order(context_, reader, children, {{"col"}, {"tr"}});
  double total_percent = 0;
  for (pugi::xml_node child : children) {
    if (std::string_view(child.name()) == "col") {
      ElementReader col(context_, child, {"width"});
      col.children({});
      auto width = col.raw_text("width");
      Parsed<Decimal> percent = width && width->value.size() > 1 && width->value.back() == '%'
                                    ? parse_indonesian_decimal(width->value.substr(0, width->value.size() - 1))
                                    : Parsed<Decimal>::fail("");
      if (!width) {
        continue;
      } else if (!percent || percent.value->units <= 0) {
        context_.error(width->pos, "bad-value",
                       text::tr("width=\"{}\" on <col>: give the column's share of the width in percent, e.g. \"25%\"",
                                   width->value));
        continue;
      }
      double value = std::stod(percent.value->to_c_string());
      total_percent += value;
      table.column_percent.push_back(value);
      continue;
    }
    ElementReader row_reader(context_, child, {});
    TableRow row;
    row.pos = row_reader.pos();
    for (pugi::xml_node cell_node : row_reader.children({"th", "td"})) {
      ElementReader cell_reader(context_, cell_node, {"rowspan", "colspan", "align"});
      TableCell cell;
      cell.pos = cell_reader.pos();
      cell.header = std::string_view(cell_node.name()) == "th";
      if (auto span = cell_reader.whole_number("rowspan", false, 1, 100000)) cell.row_span = span->value;
      if (auto span = cell_reader.whole_number("colspan", false, 1, 100)) cell.col_span = span->value;
      if (auto align = cell_reader.choice("align", {"left", "center", "right"})) {
        cell.align = align->value == "center" ? CellAlign::center : align->value == "right" ? CellAlign::right : CellAlign::left;
      } else if (cell.header) {
        cell.align = CellAlign::center;
      }
      InlineBuilder builder(problem_sink(), scope_);
      read_inline(cell_node, builder, cell.header ? style_bold : 0, false, nullptr);
      cell.text = builder.finish();
      row.cells.push_back(std::move(cell));
    }
    if (row.cells.empty()) context_.error(row.pos, "missing-element", text::tr("<tr> has no <th> or <td>"));
    table.rows.push_back(std::move(row));
  }
  if (table.rows.empty()) context_.error(table.pos, "missing-element", text::tr("<table> has no <tr>"));
  if (!table.column_percent.empty() && (total_percent < 99.5 || total_percent > 100.5)) {
    context_.error(table.pos, "bad-value",
                   text::tr("the <col> widths of <table> add up to {}%, not 100%", text::format_decimal(std::to_string(total_percent))));
  }
  return table;
}

ListItem TextReader::read_list_item(pugi::xml_node node) {
  ElementReader reader(context_, node, {"untuk-setiap"});
  ListItem item;
  item.pos = reader.pos();
  RepetitionScope repetition(*this, reader);
  item.repeat = repetition.kind;
  InlineBuilder builder(problem_sink(), scope_);
  read_inline(node, builder, 0, true, &item.sublists);
  item.text = builder.finish();
  if (item.text.empty() && item.sublists.empty()) context_.warning(item.pos, "empty-text", text::tr("an empty list item"));
  return item;
}

InlineText TextReader::read_inline_attribute(ElementReader& reader, std::string_view attribute) {
  if (!reader.name(attribute)) return {};
  // Parse the value as written (the builder folds white space itself), so that positions map one to one.
  std::size_t value_start = context_.attribute_value_offset(reader.node(), attribute);
  std::string raw = reader.node().attribute(std::string(attribute).c_str()).value();
  return parse_inline_attribute(
      raw, [&](std::size_t index) { return context_.text_position(value_start, raw, index); }, problem_sink(), scope_);
}

Chapter TextReader::read_bab(pugi::xml_node node) {
  ElementReader reader(context_, node, {"id", "judul", "hapus", "bernomor"});
  Chapter chapter;
  read_heading(reader, chapter);
  if (auto word = reader.choice("bernomor", {"ya", "tidak"})) chapter.numbered = word->value == "ya";
  std::vector<pugi::xml_node> children = reader.children(
      {"subjudul", "p", "ol", "ul", "dl", "tabel-evaluasi", "table", "gambar", "struktur-organisasi", "tabel-kinerja",
       "grafik", "analisis", "blok", "subbab"});
  check_order(context_, reader, children,
              {{"subjudul"},
               {"p", "ol", "ul", "dl", "tabel-evaluasi", "table", "gambar", "struktur-organisasi", "tabel-kinerja",
                "grafik", "analisis", "blok"},
               {"subbab"}});
  std::vector<pugi::xml_node> blocks;
  for (pugi::xml_node child : children) {
    std::string_view name = child.name();
    if (name == "subbab") {
      chapter.sections.push_back(read_subbab(child));
    } else if (name == "subjudul") {
      chapter.subtitles.push_back(read_subtitle(child));
    } else {
      blocks.push_back(child);
    }
  }
  chapter.blocks = read_blocks(blocks);
  return chapter;
}

Section TextReader::read_subbab(pugi::xml_node node) {
  ElementReader reader(context_, node, {"id", "judul", "hapus"});
  Section section;
  read_heading(reader, section);
  section.blocks = read_blocks(block_children(reader));
  return section;
}

InlineText TextReader::read_inline_only(pugi::xml_node node, const ElementReader& reader) {
  InlineBuilder builder(problem_sink(), scope_);
  read_inline(node, builder, 0, false, nullptr);
  InlineText text = builder.finish();
  if (text.empty()) context_.warning(reader.pos(), "empty-text", text::tr("an empty {}", reader.tag()));
  return text;
}

Subtitle TextReader::read_subtitle(pugi::xml_node node) {
  ElementReader reader(context_, node, {});
  return Subtitle{reader.pos(), read_inline_only(node, reader)};
}

DefinitionList TextReader::read_definition_list(pugi::xml_node node) {
  ElementReader reader(context_, node, {});
  DefinitionList list{reader.pos(), {}};
  for (pugi::xml_node child : reader.children({"dt", "dd"})) {
    ElementReader item(context_, child, {});
    list.items.push_back(Definition{item.pos(), std::string_view(child.name()) == "dt", read_inline_only(child, item)});
  }
  if (list.items.empty()) context_.error(list.pos, "missing-element", text::tr("<dl> has no <dt> or <dd>"));
  return list;
}

std::optional<At<Extent>> TextReader::read_extent(ElementReader& reader, const char* attribute, const char* element) {
  auto given = reader.optional_text(attribute);
  if (!given) return std::nullopt;
  Parsed<Extent> extent = parse_extent(given->value);
  if (!extent) {
    context_.error(given->pos, "bad-length", text::tr("{}=\"{}\" on <{}>: {}", attribute, given->value, element, extent.error));
    return std::nullopt;
  }
  return At<Extent>{*extent.value, given->pos};
}

Figure TextReader::read_figure(pugi::xml_node node) {
  ElementReader reader(context_, node, {"src", "judul", "lebar"});
  reader.children({});
  Figure figure;
  figure.pos = reader.pos();
  if (auto src = reader.name("src")) figure.src = *src;
  figure.caption = read_inline_attribute(reader, "judul");
  figure.width = read_extent(reader, "lebar", "gambar");
  if (figure.width && figure.width->value.value <= 0) {
    context_.error(figure.width->pos, "bad-length",
                   text::tr("lebar=\"{}\" on <gambar>: a figure is wider than 0", std::string(reader.node().attribute("lebar").as_string())));
    figure.width.reset();
  }
  return figure;
}

OrgChart TextReader::read_org_chart(pugi::xml_node node) {
  ElementReader reader(context_, node, {"judul", "tinggi"});
  OrgChart chart;
  chart.pos = reader.pos();
  if (reader.has("judul")) chart.caption = read_inline_attribute(reader, "judul");
  chart.height = read_extent(reader, "tinggi", "struktur-organisasi");
  if (chart.height && chart.height->value.value <= 0) {
    context_.error(chart.height->pos, "bad-length",
                   text::tr("tinggi=\"{}\" on <struktur-organisasi>: a chart is taller than 0",
                            std::string(reader.node().attribute("tinggi").as_string())));
    chart.height.reset();
  }
  std::vector<pugi::xml_node> units = reader.children({"unit"});
  if (units.empty()) {
    context_.error(chart.pos, "missing-element",
                   text::tr("<struktur-organisasi> needs a <unit>: the head of the organisation, with the units "
                            "under it inside it"));
    return chart;
  }
  for (std::size_t i = 1; i < units.size(); ++i) {
    context_.error(context_.element_position(units[i]), "duplicate-element",
                   text::tr("<struktur-organisasi> has one <unit> at its top, the head of the organisation; put this "
                            "one inside the unit it is under"));
  }
  chart.root = read_org_unit(units[0]);
  if (chart.root.place != OrgPlace::below) {
    context_.error(chart.root.pos, "bad-value",
                   text::tr("the head of the organisation stands at the top of the chart, not beside a line; leave "
                            "out posisi"));
    chart.root.place = OrgPlace::below;
  }
  return chart;
}

OrgUnit TextReader::read_org_unit(pugi::xml_node node) {
  ElementReader reader(context_, node, {"nama", "pejabat", "posisi"});
  OrgUnit unit;
  unit.pos = reader.pos();
  if (auto nama = reader.name("nama")) unit.nama = nama->value;
  if (auto pejabat = reader.optional_text("pejabat")) unit.pejabat = pejabat->value;
  if (auto posisi = reader.choice("posisi", {"bawah", "samping", "samping-kanan"})) {
    unit.place = posisi->value == "samping"         ? OrgPlace::beside_left
                 : posisi->value == "samping-kanan" ? OrgPlace::beside_right
                                                    : OrgPlace::below;
  }
  for (pugi::xml_node child : reader.children({"unit"})) unit.units.push_back(read_org_unit(child));
  if (unit.place != OrgPlace::below && !unit.units.empty()) {
    context_.error(unit.pos, "bad-value",
                   text::tr("a unit beside the line (posisi=\"samping\") has no units under it; give the units "
                            "under it their own place in the rows below"));
    unit.units.clear();
  }
  return unit;
}

}  // namespace naskah::plan::detail
