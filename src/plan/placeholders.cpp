#include "naskah/plan/placeholders.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "naskah/text/edit_distance.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::plan {
namespace {

constexpr std::array<std::string_view, 5> kind_names = {"sasaran", "program", "kegiatan", "subkegiatan", "evaluasi"};

/// The kind that holds a kind in the plan's hierarchy (the program of a kegiatan); none for the top.
std::optional<ItemKind> parent_of(ItemKind kind) {
  switch (kind) {
    case ItemKind::program: return ItemKind::sasaran;
    case ItemKind::kegiatan: return ItemKind::program;
    case ItemKind::subkegiatan: return ItemKind::kegiatan;
    default: return std::nullopt;
  }
}

std::vector<std::string_view> names_of(const std::vector<PlaceholderInfo>& list) {
  std::vector<std::string_view> names;
  for (const PlaceholderInfo& p : list) names.push_back(p.name);
  return names;
}

bool has_name(const std::vector<PlaceholderInfo>& list, std::string_view name) {
  return std::any_of(list.begin(), list.end(), [&](const PlaceholderInfo& p) { return p.name == name; });
}

/// "1", "2.5": one to three positive numbers joined by dots.
std::optional<std::vector<int>> parse_index(std::string_view text) {
  std::vector<int> numbers;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t dot = text.find('.', start);
    std::string_view part = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    int value = 0;
    auto [end, error] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (part.empty() || error != std::errc() || end != part.data() + part.size() || value < 1) return std::nullopt;
    numbers.push_back(value);
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return numbers;
}

std::string with_suggestion(std::string message, std::string_view written, const std::vector<std::string_view>& names,
                            std::string_view prefix) {
  if (auto near = text::closest_match(written, names)) message += text::tr("; did you mean {{{}{}}}?", prefix, *near);
  return message;
}

}  // namespace

std::string_view item_kind_name(ItemKind kind) { return kind_names.at(static_cast<std::size_t>(kind)); }

std::optional<ItemKind> item_kind_from_name(std::string_view name) {
  for (std::size_t i = 0; i < kind_names.size(); ++i) {
    if (kind_names[i] == name) return static_cast<ItemKind>(i);
  }
  return std::nullopt;
}

std::vector<std::string_view> item_kind_names() { return {kind_names.begin(), kind_names.end()}; }

int index_depth(ItemKind kind) {
  switch (kind) {
    case ItemKind::kegiatan: return 2;
    case ItemKind::subkegiatan: return 3;
    default: return 1;
  }
}

bool is_within(ItemKind kind, ItemKind loop) {
  for (std::optional<ItemKind> k = loop; k; k = parent_of(*k)) {
    if (*k == kind) return true;
  }
  return false;
}

