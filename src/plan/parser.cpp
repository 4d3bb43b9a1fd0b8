#include "naskah/plan/parser.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <sstream>

#include "naskah/plan/inline_text.hpp"
#include "naskah/text/edit_distance.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/utf8.hpp"
#include "xml_reader.hpp"
#include "xml_syntax.hpp"

namespace naskah::plan {
namespace {

using detail::ElementReader;
using detail::ParseContext;

constexpr int max_nomor = 9999;

/// Reports the first child that stands before a sibling it should follow. `groups` lists the allowed names in
/// their required order; names in one group may mix.
void check_order(ParseContext& context, const ElementReader& parent, const std::vector<pugi::xml_node>& children,
                 std::initializer_list<std::initializer_list<std::string_view>> groups) {
  auto rank_of = [&](std::string_view name) {
    int rank = 0;
    for (auto group : groups) {
      if (std::find(group.begin(), group.end(), name) != group.end()) return rank;
      ++rank;
    }
    return rank;
  };
  int highest = -1;
  std::string highest_name;
  for (pugi::xml_node child : children) {
    int rank = rank_of(child.name());
    if (rank < highest) {
      context.error(context.element_position(child), "element-order",
                    fmt::format("<{}> must come before <{}> in {}", child.name(), highest_name, parent.tag()));
      return;
    }
    if (rank > highest) {
      highest = rank;
      highest_name = child.name();
    }
  }
}

class Parser {
 public:
  explicit Parser(ParseContext& context) : context_(context) {}

  std::optional<Plan> parse(const pugi::xml_document& document);

 private:
  void read_instansi(pugi::xml_node node, Instansi& out);
  void read_penandatangan(pugi::xml_node node, Penandatangan& out);
  std::vector<Block> read_blocks(const std::vector<pugi::xml_node>& children);
  Paragraph read_paragraph(pugi::xml_node node);
  List read_list(pugi::xml_node node);
  Table read_table(pugi::xml_node node);
  ListItem read_list_item(pugi::xml_node node);
  void read_inline(pugi::xml_node node, InlineBuilder& builder, std::uint8_t style, bool allow_lists,
                   std::vector<List>* lists);
  InlineText read_title(ElementReader& reader);
  Chapter read_bab(pugi::xml_node node);
  Section read_subbab(pugi::xml_node node);
  Evaluasi read_evaluasi(pugi::xml_node node);
  Rencana read_rencana(pugi::xml_node node);
  Sasaran read_sasaran(pugi::xml_node node);
  Program read_program(pugi::xml_node node);
  Kegiatan read_kegiatan(pugi::xml_node node);
  SubKegiatan read_subkegiatan(pugi::xml_node node);
  Indikator read_indikator(pugi::xml_node node);

  InlineBuilder::ProblemSink problem_sink() {
    return [this](Pos pos, std::string_view rule, std::string message) { context_.error(pos, rule, std::move(message)); };
  }

