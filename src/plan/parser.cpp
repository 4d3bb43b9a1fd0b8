#include "naskah/plan/parser.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <map>
#include <sstream>

#include "naskah/plan/inline_text.hpp"
#include "naskah/plan/whole_number.hpp"
#include "naskah/io/source_file.hpp"
#include "naskah/text/edit_distance.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"
#include "realisation_reader.hpp"
#include "text_reader.hpp"
#include "xml_splice.hpp"
#include "xml_reader.hpp"
#include "xml_syntax.hpp"

namespace naskah::plan {
namespace {

using detail::ElementReader;
using detail::ParseContext;
using detail::TextReader;
using detail::check_order;

class Parser {
 public:
  explicit Parser(ParseContext& context) : context_(context), text_(context) {}

  std::optional<Plan> parse(const pugi::xml_document& document);

 private:
  void read_instansi(pugi::xml_node node, Instansi& out);
  void read_penandatangan(pugi::xml_node node, Penandatangan& out);
  Atasan read_atasan(pugi::xml_node node);
  Evaluasi read_evaluasi(pugi::xml_node node);
  Rencana read_rencana(pugi::xml_node node);
  Sasaran read_sasaran(pugi::xml_node node);
  Program read_program(pugi::xml_node node);
  Kegiatan read_kegiatan(pugi::xml_node node);
  SubKegiatan read_subkegiatan(pugi::xml_node node);
  Indikator read_indikator(pugi::xml_node node, bool of_sasaran = false);