const std::vector<PlaceholderInfo>& plan_placeholders() {
  static const std::vector<PlaceholderInfo> all = {
      {"tahun", "the plan year: 2024"},
      {"tahun-lalu", "the year before the plan year: 2023"},
      {"tahun-depan", "the year after the plan year: 2025"},
      {"perubahan",
       "what a revision adds to a title (perubahan=\"1\" on <rkt>): Perubahan, then Perubahan Kedua …; nothing in "
       "the plan of January"},
      {"instansi", "the unit's full name: Sekretariat Dewan Perwakilan Rakyat Daerah"},
      {"singkatan", "the unit's short name (its full name when none is given): Sekretariat DPRD"},
      {"daerah", "the region: Kabupaten Luwu Timur"},
      {"pemerintah", "the region's government, as a cover names it: Pemerintah Kabupaten Luwu Timur"},
      {"jabatan", "the signatory's title: Sekretaris DPRD"},
      {"daerah-jabatan",
       "the region, or nothing when the signatory's title already ends with it (\"Kepala Dinas … Kabupaten Sigi\"): "
       "the signature block's line under the title"},
      {"jabatan-lengkap",
       "the signatory's title with the region, the region once: Sekretaris DPRD Kabupaten Luwu Timur"},
      {"penandatangan", "the signatory's name: ASWAN AZIS, S.Pi, M.Si"},
      {"pangkat", "the signatory's rank, or nothing when the plan gives none"},
      {"nip", "the signatory's NIP in its groups: 19760316 200803 1 001"},
      {"tempat", "where the document is signed: Malili"},
      {"tanggal", "the signing date, written out: 02 Januari 2024"},
      {"atasan", "the name of the unit's superior (<atasan>), the second party of the Perjanjian Kinerja"},
      {"jabatan-atasan", "the superior's title: Bupati Luwu Timur"},
      {"pangkat-atasan", "the superior's rank, or nothing"},
      {"nip-atasan", "the superior's NIP in its groups, or nothing (a regent has none)"},
      {"anggaran",
       "the total the plan states (<rencana anggaran>), else the sum of every sub kegiatan's anggaran: "
       "Rp 28.584.558.694"},
      {"anggaran-angka", "that figure without \"Rp\", for a column headed ANGGARAN (Rp): 28.584.558.694"},
      {"anggaran-terbilang",
       "that figure in words: dua puluh delapan miliar lima ratus delapan puluh empat juta … rupiah"},
      {"jumlah-sasaran", "how many sasaran <rencana> has: 2"},
      {"jumlah-program", "how many programs: 2"},
      {"jumlah-kegiatan", "how many kegiatan: 17"},
      {"jumlah-subkegiatan", "how many sub kegiatan: 51"},
      {"tahun-evaluasi", "the year <evaluasi> is of: 2023"},
      {"jumlah-indikator-evaluasi", "how many indikator <evaluasi> has: 3"},
      {"jumlah-tercapai", "how many of them are Tercapai (computed): 1"},
      {"capaian", "the mean capaian of the indikator of <evaluasi>, each computed: 98,95%"},
      {"tahun-lalu-2", "the year two before the plan year: 2022"},
      {"tanggal-laporan", "the date the Laporan Kinerja is signed (tanggal-laporan), written out: 20 Februari 2025"},
      {"akhir-renstra", "the last year of the Renstra (<rencana akhir-renstra>): 2026"},
      {"jumlah-indikator-sasaran", "how many indikator the sasaran of <rencana> have: 3"},
      {"jumlah-indikator-tercapai", "how many of them are Tercapai in the plan year (computed): 2"},
      {"capaian-kinerja", "the mean capaian of the sasaran's indikator in the plan year, each computed: 97,12%"},
      {"realisasi-anggaran", "what every sub kegiatan spent, added up: Rp 42.863.411.550"},
      {"realisasi-anggaran-angka", "that sum without \"Rp\": 42.863.411.550"},
      {"realisasi-anggaran-terbilang", "that sum in words, ending in \"rupiah\""},
      {"capaian-anggaran", "that sum over the anggaran, computed from the sums: 95,10%"},
      {"sisa-anggaran", "the anggaran left unspent: Rp 2.208.718.805"},
      {"sisa-anggaran-angka", "that amount without \"Rp\": 2.208.718.805"},
  };
  return all;
}