  ParseContext& context_;
};

std::optional<Plan> Parser::parse(const pugi::xml_document& document) {
  pugi::xml_node root = context_.checked_root(document, "rkt", plan_namespace, "plan");
  if (root.empty()) return std::nullopt;
  Plan plan;
  plan.source_file = context_.file();
  ElementReader reader(context_, root, {"tahun", "template"});
  plan.pos = reader.pos();
  if (auto tahun = reader.whole_number("tahun", true, 2000, 2099)) plan.tahun = *tahun;
  if (auto name = reader.optional_text("template")) plan.template_name = name->value;

  std::vector<pugi::xml_node> children =
      reader.children({"instansi", "penandatangan", "kata-pengantar", "bab", "evaluasi", "rencana"});
  check_order(context_, reader, children,
              {{"instansi"}, {"penandatangan"}, {"kata-pengantar"}, {"bab"}, {"evaluasi"}, {"rencana"}});
  std::map<std::string, int> seen;
  for (pugi::xml_node child : children) {
    std::string name = child.name();
    if (name != "bab" && ++seen[name] > 1) {
      context_.error(context_.element_position(child), "duplicate-element",
                     fmt::format("a plan has one <{}>; this is a second one", name));
      continue;
    }
    if (name == "instansi") {
      read_instansi(child, plan.instansi);
    } else if (name == "penandatangan") {
      read_penandatangan(child, plan.penandatangan);
    } else if (name == "kata-pengantar") {
      ElementReader foreword(context_, child, {});
      plan.kata_pengantar = read_blocks(foreword.children({"p", "ol", "ul", "tabel-evaluasi", "table"}));
    } else if (name == "bab") {
      plan.bab.push_back(read_bab(child));
    } else if (name == "evaluasi") {
      plan.evaluasi = read_evaluasi(child);
    } else if (name == "rencana") {
      plan.rencana = read_rencana(child);
    }
  }
  for (std::string_view required : {"instansi", "penandatangan", "rencana"}) {
    if (seen.count(std::string(required)) == 0) {
      context_.error(reader.pos(), "missing-element", fmt::format("<rkt> needs a <{}> element", required));
    }
  }
  return plan;
}

void Parser::read_instansi(pugi::xml_node node, Instansi& out) {
  ElementReader reader(context_, node, {"nama", "singkatan", "daerah", "logo"});
  out.pos = reader.pos();
  if (auto v = reader.name("nama")) out.nama = v->value;
  if (auto v = reader.name("daerah")) out.daerah = v->value;
  out.singkatan = out.nama;
  if (auto v = reader.optional_name("singkatan")) out.singkatan = v->value;
  out.logo = reader.optional_text("logo");
  reader.children({});
}

void Parser::read_penandatangan(pugi::xml_node node, Penandatangan& out) {
  ElementReader reader(context_, node, {"jabatan", "nama", "nip", "pangkat", "tempat", "tanggal"});
  out.pos = reader.pos();
  if (auto v = reader.name("jabatan")) out.jabatan = v->value;
  if (auto v = reader.name("nama")) out.nama = v->value;
  if (auto v = reader.nip("nip")) out.nip = *v;
  if (auto v = reader.optional_text("pangkat")) out.pangkat = v->value;
  if (auto v = reader.name("tempat")) out.tempat = v->value;
  if (auto v = reader.date("tanggal")) out.tanggal = *v;
  reader.children({});
}

std::vector<Block> Parser::read_blocks(const std::vector<pugi::xml_node>& children) {
  std::vector<Block> blocks;
  for (pugi::xml_node child : children) {
    std::string_view name = child.name();
    if (name == "p") {
      blocks.emplace_back(read_paragraph(child));
    } else if (name == "ol" || name == "ul") {
      blocks.emplace_back(read_list(child));
    } else if (name == "tabel-evaluasi") {
      ElementReader marker(context_, child, {});
      marker.children({});
      blocks.emplace_back(EvaluationTableMarker{marker.pos()});
    } else if (name == "table") {
      blocks.emplace_back(read_table(child));
    }
  }
  return blocks;
}

void Parser::read_inline(pugi::xml_node node, InlineBuilder& builder, std::uint8_t style, bool allow_lists,
                         std::vector<List>* lists) {
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      std::string_view text = child.value();
      if (lists != nullptr && !lists->empty() &&
          std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; })) {
        auto first = std::find_if(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
        std::size_t at = static_cast<std::size_t>(child.offset_debug()) + static_cast<std::size_t>(first - text.begin());
        context_.error(context_.position(at), "unexpected-text", "text after a nested list; start a new <li> for it");
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
      std::string message = fmt::format("unknown element <{}> in <{}>", name, node.name());
      if (auto near = naskah::text::closest_match(name, allowed)) {
        message += fmt::format("; did you mean <{}>?", *near);
      } else {
        message += allow_lists ? "; text may hold <b>, <i>, <u>, <br/> and nested <ol> or <ul>"
                               : "; text may hold <b>, <i>, <u> and <br/>";
      }
      context_.error(context_.element_position(child), "unknown-element", std::move(message));
    }
  }
}

Paragraph Parser::read_paragraph(pugi::xml_node node) {
  ElementReader reader(context_, node, {});
  Paragraph paragraph{reader.pos(), {}};
  InlineBuilder builder(problem_sink());
  read_inline(node, builder, 0, false, nullptr);
  paragraph.text = builder.finish();
  if (paragraph.text.empty()) context_.warning(reader.pos(), "empty-text", "an empty paragraph");
  return paragraph;
}

