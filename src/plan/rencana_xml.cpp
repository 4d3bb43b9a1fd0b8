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
      start_tag(depth, "indikator", attributes, Close::empty);
    }
  }

  void write(const Sasaran& sasaran) {
    Attributes attributes;
    if (sasaran.nomor) attributes.emplace_back("nomor", std::to_string(*sasaran.nomor));
    attributes.emplace_back("nama", sasaran.nama);
    start_tag(1, "sasaran", attributes, Close::open);
    indicators(2, sasaran.indikator);
    for (const Program& program : sasaran.program) write(program);
    line(1);
    text_ += "</sasaran>";
  }

  void write(const Program& program) {
    Attributes attributes = item(program.nomor.value, program.kode, program.nama);
    if (program.anggaran) attributes.emplace_back("anggaran", amount(program.anggaran->value));
    if (!program.ket.empty()) attributes.emplace_back("ket", program.ket);
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
    start_tag(4, "subkegiatan", attributes, sub.indikator.empty() ? Close::empty : Close::open);
    if (sub.indikator.empty()) return;
    indicators(5, sub.indikator);
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