const std::vector<PlaceholderInfo>& item_fields(ItemKind kind) {
  static const std::vector<PlaceholderInfo> sasaran = {
      {"nomor", "its number, or its position: 1"},
      {"nama", "its name"},
      {"indikator", "the names of its indikator, joined by \"; \""},
      {"target", "their targets as written, joined by \"; \": 100%"},
      {"indikator-target", "each indikator with its target: \"Nilai SAKIP (target 77)\", joined by \"; \""},
      {"jumlah-program", "how many programs it has"},
      {"jumlah-kegiatan", "how many kegiatan"},
      {"jumlah-subkegiatan", "how many sub kegiatan"},
      {"anggaran", "the sum of its sub kegiatan: Rp 28.584.558.694"},
      {"anggaran-angka", "that sum without \"Rp\": 28.584.558.694"},
      {"anggaran-terbilang", "that sum in words, ending in \"rupiah\""},
      {"realisasi", "the realisasi of its indikator in the plan year as written, joined as their targets are"},
      {"capaian", "the mean capaian of its indikator in the plan year, each computed: 96,43%"},
      {"jumlah-indikator", "how many indikator it has"},
      {"jumlah-tercapai", "how many of them are Tercapai in the plan year (computed)"},
      {"realisasi-anggaran", "what its sub kegiatan spent, added up: Rp 27.120.004.150"},
      {"realisasi-anggaran-angka", "that sum without \"Rp\""},
      {"capaian-anggaran", "that sum over its anggaran, computed from the sums: 94,88%"},
      {"sisa-anggaran", "its anggaran left unspent"},
      {"sisa-anggaran-angka", "that amount without \"Rp\""},
      {"efisiensi", "its capaian less the share of its anggaran spent, in points: 1,55"},
  };
  static const std::vector<PlaceholderInfo> program = {
      {"nomor", "its number: 2"},
      {"kode", "its kode, or nothing"},
      {"nama", "its name"},
      {"indikator", "the names of its indikator, joined by \"; \""},
      {"target", "their targets as written, joined by \"; \""},
      {"indikator-target", "each indikator with its target, joined by \"; \""},
      {"ket", "the responsible unit"},
      {"jumlah-kegiatan", "how many kegiatan it has"},
      {"jumlah-subkegiatan", "how many sub kegiatan"},
      {"anggaran", "the anggaran it states, else the sum of its sub kegiatan"},
      {"anggaran-angka", "that figure without \"Rp\""},
      {"anggaran-terbilang", "that figure in words"},
      {"realisasi", "the realisasi of its indikator in the plan year as written, joined as their targets are"},
      {"capaian", "the mean capaian of its indikator in the plan year, each computed: 96,43%"},
      {"jumlah-indikator", "how many indikator it has"},
      {"jumlah-tercapai", "how many of them are Tercapai in the plan year (computed)"},
      {"realisasi-anggaran", "what its sub kegiatan spent, added up: Rp 27.120.004.150"},
      {"realisasi-anggaran-angka", "that sum without \"Rp\""},
      {"capaian-anggaran", "that sum over the sum of its sub kegiatan's anggaran, computed: 94,88%"},
      {"sisa-anggaran", "the sum of its sub kegiatan's anggaran left unspent"},
      {"sisa-anggaran-angka", "that amount without \"Rp\""},
      {"efisiensi", "its capaian less the share of its anggaran spent, in points"},
  };
  static const std::vector<PlaceholderInfo> kegiatan = {
      {"nomor", "its number within its program: 5"},
      {"kode", "its kode, or nothing"},
      {"nama", "its name"},
      {"ket", "the responsible unit"},
      {"jumlah-subkegiatan", "how many sub kegiatan it has"},
      {"anggaran", "the anggaran it states, else the sum of its sub kegiatan"},
      {"anggaran-angka", "that figure without \"Rp\""},
      {"anggaran-terbilang", "that figure in words"},
      {"realisasi-anggaran", "what its sub kegiatan spent, added up: Rp 27.120.004.150"},
      {"realisasi-anggaran-angka", "that sum without \"Rp\""},
      {"capaian-anggaran", "that sum over the sum of its sub kegiatan's anggaran, computed: 94,88%"},
      {"sisa-anggaran", "the sum of its sub kegiatan's anggaran left unspent"},
      {"sisa-anggaran-angka", "that amount without \"Rp\""},
  };
  static const std::vector<PlaceholderInfo> subkegiatan = {
      {"nomor", "its number within its kegiatan"},
      {"kode", "its kode, or nothing"},
      {"nama", "its name"},
      {"indikator", "the names of its indikator, joined by \"; \""},
      {"target", "their targets as written, joined by \"; \""},
      {"indikator-target", "each indikator with its target, joined by \"; \""},
      {"ket", "the responsible unit"},
      {"anggaran", "its anggaran"},
      {"anggaran-angka", "its anggaran without \"Rp\""},
      {"anggaran-terbilang", "its anggaran in words"},
      {"realisasi", "the realisasi of its indikator in the plan year as written, joined as their targets are"},
      {"capaian", "the mean capaian of its indikator in the plan year, each computed"},
      {"realisasi-anggaran", "what it spent: Rp 39.850.000"},
      {"realisasi-anggaran-angka", "that amount without \"Rp\""},
      {"capaian-anggaran", "that amount over its anggaran: 99,11%"},
      {"sisa-anggaran", "its anggaran left unspent"},
      {"sisa-anggaran-angka", "that amount without \"Rp\""},
  };
  static const std::vector<PlaceholderInfo> evaluasi = {
      {"nomor", "its number, or its position"},
      {"nama", "its name"},
      {"indikator", "the names of its indikator, joined by \"; \""},
      {"jumlah-indikator", "how many indikator it has"},
      {"jumlah-tercapai", "how many of them are Tercapai (computed)"},
      {"capaian", "the mean capaian of its indikator, each computed: 96,86%"},
  };
  switch (kind) {
    case ItemKind::sasaran: return sasaran;
    case ItemKind::program: return program;
    case ItemKind::kegiatan: return kegiatan;
    case ItemKind::subkegiatan: return subkegiatan;
    case ItemKind::evaluasi: return evaluasi;
  }
  return sasaran;
}