List Parser::read_list(pugi::xml_node node) {
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
                       fmt::format("format=\"{}\" on <ol>: write '#' once where the number goes, e.g. \"(#)\"", format->value));
      } else {
        list.label_format = format->value;
      }
    }
    if (auto start = reader.whole_number("start", false, 1, max_nomor)) list.start = start->value;
  }
  for (pugi::xml_node item : reader.children({"li"})) list.items.push_back(read_list_item(item));
  if (list.items.empty()) context_.error(list.pos, "missing-element", fmt::format("{} has no <li>", reader.tag()));
  return list;
}

Table Parser::read_table(pugi::xml_node node) {
  ElementReader reader(context_, node, {});
  Table table;
  table.pos = reader.pos();
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
                       fmt::format("width=\"{}\" on <col>: give the column's share of the width in percent, e.g. \"25%\"",
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
      InlineBuilder builder(problem_sink());
      read_inline(cell_node, builder, cell.header ? style_bold : 0, false, nullptr);
      cell.text = builder.finish();
      row.cells.push_back(std::move(cell));
    }
    if (row.cells.empty()) context_.error(row.pos, "missing-element", "<tr> has no <th> or <td>");
    table.rows.push_back(std::move(row));
  }
  if (table.rows.empty()) context_.error(table.pos, "missing-element", "<table> has no <tr>");
  if (!table.column_percent.empty() && (total_percent < 99.5 || total_percent > 100.5)) {
    context_.error(table.pos, "bad-value",
                   fmt::format("the <col> widths of <table> add up to {}%, not 100%", text::format_decimal(std::to_string(total_percent))));
  }
  return table;
}

ListItem Parser::read_list_item(pugi::xml_node node) {
  ElementReader reader(context_, node, {});
  ListItem item;
  item.pos = reader.pos();
  InlineBuilder builder(problem_sink());
  read_inline(node, builder, 0, true, &item.sublists);
  item.text = builder.finish();
  if (item.text.empty() && item.sublists.empty()) context_.warning(item.pos, "empty-text", "an empty list item");
  return item;
}

InlineText Parser::read_title(ElementReader& reader) {
  if (!reader.name("judul")) return {};
  // Parse the value as written (the builder folds white space itself), so that positions map one to one.
  std::size_t value_start = context_.attribute_value_offset(reader.node(), "judul");
  std::string raw = reader.node().attribute("judul").value();
  return parse_inline_attribute(
      raw, [&](std::size_t index) { return context_.text_position(value_start, raw, index); }, problem_sink());
}

Chapter Parser::read_bab(pugi::xml_node node) {
  ElementReader reader(context_, node, {"judul"});
  Chapter chapter;
  chapter.pos = reader.pos();
  chapter.title = read_title(reader);
  std::vector<pugi::xml_node> children = reader.children({"p", "ol", "ul", "tabel-evaluasi", "table", "subbab"});
  check_order(context_, reader, children, {{"p", "ol", "ul", "tabel-evaluasi", "table"}, {"subbab"}});
  std::vector<pugi::xml_node> blocks;
  for (pugi::xml_node child : children) {
    if (std::string_view(child.name()) == "subbab") {
      chapter.sections.push_back(read_subbab(child));
    } else {
      blocks.push_back(child);
    }
  }
  chapter.blocks = read_blocks(blocks);
  return chapter;
}

Section Parser::read_subbab(pugi::xml_node node) {
  ElementReader reader(context_, node, {"judul"});
  Section section;
  section.pos = reader.pos();
  section.title = read_title(reader);
  section.blocks = read_blocks(reader.children({"p", "ol", "ul", "tabel-evaluasi", "table"}));
  return section;
}

