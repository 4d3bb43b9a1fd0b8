#include "style_sheet.hpp"

#include <cctype>

#include "xml_part.hpp"

namespace naskah::docx::detail {
namespace {

/// The templates' style names naskah ships, as Indonesian word processors' users would call them.
const std::map<std::string, std::string, std::less<>>& display_names() {
  static const std::map<std::string, std::string, std::less<>> names{
      {"body", "Isi"},
      {"list-item", "Butir Daftar"},
      {"heading", "Judul"},
      {"title", "Judul Bab"},
      {"subbab", "Judul Subbab"},
      {"toc", "Daftar Isi"},
      {"toc-chapter", "Daftar Isi Bab"},
      {"cover-title", "Judul Sampul"},
      {"cover-unit", "Instansi Sampul"},
      {"signature", "Tanda Tangan"},
      {"signature-name", "Nama Penandatangan"},
      {"page-number", "Nomor Halaman"},
      {"caption", "Keterangan Gambar"},
      {"table-caption", "Judul Tabel"},
      {"annex-title", "Judul Lampiran"},
      {"party", "Pihak"},
      {"date", "Tempat dan Tanggal"},
      {"table-head", "Kepala Tabel"},
      {"table-number", "Nomor Kolom"},
      {"cell", "Isi Sel"},
      {"cell-center", "Isi Sel Tengah"},
      {"cell-amount", "Angka Sel"},
      {"cell-total", "Jumlah Sel"},
      {"matrix-cell", "Isi Matriks"},
      {"matrix-center", "Isi Matriks Tengah"},
      {"matrix-target", "Target Matriks"},
      {"matrix-amount", "Anggaran Matriks"},
      {"matrix-code", "Kode Matriks"},
      {"matrix-total", "Jumlah Matriks"},
      {"matrix-total-amount", "Anggaran Jumlah Matriks"},
      {"evaluation-head", "Kepala Tabel Evaluasi"},
      {"evaluation-cell", "Isi Tabel Evaluasi"},
      {"evaluation-center", "Isi Tabel Evaluasi Tengah"},
      {"org-unit", "Unit Bagan"},
      {"org-official", "Pejabat Bagan"},
  };
  return names;
}

/// A style id from its name: letters and digits only, as Word makes them ("Judul Bab" → "JudulBab").
std::string id_from(const std::string& name) {
  std::string id;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) id += c;
  }
  return id.empty() ? std::string("Gaya") : id;
}

void write_style(pugi::xml_node styles, const Style& style, const RunLook& normal) {
  pugi::xml_node node = add(styles, "w:style", "w:type", "paragraph");
  if (style.custom) node.append_attribute("w:customStyle").set_value("1");
  node.append_attribute("w:styleId").set_value(style.id.c_str());
  add(node, "w:name", "w:val", style.name);
  add(node, "w:basedOn", "w:val", "Normal");
  add(node, "w:qFormat");
  ParagraphExtras extras;
  extras.tab_stops = style.tab_stops;
  extras.right_leader_tab = style.right_leader_tab;
  write_paragraph_properties(node, style.paragraph, nullptr, extras);
  pugi::xml_node holder = add(node, "w:r");  // the run properties go into the style itself
  write_run_properties(holder, style.run, &normal);
  if (pugi::xml_node rPr = holder.child("w:rPr")) node.insert_move_before(rPr, holder);
  node.remove_child(holder);
}

}  // namespace

std::string style_display_name(const std::string& template_name) {
  const auto& names = display_names();
  auto it = names.find(template_name);
  return it != names.end() ? it->second : template_name;
}

StyleSheet::StyleSheet(RunLook normal) : normal_(std::move(normal)) {}

const Style& StyleSheet::remember(Style style) {
  // Two template names may come to one id ("Isi" and "isi"): the later is numbered.
  const int seen = ids_used_[style.id]++;
  if (seen > 0) style.id += std::to_string(seen + 1);
  styles_.push_back(std::move(style));
  return styles_.back();
}

const Style& StyleSheet::paragraph_style(const std::string& template_name, const ParagraphLook& paragraph,
                                         const RunLook& run) {
  const std::string key = "template:" + template_name;
  if (auto it = by_key_.find(key); it != by_key_.end()) return styles_[it->second];
  Style style;
  style.name = template_name.empty() ? std::string("Isi") : style_display_name(template_name);
  style.id = id_from(style.name);
  style.paragraph = paragraph;
  style.run = run;
  by_key_[key] = styles_.size();
  return remember(std::move(style));
}

const Style& StyleSheet::fixed_style(const std::string& id, const std::string& name, bool custom,
                                     const ParagraphLook& paragraph, const RunLook& run, std::vector<long> tab_stops,
                                     std::optional<long> right_leader_tab) {
  const std::string key = "fixed:" + id;
  if (auto it = by_key_.find(key); it != by_key_.end()) return styles_[it->second];
  Style style{id, name, paragraph, run, std::move(tab_stops), right_leader_tab, custom};
  by_key_[key] = styles_.size();
  return remember(std::move(style));
}

std::string StyleSheet::part() const {
  pugi::xml_document part;
  pugi::xml_node styles = part.append_child("w:styles");
  styles.append_attribute("xmlns:w").set_value(ns_w);
  // The defaults: the ordinary text's font and size, Indonesian, single lines with no space between paragraphs,
  // no widows or orphans (as naskah's paragraphs).
  pugi::xml_node defaults = add(styles, "w:docDefaults");
  pugi::xml_node run = add(add(defaults, "w:rPrDefault"), "w:rPr");
  pugi::xml_node fonts = add(run, "w:rFonts", "w:ascii", normal_.font);
  fonts.append_attribute("w:hAnsi").set_value(normal_.font.c_str());
  fonts.append_attribute("w:cs").set_value(normal_.font.c_str());
  fonts.append_attribute("w:eastAsia").set_value(normal_.font.c_str());
  add(run, "w:sz", "w:val", normal_.size);
  add(run, "w:szCs", "w:val", normal_.size);
  pugi::xml_node lang = add(run, "w:lang", "w:val", "id-ID");
  lang.append_attribute("w:eastAsia").set_value("id-ID");
  lang.append_attribute("w:bidi").set_value("ar-SA");
  pugi::xml_node paragraph = add(add(defaults, "w:pPrDefault"), "w:pPr");
  add(paragraph, "w:widowControl");
  pugi::xml_node spacing = add(paragraph, "w:spacing", "w:after", "0");
  spacing.append_attribute("w:line").set_value("240");
  spacing.append_attribute("w:lineRule").set_value("auto");

  pugi::xml_node normal = add(styles, "w:style", "w:type", "paragraph");
  normal.append_attribute("w:default").set_value("1");
  normal.append_attribute("w:styleId").set_value("Normal");
  add(normal, "w:name", "w:val", "Normal");
  add(normal, "w:qFormat");
  pugi::xml_node table = add(styles, "w:style", "w:type", "table");
  table.append_attribute("w:default").set_value("1");
  table.append_attribute("w:styleId").set_value("TableNormal");
  add(table, "w:name", "w:val", "Normal Table");
  pugi::xml_node table_properties = add(table, "w:tblPr");
  pugi::xml_node margins = add(table_properties, "w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
    pugi::xml_node margin = add(margins, side, "w:w", side == std::string("w:left") || side == std::string("w:right") ? 108 : 0);
    margin.append_attribute("w:type").set_value("dxa");
  }
  for (const Style& style : styles_) write_style(styles, style, normal_);
  return part_bytes(part);
}

}  // namespace naskah::docx::detail