  ParseContext& context_;
  TextReader text_;
};

std::optional<Plan> Parser::parse(const pugi::xml_document& document) {
  pugi::xml_node root = context_.checked_root(document, "rkt", plan_namespace, text::tr_text("plan"));
  if (root.empty()) return std::nullopt;
  Plan plan;
  plan.source_file = context_.file();
  ElementReader reader(context_, root, {"tahun", "perubahan", "template"});
  plan.pos = reader.pos();
  if (auto tahun = reader.whole_number("tahun", true, 2000, 2099)) plan.tahun = *tahun;
  plan.perubahan = reader.whole_number("perubahan", false, 1, 9);
  if (auto name = reader.optional_text("template")) plan.template_name = name->value;

  std::vector<pugi::xml_node> children =
      reader.children({"instansi", "penandatangan", "atasan", "kata-pengantar", "bab", "evaluasi", "rencana"});
  check_order(context_, reader, children,
              {{"instansi"}, {"penandatangan"}, {"atasan"}, {"kata-pengantar"}, {"bab"}, {"evaluasi"}, {"rencana"}});
  std::map<std::string, int> seen;
  for (pugi::xml_node child : children) {
    std::string name = child.name();
    if (name != "bab" && ++seen[name] > 1) {
      context_.error(context_.element_position(child), "duplicate-element",
                     text::tr("a plan has one <{}>; this is a second one", name));
      continue;
    }
    if (name == "instansi") {
      read_instansi(child, plan.instansi);
    } else if (name == "penandatangan") {
      read_penandatangan(child, plan.penandatangan);
    } else if (name == "atasan") {
      plan.atasan = read_atasan(child);
    } else if (name == "kata-pengantar") {
      ElementReader foreword(context_, child, {});
      plan.kata_pengantar = text_.read_blocks(foreword.children({"p", "ol", "ul", "dl", "tabel-evaluasi", "table"}));
    } else if (name == "bab") {
      plan.bab.push_back(text_.read_bab(child));
    } else if (name == "evaluasi") {
      plan.evaluasi = read_evaluasi(child);
    } else if (name == "rencana") {
      plan.rencana = read_rencana(child);
    }
  }
  for (std::string_view required : {"instansi", "penandatangan", "rencana"}) {
    if (seen.count(std::string(required)) == 0) {
      context_.error(reader.pos(), "missing-element", text::tr("<rkt> needs a <{}> element", required));
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
  ElementReader reader(context_, node, {"jabatan", "nama", "nip", "pangkat", "tempat", "tanggal", "tanggal-laporan"});
  out.pos = reader.pos();
  // Written empty (nama=""): a place still to fill in, which signatory-missing names, not a fault of the structure.
  auto filled = [&](std::string_view attribute) {
    if (!reader.blank(attribute)) return true;
    out.blank.push_back(At<std::string>{std::string(attribute), context_.attribute_position(node, attribute)});
    return false;
  };
  if (filled("jabatan")) {
    if (auto v = reader.name("jabatan")) out.jabatan = v->value;
  }
  if (filled("nama")) {
    if (auto v = reader.name("nama")) out.nama = v->value;
  }
  if (filled("nip")) {
    if (auto v = reader.nip("nip")) out.nip = *v;
  }
  if (auto v = reader.optional_text("pangkat")) out.pangkat = v->value;
  if (filled("tempat")) {
    if (auto v = reader.name("tempat")) out.tempat = v->value;
  }
  if (filled("tanggal")) {
    if (auto v = reader.date("tanggal")) out.tanggal = *v;
  }
  if (reader.has("tanggal-laporan")) out.tanggal_laporan = reader.date("tanggal-laporan");
  reader.children({});
}

Atasan Parser::read_atasan(pugi::xml_node node) {
  ElementReader reader(context_, node, {"jabatan", "nama", "nip", "pangkat"});
  Atasan out;
  out.pos = reader.pos();
  if (auto v = reader.name("jabatan")) out.jabatan = v->value;
  if (auto v = reader.name("nama")) out.nama = v->value;
  if (reader.has("nip")) {
    if (auto v = reader.nip("nip")) out.nip = *v;
  }
  if (auto v = reader.optional_text("pangkat")) out.pangkat = v->value;
  reader.children({});
  return out;
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
      context_.error(sasaran.pos, "missing-element",
                     text::tr("a <sasaran> of the evaluasi needs at least one <indikator>"));
    }
    evaluasi.sasaran.push_back(std::move(sasaran));
  }
  return evaluasi;
}

Indikator Parser::read_indikator(pugi::xml_node node, bool of_sasaran) {
  ElementReader reader = of_sasaran ? ElementReader(context_, node, {"nama", "target", "realisasi", "arah", "akumulasi",
                                                                     "capaian", "keterangan", "target-renstra"})
                                    : ElementReader(context_, node, {"nama", "target", "realisasi", "arah", "akumulasi",
                                                                     "capaian", "keterangan"});
  Indikator indikator;
  indikator.pos = reader.pos();
  if (auto nama = reader.name("nama")) indikator.nama = nama->value;
  indikator.target = reader.measure("target", false);
  read_indikator_realisation(context_, reader, reader.children({"triwulan", "riwayat"}), of_sasaran, indikator);
  return indikator;
}

Rencana Parser::read_rencana(pugi::xml_node node) {
  ElementReader reader(context_, node, {"anggaran", "realisasi-anggaran", "capaian-anggaran", "akhir-renstra"});
  Rencana rencana;
  rencana.pos = reader.pos();
  rencana.anggaran = reader.amount("anggaran", false);
  read_budget_realisation(reader, rencana.realisasi);
  rencana.akhir_renstra = reader.whole_number("akhir-renstra", false, 2000, 2099);
  for (pugi::xml_node child : reader.children({"sasaran"})) rencana.sasaran.push_back(read_sasaran(child));
  return rencana;
}

Sasaran Parser::read_sasaran(pugi::xml_node node) {
  ElementReader reader(context_, node, {"nomor", "nama", "capaian"});
  Sasaran sasaran;
  sasaran.pos = reader.pos();
  if (auto nomor = reader.whole_number("nomor", false, 1, max_nomor)) sasaran.nomor = nomor->value;
  if (auto nama = reader.name("nama")) sasaran.nama = nama->value;
  sasaran.capaian = reader.measure("capaian", false);
  std::vector<pugi::xml_node> children = reader.children({"indikator", "analisis", "program"});
  check_order(context_, reader, children, {{"indikator"}, {"analisis"}, {"program"}});
  for (pugi::xml_node child : children) {
    if (std::string_view(child.name()) == "indikator") {
      sasaran.indikator.push_back(read_indikator(child, true));
    } else if (std::string_view(child.name()) == "analisis") {
      ElementReader analisis(context_, child, {});
      if (sasaran.analisis) {
        context_.error(analisis.pos(), "duplicate-element", text::tr("a <sasaran> has one <analisis>; this is a second one"));
        continue;
      }
      sasaran.analisis = Analisis{analisis.pos(), text_.read_blocks(analisis.children({"p", "ol", "ul", "dl", "table"})),
                                  detail::element_source(context_.source(), child)};
    } else {
      sasaran.program.push_back(read_program(child));
    }
  }
  return sasaran;
}

Program Parser::read_program(pugi::xml_node node) {
  ElementReader reader(context_, node,
                       {"nomor", "kode", "nama", "anggaran", "ket", "realisasi-anggaran", "capaian-anggaran"});
  Program program;
  program.pos = reader.pos();
  if (auto nomor = reader.whole_number("nomor", true, 1, max_nomor)) program.nomor = *nomor;
  program.kode = reader.code("kode");
  if (auto nama = reader.name("nama")) program.nama = nama->value;
  program.anggaran = reader.amount("anggaran", false);
  read_budget_realisation(reader, program.realisasi);
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
  ElementReader reader(context_, node,
                       {"nomor", "kode", "nama", "anggaran", "ket", "realisasi-anggaran", "capaian-anggaran"});
  Kegiatan kegiatan;
  kegiatan.pos = reader.pos();
  if (auto nomor = reader.whole_number("nomor", true, 1, max_nomor)) kegiatan.nomor = *nomor;
  kegiatan.kode = reader.code("kode");
  if (auto nama = reader.name("nama")) kegiatan.nama = nama->value;
  kegiatan.anggaran = reader.amount("anggaran", false);
  read_budget_realisation(reader, kegiatan.realisasi);
  if (auto ket = reader.optional_name("ket")) kegiatan.ket = ket->value;
  for (pugi::xml_node child : reader.children({"subkegiatan"})) kegiatan.subkegiatan.push_back(read_subkegiatan(child));
  return kegiatan;
}

SubKegiatan Parser::read_subkegiatan(pugi::xml_node node) {
  ElementReader reader(context_, node,
                       {"nomor", "kode", "nama", "anggaran", "ket", "realisasi-anggaran", "capaian-anggaran"});
  SubKegiatan sub;
  sub.pos = reader.pos();
  if (auto nomor = reader.whole_number("nomor", true, 1, max_nomor)) sub.nomor = *nomor;
  sub.kode = reader.code("kode");
  if (auto nama = reader.name("nama")) sub.nama = nama->value;
  if (auto anggaran = reader.amount("anggaran", true)) sub.anggaran = *anggaran;
  if (auto ket = reader.optional_name("ket")) sub.ket = ket->value;
  std::vector<pugi::xml_node> children = reader.children({"indikator", "triwulan"});
  check_order(context_, reader, children, {{"indikator"}, {"triwulan"}});
  std::vector<pugi::xml_node> quarters;
  for (pugi::xml_node child : children) {
    if (std::string_view(child.name()) == "indikator") {
      sub.indikator.push_back(read_indikator(child));
    } else {
      quarters.push_back(child);
    }
  }
  read_subkegiatan_realisation(context_, reader, quarters, sub);
  return sub;
}

}  // namespace

ParseResult parse_plan_text(std::string_view text, const std::string& file_name) {
  ParseResult result;
  ParseContext context(text, file_name, result.diagnostics);
  if (auto bad = text::first_invalid_utf8(text)) {
    context.error(context.position(*bad), "encoding",
                  text::tr("the file is not UTF-8 here; save the plan as UTF-8 (word processors often write Windows-1252)"));
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
  for (const detail::SyntaxProblem& problem : detail::find_lax_syntax(text)) {
    context.error(context.position(problem.offset), "xml-syntax", problem.message);
  }
  Parser parser(context);
  result.plan = parser.parse(document);
  result.diagnostics.sort_by_location();
  return result;
}

std::optional<std::string> read_plan_source(const std::string& path, diag::Diagnostics& diagnostics) {
  io::SourceFile file = io::read_source_file(path, max_plan_bytes);
  if (file.too_large) {
    diagnostics.error({path, 0, 0}, "limit",
                      text::tr("the file is larger than {} MB, the largest plan naskah reads",
                                  max_plan_bytes / (1024 * 1024)));
  } else if (!file.bytes) {
    diagnostics.error({path, 0, 0}, "io", text::tr("cannot read the file: {}", file.problem));
  }
  return std::move(file.bytes);
}

ParseResult parse_plan_file(const std::string& path) {
  ParseResult result;
  std::optional<std::string> text = read_plan_source(path, result.diagnostics);
  if (!text) return result;
  return parse_plan_text(*text, path);
}

}  // namespace naskah::plan