Evaluasi Parser::read_evaluasi(pugi::xml_node node) {
  ElementReader reader(context_, node, {"tahun"});
  Evaluasi evaluasi;
  evaluasi.pos = reader.pos();
  if (auto tahun = reader.whole_number("tahun", true, 2000, 2099)) evaluasi.tahun = *tahun;
  for (pugi::xml_node sasaran_node : reader.children({"sasaran"})) {
    ElementReader sasaran_reader(context_, sasaran_node, {"nomor", "nama"});
    SasaranEvaluasi sasaran;
    sasaran.pos = sasaran_reader.pos();
    if (auto nomor = sasaran_reader.whole_number("nomor", false, 1, max_nomor)) sasaran.nomor = nomor->value;
    if (auto nama = sasaran_reader.name("nama")) sasaran.nama = nama->value;
    for (pugi::xml_node indikator_node : sasaran_reader.children({"indikator"})) {
      ElementReader ir(context_, indikator_node, {"nama", "target", "realisasi", "arah", "capaian", "keterangan"});
      IndikatorEvaluasi indikator;
      indikator.pos = ir.pos();
      if (auto nama = ir.name("nama")) indikator.nama = nama->value;
      if (auto target = ir.measure("target", true)) indikator.target = *target;
      // realisasi="" is a realisasi not filled in yet (realisasi-missing); a missing attribute is still an error.
      if (!ir.blank("realisasi")) indikator.realisasi = ir.measure("realisasi", true);
      if (auto arah = ir.choice("arah", {"naik", "turun"})) indikator.arah = arah->value == "turun" ? Arah::turun : Arah::naik;
      indikator.capaian = ir.measure("capaian", false);
      if (auto keterangan = ir.choice("keterangan", {"Tercapai", "Tidak Tercapai"})) {
        indikator.keterangan = At<Status>{keterangan->value == "Tercapai" ? Status::tercapai : Status::tidak_tercapai,
                                          keterangan->pos};
      }
      ir.children({});
      sasaran.indikator.push_back(std::move(indikator));
    }
    if (sasaran.indikator.empty()) {
      context_.error(sasaran.pos, "missing-element", "a <sasaran> of the evaluasi needs at least one <indikator>");
    }
    evaluasi.sasaran.push_back(std::move(sasaran));
  }
  return evaluasi;
}

Indikator Parser::read_indikator(pugi::xml_node node) {
  ElementReader reader(context_, node, {"nama", "target"});
  Indikator indikator;
  indikator.pos = reader.pos();
  if (auto nama = reader.name("nama")) indikator.nama = nama->value;
  indikator.target = reader.measure("target", false);
  reader.children({});
  return indikator;
}

Rencana Parser::read_rencana(pugi::xml_node node) {
  ElementReader reader(context_, node, {"anggaran"});
  Rencana rencana;
  rencana.pos = reader.pos();
  rencana.anggaran = reader.amount("anggaran", false);
  for (pugi::xml_node child : reader.children({"sasaran"})) rencana.sasaran.push_back(read_sasaran(child));
  return rencana;
}

Sasaran Parser::read_sasaran(pugi::xml_node node) {
  ElementReader reader(context_, node, {"nomor", "nama"});
  Sasaran sasaran;
  sasaran.pos = reader.pos();
  if (auto nomor = reader.whole_number("nomor", false, 1, max_nomor)) sasaran.nomor = nomor->value;
  if (auto nama = reader.name("nama")) sasaran.nama = nama->value;
  std::vector<pugi::xml_node> children = reader.children({"indikator", "program"});
  check_order(context_, reader, children, {{"indikator"}, {"program"}});
  for (pugi::xml_node child : children) {
    if (std::string_view(child.name()) == "indikator") {
      sasaran.indikator.push_back(read_indikator(child));
    } else {
      sasaran.program.push_back(read_program(child));
    }
  }
  return sasaran;
}

Program Parser::read_program(pugi::xml_node node) {
  ElementReader reader(context_, node, {"nomor", "kode", "nama", "anggaran", "ket"});
  Program program;
  program.pos = reader.pos();
  if (auto nomor = reader.whole_number("nomor", true, 1, max_nomor)) program.nomor = *nomor;
  program.kode = reader.code("kode");
  if (auto nama = reader.name("nama")) program.nama = nama->value;
  program.anggaran = reader.amount("anggaran", false);
  if (auto ket = reader.optional_name("ket")) program.ket = ket->value;
  std::vector<pugi::xml_node> children = reader.children({"indikator", "kegiatan"});
  check_order(context_, reader, children, {{"indikator"}, {"kegiatan"}});
  for (pugi::xml_node child : children) {
    if (std::string_view(child.name()) == "indikator") {
      program.indikator.push_back(read_indikator(child));
    } else {
      Kegiatan kegiatan = read_kegiatan(child);
      if (kegiatan.ket.empty()) kegiatan.ket = program.ket;
      for (SubKegiatan& sub : kegiatan.subkegiatan) {
        if (sub.ket.empty()) sub.ket = kegiatan.ket;
      }
      program.kegiatan.push_back(std::move(kegiatan));
    }
  }
  return program;
}

