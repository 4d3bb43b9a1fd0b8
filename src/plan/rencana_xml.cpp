#include "naskah/plan/rencana_xml.hpp"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/utf8.hpp"
#include "naskah/text/xml_escape.hpp"

namespace naskah::plan {
namespace {

/// A start tag longer than this (in characters, with its indent) continues on the next line.
constexpr std::size_t wrap_column = 110;

using Attributes = std::vector<std::pair<std::string_view, std::string>>;

class RencanaWriter {
 public:
  explicit RencanaWriter(const XmlIndentation& layout) : layout_(layout) {}

  std::string write(const Rencana& rencana) && {
    Attributes attributes;
    if (rencana.anggaran) attributes.emplace_back("anggaran", amount(rencana.anggaran->value));
    spending(attributes, rencana.realisasi);
    if (rencana.akhir_renstra) attributes.emplace_back("akhir-renstra", std::to_string(rencana.akhir_renstra->value));
    start_tag(0, "rencana", attributes, Close::open);
    for (const Sasaran& sasaran : rencana.sasaran) write(sasaran);
    line(0);
    text_ += "</rencana>";
    return std::move(text_);
  }

 private:
  enum class Close : std::uint8_t { open, empty };

  static std::string amount(Rupiah rupiah) { return text::format_integer(rupiah.value); }

  /// A new line at `depth` steps below <rencana>; nothing before the very first tag.
  void line(int depth) {
    if (text_.empty()) return;
    text_ += layout_.newline + layout_.indent;
    for (int i = 0; i < depth; ++i) text_ += layout_.step;
  }

  /// <name a="…" b="…"> (or "/>"), the attributes after nama continued on further lines, lined up under the
  /// first, where the line would pass wrap_column: an item's number and name stay on its first line.
  void start_tag(int depth, std::string_view name, const Attributes& attributes, Close close) {
    line(depth);
    std::string indent = layout_.indent;
    for (int i = 0; i < depth; ++i) indent += layout_.step;
    const std::string continuation = layout_.newline + indent + std::string(name.size() + 2, ' ');
    const std::size_t continuation_width = text::decode_utf8(indent).size() + name.size() + 2;
    const std::string_view ending = close == Close::empty ? "/>" : ">";
    std::string tag = fmt::format("<{}", name);
    std::size_t width = text::decode_utf8(indent).size() + tag.size();
    bool past_name = false;
    for (std::size_t i = 0; i < attributes.size(); ++i) {
      const std::string attribute =
          fmt::format("{}=\"{}\"", attributes[i].first, text::xml_escaped(attributes[i].second));
      const std::size_t length = text::decode_utf8(attribute).size();
      const std::size_t last = i + 1 == attributes.size() ? ending.size() : 0;
      if (past_name && width + 1 + length + last > wrap_column) {
        tag += continuation;
        width = continuation_width;
      } else {
        tag += ' ';
        width += 1;
      }
      tag += attribute;
      width += length;
      past_name = past_name || attributes[i].first == "nama";
    }
    text_ += tag;
    text_ += ending;
  }

  /// realisasi-anggaran and capaian-anggaran, where the item has them.
  static void spending(Attributes& attributes, const BudgetRealisation& realisasi) {
    if (realisasi.realisasi_anggaran) attributes.emplace_back("realisasi-anggaran", amount(realisasi.realisasi_anggaran->value));
    if (realisasi.capaian_anggaran) attributes.emplace_back("capaian-anggaran", realisasi.capaian_anggaran->value.text);
  }

  static Attributes item(int nomor, const std::optional<At<std::string>>& kode, const std::string& nama) {
    Attributes attributes{{"nomor", std::to_string(nomor)}};
    if (kode) attributes.emplace_back("kode", kode->value);
    attributes.emplace_back("nama", nama);
    return attributes;
  }