std::optional<PlaceholderRef> parse_placeholder_name(std::string_view name) {
  std::size_t first_dot = name.find('.');
  if (first_dot == std::string_view::npos) return PlaceholderRef{std::nullopt, {}, std::string(name)};
  std::optional<ItemKind> kind = item_kind_from_name(name.substr(0, first_dot));
  std::size_t last_dot = name.rfind('.');
  if (!kind || last_dot + 1 >= name.size()) return std::nullopt;
  PlaceholderRef ref{kind, {}, std::string(name.substr(last_dot + 1))};
  if (last_dot != first_dot) {
    auto index = parse_index(name.substr(first_dot + 1, last_dot - first_dot - 1));
    if (!index) return std::nullopt;
    ref.index = std::move(*index);
  }
  return ref;
}

std::optional<std::string> placeholder_problem(std::string_view name, const std::vector<ItemKind>& scope) {
  std::optional<PlaceholderRef> ref = parse_placeholder_name(name);
  if (!ref) {
    std::size_t dot = name.find('.');
    std::string_view head = name.substr(0, dot);
    if (!item_kind_from_name(head)) {
      return with_suggestion(text::tr("unknown placeholder {{{}}}: \"{}\" is not sasaran, program, kegiatan, "
                                         "subkegiatan or evaluasi", name, head),
                             head, item_kind_names(), "");
    }
    return text::tr("unknown placeholder {{{}}}: write {{{}.FACT}} for the current {} or {{{}.NUMBER.FACT}} "
                       "for one by its number", name, head, head, head);
  }
  if (!ref->kind) {
    if (has_name(plan_placeholders(), ref->field)) return std::nullopt;
    return with_suggestion(text::tr("unknown placeholder {{{}}}", name), name, names_of(plan_placeholders()), "");
  }
  const ItemKind kind = *ref->kind;
  const std::string_view kind_name = item_kind_name(kind);
  if (!has_name(item_fields(kind), ref->field)) {
    std::string prefix(name.substr(0, name.rfind('.') + 1));
    return with_suggestion(text::tr("unknown placeholder {{{}}}: a {} has no fact \"{}\"", name, kind_name, ref->field),
                           ref->field, names_of(item_fields(kind)), prefix);
  }
  if (ref->index.empty()) {
    bool known = std::any_of(scope.begin(), scope.end(), [&](ItemKind loop) { return is_within(kind, loop); });
    if (!known) {
      return text::tr("{{{}}} names the current {}, but this text is not repeated for each {} "
                         "(untuk-setiap=\"{}\"); write {{{}.NUMBER.{}}} for one by its number",
                         name, kind_name, kind_name, kind_name, kind_name, ref->field);
    }
  } else if (static_cast<int>(ref->index.size()) != index_depth(kind)) {
    static constexpr std::string_view examples[] = {"sasaran.1", "program.2", "kegiatan.2.5", "subkegiatan.2.5.1",
                                                    "evaluasi.1"};
    const int depth = index_depth(kind);
    return text::tr_plural("{{{}}}: a {} is named by {} number ({{{}.{}}})", "{{{}}}: a {} is named by {} numbers ({{{}.{}}})",
                           static_cast<unsigned long>(depth), name, kind_name, depth,
                           examples[static_cast<std::size_t>(kind)], ref->field);
  }
  return std::nullopt;
}

std::optional<std::string> repetition_problem(ItemKind kind, const std::vector<ItemKind>& scope) {
  if (scope.empty()) return std::nullopt;
  ItemKind outer = scope.back();
  if (kind != outer && is_within(outer, kind)) return std::nullopt;
  return text::tr("untuk-setiap=\"{}\" inside untuk-setiap=\"{}\": a repetition inside another goes over what each "
                     "{} holds ({})",
                     item_kind_name(kind), item_kind_name(outer), item_kind_name(outer),
                     outer == ItemKind::sasaran    ? text::tr("program, kegiatan or subkegiatan")
                     : outer == ItemKind::program  ? text::tr("kegiatan or subkegiatan")
                     : outer == ItemKind::kegiatan ? std::string("subkegiatan")
                                                   : text::tr("nothing"));
}

}  // namespace naskah::plan