Kegiatan Parser::read_kegiatan(pugi::xml_node node) {
  ElementReader reader(context_, node, {"nomor", "kode", "nama", "anggaran", "ket"});
  Kegiatan kegiatan;
  kegiatan.pos = reader.pos();
  if (auto nomor = reader.whole_number("nomor", true, 1, max_nomor)) kegiatan.nomor = *nomor;
  kegiatan.kode = reader.code("kode");
  if (auto nama = reader.name("nama")) kegiatan.nama = nama->value;
  kegiatan.anggaran = reader.amount("anggaran", false);
  if (auto ket = reader.optional_name("ket")) kegiatan.ket = ket->value;
  for (pugi::xml_node child : reader.children({"subkegiatan"})) kegiatan.subkegiatan.push_back(read_subkegiatan(child));
  return kegiatan;
}

SubKegiatan Parser::read_subkegiatan(pugi::xml_node node) {
  ElementReader reader(context_, node, {"nomor", "kode", "nama", "anggaran", "ket"});
  SubKegiatan sub;
  sub.pos = reader.pos();
  if (auto nomor = reader.whole_number("nomor", true, 1, max_nomor)) sub.nomor = *nomor;
  sub.kode = reader.code("kode");
  if (auto nama = reader.name("nama")) sub.nama = nama->value;
  if (auto anggaran = reader.amount("anggaran", true)) sub.anggaran = *anggaran;
  if (auto ket = reader.optional_name("ket")) sub.ket = ket->value;
  for (pugi::xml_node child : reader.children({"indikator"})) sub.indikator.push_back(read_indikator(child));
  return sub;
}

}  // namespace

ParseResult parse_plan_text(std::string_view text, const std::string& file_name) {
  ParseResult result;
  ParseContext context(text, file_name, result.diagnostics);
  if (auto bad = text::first_invalid_utf8(text)) {
    context.error(context.position(*bad), "encoding",
                  "the file is not UTF-8 here; save the plan as UTF-8 (word processors often write Windows-1252)");
    return result;
  }
  pugi::xml_document document;
  // parse_ws_pcdata keeps the lone spaces between inline elements ("<b>a</b> <i>b</i>"); parse_doctype lets
  // us see, and refuse, a DOCTYPE.
  unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_doctype;
  pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
  if (!parsed) {
    detail::SyntaxProblem problem = detail::explain_parse_failure(text, parsed);
    context.error(context.position(problem.offset), "xml-syntax", problem.message);
    return result;
  }
  for (const detail::SyntaxProblem& problem : detail::find_bad_ampersands(text)) {
    context.error(context.position(problem.offset), "xml-syntax", problem.message);
  }
  Parser parser(context);
  result.plan = parser.parse(document);
  result.diagnostics.sort_by_location();
  return result;
}

std::optional<std::string> read_plan_source(const std::string& path, diag::Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error({path, 0, 0}, "io", fmt::format("cannot read the file: {}", std::strerror(errno)));
    return std::nullopt;
  }
  std::string text;
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size < 0 || static_cast<std::size_t>(size) > max_plan_bytes) {
    diagnostics.error({path, 0, 0}, "limit",
                      fmt::format("the file is larger than {} MB, the largest plan naskah reads",
                                  max_plan_bytes / (1024 * 1024)));
    return std::nullopt;
  }
  text.resize(static_cast<std::size_t>(size));
  in.read(text.data(), size);
  return text;
}

ParseResult parse_plan_file(const std::string& path) {
  ParseResult result;
  std::optional<std::string> text = read_plan_source(path, result.diagnostics);
  if (!text) return result;
  return parse_plan_text(*text, path);
}

}  // namespace naskah::plan