  void indicators(int depth, const std::vector<Indikator>& list) {
    for (const Indikator& indikator : list) {
      Attributes attributes{{"nama", indikator.nama}};
      if (indikator.target) attributes.emplace_back("target", indikator.target->value.text);
      if (indikator.realisasi) attributes.emplace_back("realisasi", indikator.realisasi->value.text);
      if (indikator.realisasi_blank) attributes.emplace_back("realisasi", "");
      if (indikator.arah == Arah::turun) attributes.emplace_back("arah", "turun");
      if (indikator.akumulasi) attributes.emplace_back("akumulasi", accumulation_name(indikator.akumulasi->value));
      if (indikator.capaian) attributes.emplace_back("capaian", indikator.capaian->value.text);
      if (indikator.keterangan) attributes.emplace_back("keterangan", status_name(indikator.keterangan->value));
      if (indikator.target_renstra) attributes.emplace_back("target-renstra", indikator.target_renstra->value.text);
      const bool children = !indikator.triwulan.empty() || !indikator.riwayat.empty();
      start_tag(depth, "indikator", attributes, children ? Close::open : Close::empty);
      if (!children) continue;
      for (const Triwulan& q : indikator.triwulan) {
        start_tag(depth + 1, "triwulan", {{"ke", std::to_string(q.ke)}, {"realisasi", q.realisasi.value.text}}, Close::empty);
      }
      for (const Riwayat& r : indikator.riwayat) {
        Attributes year{{"tahun", std::to_string(r.tahun.value)}};
        if (r.target) year.emplace_back("target", r.target->value.text);
        year.emplace_back("realisasi", r.realisasi.value.text);
        start_tag(depth + 1, "riwayat", year, Close::empty);
      }
      line(depth);
      text_ += "</indikator>";
    }
  }

  /// An <analisis> as the plan's file wrote it: a spreadsheet carries none, so it is carried over whole.
  void analysis(int depth, const std::optional<Analisis>& analisis) {
    if (!analisis || analisis->xml.empty()) return;
    line(depth);
    text_ += analisis->xml;
  }

  void write(const Sasaran& sasaran) {
    Attributes attributes;
    if (sasaran.nomor) attributes.emplace_back("nomor", std::to_string(*sasaran.nomor));
    attributes.emplace_back("nama", sasaran.nama);
    if (sasaran.capaian) attributes.emplace_back("capaian", sasaran.capaian->value.text);
    start_tag(1, "sasaran", attributes, Close::open);
    indicators(2, sasaran.indikator);
    analysis(2, sasaran.analisis);
    for (const Program& program : sasaran.program) write(program);
    line(1);
    text_ += "</sasaran>";
  }

  void write(const Program& program) {
    Attributes attributes = item(program.nomor.value, program.kode, program.nama);
    if (program.anggaran) attributes.emplace_back("anggaran", amount(program.anggaran->value));
    if (!program.ket.empty()) attributes.emplace_back("ket", program.ket);
    spending(attributes, program.realisasi);
    start_tag(2, "program", attributes, Close::open);
    indicators(3, program.indikator);
    for (const Kegiatan& kegiatan : program.kegiatan) write(kegiatan, program.ket);
    line(2);
    text_ += "</program>";
  }

  void write(const Kegiatan& kegiatan, const std::string& program_ket) {
    Attributes attributes = item(kegiatan.nomor.value, kegiatan.kode, kegiatan.nama);
    if (kegiatan.anggaran) attributes.emplace_back("anggaran", amount(kegiatan.anggaran->value));
    if (kegiatan.ket != program_ket) attributes.emplace_back("ket", kegiatan.ket);
    spending(attributes, kegiatan.realisasi);
    start_tag(3, "kegiatan", attributes, kegiatan.subkegiatan.empty() ? Close::empty : Close::open);
    if (kegiatan.subkegiatan.empty()) return;
    for (const SubKegiatan& sub : kegiatan.subkegiatan) write(sub, kegiatan.ket);
    line(3);
    text_ += "</kegiatan>";
  }

  void write(const SubKegiatan& sub, const std::string& kegiatan_ket) {
    Attributes attributes = item(sub.nomor.value, sub.kode, sub.nama);
    attributes.emplace_back("anggaran", amount(sub.anggaran.value));
    if (sub.ket != kegiatan_ket) attributes.emplace_back("ket", sub.ket);
    spending(attributes, sub.realisasi);
    if (sub.realisasi_anggaran_blank) attributes.emplace_back("realisasi-anggaran", "");
    const bool children = !sub.indikator.empty() || !sub.triwulan.empty();
    start_tag(4, "subkegiatan", attributes, children ? Close::open : Close::empty);
    if (!children) return;
    indicators(5, sub.indikator);
    for (const TriwulanAnggaran& q : sub.triwulan) {
      start_tag(5, "triwulan", {{"ke", std::to_string(q.ke)}, {"realisasi-anggaran", amount(q.realisasi_anggaran.value)}},
                Close::empty);
    }
    line(4);
    text_ += "</subkegiatan>";
  }

  const XmlIndentation& layout_;
  std::string text_;
};

}  // namespace

std::string rencana_xml(const Rencana& rencana, const XmlIndentation& layout) {
  return RencanaWriter(layout).write(rencana);
}

}  // namespace naskah::plan
