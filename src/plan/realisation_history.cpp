#include "realisation_history.hpp"

#include <fmt/format.h>

#include <string>

#include "naskah/text/utf8.hpp"
#include "naskah/text/xml_escape.hpp"

namespace naskah::plan::detail {
namespace {

bool written(pugi::xml_node node, const char* attribute) {
  const std::string_view value = node.attribute(attribute).value();
  return value.find_first_not_of(" \t\r\n") != std::string_view::npos;
}

class History {
 public:
  History(const ParseContext& context, int year) : context_(context), source_(context.source()), year_(year) {}

  void remove_attributes(pugi::xml_node node, std::initializer_list<const char*> names) {
    for (const char* name : names) {
      if (auto edit = attribute_removal(context_, node, name)) edits_.push_back(std::move(*edit));
    }
  }

  void remove_children(pugi::xml_node node, const char* name) {
    for (pugi::xml_node child : node.children(name)) edits_.push_back(element_removal(source_, child));
  }

  /// The indikator's realisasi as a <riwayat> of the year, after its children; its statements of the year removed.
  void indikator(pugi::xml_node node) {
    remove_children(node, "triwulan");
    if (written(node, "realisasi")) add_riwayat(node);
    remove_attributes(node, {"realisasi", "capaian", "keterangan"});
  }

  std::vector<TextEdit> take() { return std::move(edits_); }

 private:
  void add_riwayat(pugi::xml_node node) {
    std::string riwayat = fmt::format("<riwayat tahun=\"{}\"", year_);
    if (written(node, "target")) riwayat += fmt::format(" target=\"{}\"", text::xml_escaped(node.attribute("target").value()));
    riwayat += fmt::format(" realisasi=\"{}\"/>", text::xml_escaped(node.attribute("realisasi").value()));
    const XmlLayout layout = layout_at(source_, node);
    const std::size_t start = element_start(node);
    const std::size_t end = element_end(source_, start);
    if (source_.substr(end - 2, 2) == "/>") {
      // <indikator …/> becomes <indikator …> holding the riwayat, then </indikator>.
      std::string replacement = layout.own_line ? ">" + layout.newline + layout.indent + layout.step + riwayat +
                                                      layout.newline + layout.indent + "</indikator>"
                                                : ">" + riwayat + "</indikator>";
      std::size_t slash = end - 2;
      while (slash > start && (source_[slash - 1] == ' ' || source_[slash - 1] == '\t')) --slash;
      edits_.push_back(TextEdit{slash, end, std::move(replacement)});
      return;
    }
    // After its last child: before its end tag, on a line of its own when the end tag has one.
    const std::size_t end_tag = source_.rfind("</", end);
    if (indent_before(source_, end_tag)) {
      edits_.push_back(TextEdit{end_tag, end_tag, layout.step + riwayat + layout.newline + layout.indent});
    } else {
      edits_.push_back(TextEdit{end_tag, end_tag, riwayat});
    }
  }

  const ParseContext& context_;
  std::string_view source_;
  int year_;
  std::vector<TextEdit> edits_;
};

}  // namespace

std::vector<TextEdit> realisation_history(const ParseContext& context, pugi::xml_node root, int year) {
  History history(context, year);
  history.remove_attributes(root.child("penandatangan"), {"tanggal-laporan"});
  pugi::xml_node rencana = root.child("rencana");
  history.remove_attributes(rencana, {"realisasi-anggaran", "capaian-anggaran"});
  for (pugi::xml_node sasaran : rencana.children("sasaran")) {
    history.remove_attributes(sasaran, {"capaian"});
    history.remove_children(sasaran, "analisis");
    for (pugi::xml_node indikator : sasaran.children("indikator")) history.indikator(indikator);
    for (pugi::xml_node program : sasaran.children("program")) {
      history.remove_attributes(program, {"realisasi-anggaran", "capaian-anggaran"});
      for (pugi::xml_node indikator : program.children("indikator")) history.indikator(indikator);
      for (pugi::xml_node kegiatan : program.children("kegiatan")) {
        history.remove_attributes(kegiatan, {"realisasi-anggaran", "capaian-anggaran"});
        for (pugi::xml_node sub : kegiatan.children("subkegiatan")) {
          history.remove_attributes(sub, {"realisasi-anggaran", "capaian-anggaran"});
          history.remove_children(sub, "triwulan");
          for (pugi::xml_node indikator : sub.children("indikator")) history.indikator(indikator);
        }
      }
    }
  }
  return history.take();
}

}  // namespace naskah::plan::detail
