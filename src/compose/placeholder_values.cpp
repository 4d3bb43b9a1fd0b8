#include "placeholder_values.hpp"

#include <fmt/format.h>

#include "naskah/plan/achievement.hpp"
#include "naskah/plan/totals.hpp"
#include "naskah/text/comparison_key.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {
namespace {

using plan::ItemKind;

std::string amount_text(const std::optional<plan::Rupiah>& amount) {
  return amount ? text::format_rupiah(amount->value) : "-";
}

std::string amount_words(const std::optional<plan::Rupiah>& amount) {
  return amount ? text::spell_out(amount->value) + " rupiah" : "-";
}

/// {…anggaran}, {…anggaran-angka} or {…anggaran-terbilang} of an amount: "Rp 40.206.350", "40.206.350", in words.
PlaceholderValue amount_field(const std::string& field, const std::optional<plan::Rupiah>& amount, plan::Pos pos) {
  std::string text = field == "anggaran-angka" ? (amount ? text::format_integer(amount->value) : "-")
                     : field == "anggaran"     ? amount_text(amount)
                                               : amount_words(amount);
  return {std::move(text), pos, amount};
}

/// The same of an item that may state its anggaran: the stated figure where it states one, else the sum of its sub
/// kegiatan, with the difference to note when they disagree; `item` and `nama` name the item in that note.
PlaceholderValue amount_field(const std::string& field, const plan::PrintedAnggaran& anggaran, plan::Pos pos,
                              const std::string& item, const std::string& nama) {
  PlaceholderValue value = amount_field(field, anggaran.printed(), anggaran.stated ? anggaran.stated->pos : pos);
  value.difference = stated_difference(anggaran, item, nama);
  return value;
}

/// What a revision's documents add to their titles: "Perubahan", then "Perubahan Kedua", "Perubahan Ketiga" …
std::string revision_words(int number) {
  if (number <= 1) return "Perubahan";
  std::string ordinal = text::spell_out(number);
  return "Perubahan Ke" + ordinal;
}

/// Whether a title already ends with the region: "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sigi" for
/// "Kabupaten Sigi", or "Bupati Luwu Timur" with its name alone (the daerah without Kabupaten, Kota or Provinsi).
/// Case and spacing aside, as the title may be written in capitals.
bool ends_with_region(const std::string& title, const std::string& region) {
  const std::string key = text::comparison_key(title);
  const std::string region_key = text::comparison_key(region);
  if (region_key.empty()) return true;  // nothing to add
  auto ends_with_words = [&](const std::string& words) {
    return key == words || (key.size() > words.size() && key.ends_with(words) && key[key.size() - words.size() - 1] == ' ');
  };
  if (ends_with_words(region_key)) return true;
  for (std::string_view kind : {"kabupaten ", "kota ", "provinsi "}) {
    if (region_key.starts_with(kind) && ends_with_words(region_key.substr(kind.size()))) return true;
  }
  return false;
}

std::string count_text(std::size_t count) { return text::format_integer(static_cast<std::int64_t>(count)); }

std::size_t count_subkegiatan(const plan::Program& program) {
  std::size_t count = 0;
  for (const plan::Kegiatan& kegiatan : program.kegiatan) count += kegiatan.subkegiatan.size();
  return count;
}

template <class Item>
std::string joined_names(const Item& item, const std::string& separator) {
  std::string out;
  for (const auto& indikator : item.indikator) out += (out.empty() ? "" : separator) + indikator.nama;
  return out;
}

/// The targets, one for each indikator (an empty one for an indikator without), so that they line up with the
/// names in a table.
std::string joined_targets(const std::vector<plan::Indikator>& indikator, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < indikator.size(); ++i) {
    if (i > 0) out += separator;
    if (indikator[i].target) out += indikator[i].target->value.text;
  }
  return out;
}

/// "Nilai SAKIP (target 77); …": each indikator with its target, as running text names them.
std::string joined_with_targets(const std::vector<plan::Indikator>& indikator, const std::string& separator) {
  std::string out;
  for (const plan::Indikator& one : indikator) {
    if (!out.empty()) out += separator;
    out += one.nama;
    if (one.target) out += " (target " + one.target->value.text + ")";
  }
  return out;
}

/// A mean capaian as text writes it: "96,86%", "-" when none could be computed.
std::string mean_text(const plan::AchievementSummary& summary) {
  auto mean = summary.mean();
  return mean ? text::format_percent(mean->to_c_string()) : "-";
}

/// The year's realisasi of each indikator, lined up with the names as the targets are.
std::string joined_realisasi(const std::vector<plan::Indikator>& indikator, const std::string& separator) {
  std::string out;
  for (std::size_t i = 0; i < indikator.size(); ++i) {
    if (i > 0) out += separator;
    if (indikator[i].realisasi) out += indikator[i].realisasi->value.text;
  }
  return out;
}

/// The share of an anggaran spent, computed from the sums: "95,1%"; nothing without both, or with no anggaran.
std::optional<plan::Decimal> share_spent(const std::optional<plan::Rupiah>& anggaran,
                                         const std::optional<plan::Rupiah>& realisasi) {
  if (!anggaran || !realisasi || anggaran->value == 0) return std::nullopt;
  return plan::percent_of(plan::Decimal{realisasi->value, 0}, plan::Decimal{anggaran->value, 0});
}

/// A fact of the money spent — {…realisasi-anggaran}, -angka, -terbilang, {…capaian-anggaran}, {…sisa-anggaran},
/// -angka — from the computed sums; nothing for another field.
std::optional<std::string> spending_field(const std::string& field, const std::optional<plan::Rupiah>& anggaran,
                                          const std::optional<plan::Rupiah>& realisasi) {
  if (field == "realisasi-anggaran") return amount_text(realisasi);
  if (field == "realisasi-anggaran-angka") return realisasi ? text::format_integer(realisasi->value) : "-";
  if (field == "realisasi-anggaran-terbilang") return amount_words(realisasi);
  if (field == "capaian-anggaran") {
    auto share = share_spent(anggaran, realisasi);
    return share ? text::format_percent(share->to_c_string()) : "-";
  }
  if (field != "sisa-anggaran" && field != "sisa-anggaran-angka") return std::nullopt;
  std::optional<plan::Rupiah> left;
  if (anggaran && realisasi) left = plan::checked_subtract(*anggaran, *realisasi);
  if (field == "sisa-anggaran") return amount_text(left);
  return left ? text::format_integer(left->value) : "-";
}

/// A fact of the year's performance of a sasaran's or a program's indikator — {…realisasi}, {…capaian},
/// {…jumlah-indikator}, {…jumlah-tercapai}, {…efisiensi} (its capaian less the share of its anggaran spent, in
/// points) — or of its spending; nothing for another field.
std::optional<std::string> performance_field(const std::string& field, const std::vector<plan::Indikator>& indikator,
                                             const std::optional<plan::Rupiah>& anggaran,
                                             const std::optional<plan::Rupiah>& realisasi,
                                             const std::string& separator) {
  if (field == "realisasi") return joined_realisasi(indikator, separator);
  const plan::AchievementSummary summary = plan::summary_of(indikator);
  if (field == "capaian") return mean_text(summary);
  if (field == "jumlah-indikator") return count_text(summary.indikator());
  if (field == "jumlah-tercapai") return count_text(summary.tercapai());
  if (field == "efisiensi") {
    auto capaian = summary.mean();
    auto share = share_spent(anggaran, realisasi);
    auto difference = capaian && share ? plan::subtract(*capaian, *share) : std::nullopt;
    return difference ? text::format_decimal(difference->to_c_string()) : "-";
  }
  return spending_field(field, anggaran, realisasi);
}

/// How an evaluation's indikator came out: how many, how many Tercapai, the mean of the computable capaian.
plan::AchievementSummary evaluation_summary(const std::vector<plan::IndikatorEvaluasi>& indikator) {
  plan::AchievementSummary summary;
  for (const plan::IndikatorEvaluasi& one : indikator) {
    // Not filled in yet: neither Tercapai nor a capaian.
    summary.add(one.realisasi ? plan::compute_achievement(one.target.value, one.realisasi->value, one.arah)
                              : std::nullopt);
  }
  return summary;
}


}  // namespace

std::optional<StatedDifference> stated_difference(const plan::PrintedAnggaran& anggaran, const std::string& item,
                                                  const std::string& nama) {
  if (!anggaran.differs()) return std::nullopt;
  return StatedDifference{nama.empty() ? item : item + " (" + nama + ")", anggaran.stated->value, *anggaran.computed,
                          anggaran.stated->pos};
}

std::optional<PlaceholderValue> PlaceholderValues::value(std::string_view name, const ItemContext& context,
                                                         std::string* why) const {
  std::optional<plan::PlaceholderRef> ref = plan::parse_placeholder_name(name);
  if (!ref) {
    *why = text::tr("unknown placeholder {{{}}}", name);
    return std::nullopt;
  }
  if (!ref->kind) return plan_fact(ref->field, why);
  if (ref->index.empty()) {
    // The parser allows {program.…} only where a program is current; a template text outside any repetition
    // cannot name one.
    bool known = (*ref->kind == ItemKind::sasaran && context.sasaran) ||
                 (*ref->kind == ItemKind::program && context.program) ||
                 (*ref->kind == ItemKind::kegiatan && context.kegiatan) ||
                 (*ref->kind == ItemKind::subkegiatan && context.subkegiatan) ||
                 (*ref->kind == ItemKind::evaluasi && context.evaluasi);
    if (!known) {
      *why = text::tr("{{{}}} names the current {}, but this text is not repeated for each {}", name,
                         plan::item_kind_name(*ref->kind), plan::item_kind_name(*ref->kind));
      return std::nullopt;
    }
    return item_fact(*ref->kind, ref->field, context);
  }
  std::optional<ItemContext> item = find(*ref, why);
  if (!item) return std::nullopt;
  return item_fact(*ref->kind, ref->field, *item);
}

std::optional<PlaceholderValue> PlaceholderValues::plan_fact(const std::string& name, std::string* why) const {
  const plan::Instansi& unit = plan_.instansi;
  const plan::Penandatangan& signer = plan_.penandatangan;
  const int year = plan_.tahun.value;
  auto fact = [](std::string text, plan::Pos pos) { return PlaceholderValue{std::move(text), pos}; };
  if (name == "tahun") return fact(std::to_string(year), plan_.tahun.pos);
  if (name == "tahun-lalu") return fact(std::to_string(year - 1), plan_.tahun.pos);
  if (name == "tahun-depan") return fact(std::to_string(year + 1), plan_.tahun.pos);
  if (name == "perubahan") {
    return plan_.perubahan ? fact(revision_words(plan_.perubahan->value), plan_.perubahan->pos) : fact("", plan_.pos);
  }
  if (name == "instansi") return fact(unit.nama, unit.pos);
  if (name == "singkatan") return fact(unit.singkatan, unit.pos);
  if (name == "daerah") return fact(unit.daerah, unit.pos);
  if (name == "pemerintah") return fact(unit.daerah.empty() ? "" : "Pemerintah " + unit.daerah, unit.pos);
  if (name == "jabatan") return fact(signer.jabatan, signer.pos);
  if (name == "daerah-jabatan") {
    return fact(ends_with_region(signer.jabatan, unit.daerah) ? "" : unit.daerah, unit.pos);
  }
  if (name == "jabatan-lengkap") {
    if (ends_with_region(signer.jabatan, unit.daerah)) return fact(signer.jabatan, signer.pos);
    return fact(signer.jabatan + " " + unit.daerah, signer.pos);
  }
  if (name == "penandatangan") return fact(signer.nama, signer.pos);
  if (name == "pangkat") return fact(signer.pangkat, signer.pos);
  if (name == "tempat") return fact(signer.tempat, signer.pos);
  if (name == "nip") return fact(signer.nip.value.grouped(), signer.nip.pos);
  if (name == "tanggal") {
    const plan::CalendarDate& d = signer.tanggal.value;
    if (d.year == 0) return fact("", signer.tanggal.pos);  // not filled in yet (tanggal=""): a draft
    return fact(text::format_date_long(d.year, d.month, d.day), signer.tanggal.pos);
  }
  if (name == "atasan" || name == "jabatan-atasan" || name == "pangkat-atasan" || name == "nip-atasan") {
    if (!plan_.atasan) {
      *why = text::tr("{{{}}} needs the unit head's superior, which the plan does not give: add "
                         "<atasan jabatan=\"Bupati …\" nama=\"…\"/> after <penandatangan>",
                         name);
      return std::nullopt;
    }
    const plan::Atasan& boss = *plan_.atasan;
    if (name == "atasan") return fact(boss.nama, boss.pos);
    if (name == "jabatan-atasan") return fact(boss.jabatan, boss.pos);
    if (name == "pangkat-atasan") return fact(boss.pangkat, boss.pos);
    return boss.nip ? fact(boss.nip->value.grouped(), boss.nip->pos) : fact("", boss.pos);
  }
  const plan::Rencana& rencana = plan_.rencana;
  if (name == "tahun-lalu-2") return fact(std::to_string(year - 2), plan_.tahun.pos);
  if (name == "tanggal-laporan") {
    if (!signer.tanggal_laporan) {
      *why = text::tr("{{{}}} needs the date the Laporan Kinerja is signed, which the plan does not give: add "
                      "tanggal-laporan=\"{}-02-…\" to <penandatangan>",
                      name, year + 1);
      return std::nullopt;
    }
    const plan::CalendarDate& d = signer.tanggal_laporan->value;
    return fact(text::format_date_long(d.year, d.month, d.day), signer.tanggal_laporan->pos);
  }
  if (name == "akhir-renstra") {
    if (!rencana.akhir_renstra) {
      *why = text::tr("{{{}}} needs the last year of the Renstra, which the plan does not give: add "
                      "akhir-renstra=\"…\" to <rencana>",
                      name);
      return std::nullopt;
    }
    return fact(std::to_string(rencana.akhir_renstra->value), rencana.akhir_renstra->pos);
  }
  if (name == "jumlah-indikator-sasaran" || name == "jumlah-indikator-tercapai" || name == "capaian-kinerja") {
    std::vector<plan::Indikator> all;
    for (const plan::Sasaran& sasaran : rencana.sasaran) all.insert(all.end(), sasaran.indikator.begin(), sasaran.indikator.end());
    const plan::AchievementSummary summary = plan::summary_of(all);
    if (name == "capaian-kinerja") return fact(mean_text(summary), rencana.pos);
    return fact(count_text(name == "jumlah-indikator-sasaran" ? summary.indikator() : summary.tercapai()), rencana.pos);
  }
  if (auto spent = spending_field(name, plan::total_of(rencana), plan::realisasi_of(rencana))) {
    return fact(*spent, rencana.pos);
  }
  if (name == "anggaran" || name == "anggaran-angka" || name == "anggaran-terbilang") {
    return amount_field(name, plan::printed_anggaran(rencana), rencana.pos, "seluruh rencana", "");
  }
  if (name.starts_with("jumlah-") && name != "jumlah-indikator-evaluasi" && name != "jumlah-tercapai") {
    std::size_t sasaran = rencana.sasaran.size(), programs = 0, kegiatan = 0, subkegiatan = 0;
    for (const plan::Sasaran& s : rencana.sasaran) {
      programs += s.program.size();
      for (const plan::Program& p : s.program) {
        kegiatan += p.kegiatan.size();
        subkegiatan += count_subkegiatan(p);
      }
    }
    std::size_t count = name == "jumlah-sasaran"   ? sasaran
                        : name == "jumlah-program" ? programs
                        : name == "jumlah-kegiatan" ? kegiatan
                                                    : subkegiatan;
    return fact(count_text(count), rencana.pos);
  }
  // The rest are facts of <evaluasi>.
  if (!plan_.evaluasi) {
    *why = text::tr("{{{}}} is a fact of the evaluation of the year before, which the plan does not give: add "
                       "<evaluasi tahun=\"{}\">",
                       name, year - 1);
    return std::nullopt;
  }
  const plan::Evaluasi& evaluasi = *plan_.evaluasi;
  if (name == "tahun-evaluasi") return fact(std::to_string(evaluasi.tahun.value), evaluasi.tahun.pos);
  std::vector<plan::IndikatorEvaluasi> all;
  for (const plan::SasaranEvaluasi& sasaran : evaluasi.sasaran) {
    all.insert(all.end(), sasaran.indikator.begin(), sasaran.indikator.end());
  }
  const plan::AchievementSummary summary = evaluation_summary(all);
  if (name == "jumlah-indikator-evaluasi") return fact(count_text(summary.indikator()), evaluasi.pos);
  if (name == "jumlah-tercapai") return fact(count_text(summary.tercapai()), evaluasi.pos);
  return fact(mean_text(summary), evaluasi.pos);  // {capaian}
}

PlaceholderValue PlaceholderValues::item_fact(ItemKind kind, const std::string& field, const ItemContext& item) const {
  switch (kind) {
    case ItemKind::sasaran: {
      const plan::Sasaran& s = *item.sasaran;
      if (field == "nomor") return {std::to_string(s.nomor.value_or(item.sasaran_position)), s.pos};
      if (field == "nama") return {s.nama, s.pos};
      if (field == "indikator") return {joined_names(s, separator_), s.pos};
      if (field == "target") return {joined_targets(s.indikator, separator_), s.pos};
      if (field == "indikator-target") return {joined_with_targets(s.indikator, separator_), s.pos};
      std::size_t kegiatan = 0, subkegiatan = 0;
      for (const plan::Program& p : s.program) {
        kegiatan += p.kegiatan.size();
        subkegiatan += count_subkegiatan(p);
      }
      if (field == "jumlah-program") return {count_text(s.program.size()), s.pos};
      if (field == "jumlah-kegiatan") return {count_text(kegiatan), s.pos};
      if (field == "jumlah-subkegiatan") return {count_text(subkegiatan), s.pos};
      if (auto value = performance_field(field, s.indikator, plan::total_of(s), plan::realisasi_of(s), separator_)) {
        return {*value, s.pos};
      }
      return amount_field(field, plan::total_of(s), s.pos);  // a sasaran states none
    }
    case ItemKind::program: {
      const plan::Program& p = *item.program;
      if (field == "nomor") return {std::to_string(p.nomor.value), p.nomor.pos};
      if (field == "kode") return {p.kode ? p.kode->value : "", p.pos};
      if (field == "nama") return {p.nama, p.pos};
      if (field == "indikator") return {joined_names(p, separator_), p.pos};
      if (field == "target") return {joined_targets(p.indikator, separator_), p.pos};
      if (field == "indikator-target") return {joined_with_targets(p.indikator, separator_), p.pos};
      if (field == "ket") return {p.ket, p.pos};
      if (field == "jumlah-kegiatan") return {count_text(p.kegiatan.size()), p.pos};
      if (field == "jumlah-subkegiatan") return {count_text(count_subkegiatan(p)), p.pos};
      if (auto value = performance_field(field, p.indikator, plan::total_of(p), plan::realisasi_of(p), separator_)) {
        return {*value, p.pos};
      }
      return amount_field(field, plan::printed_anggaran(p), p.pos, plan::path_name(p), p.nama);
    }
    case ItemKind::kegiatan: {
      const plan::Kegiatan& k = *item.kegiatan;
      if (field == "nomor") return {std::to_string(k.nomor.value), k.nomor.pos};
      if (field == "kode") return {k.kode ? k.kode->value : "", k.pos};
      if (field == "nama") return {k.nama, k.pos};
      if (field == "ket") return {k.ket, k.pos};
      if (field == "jumlah-subkegiatan") return {count_text(k.subkegiatan.size()), k.pos};
      if (auto value = spending_field(field, plan::total_of(k), plan::realisasi_of(k))) return {*value, k.pos};
      return amount_field(field, plan::printed_anggaran(k), k.pos, plan::path_name(*item.program, k), k.nama);
    }
    case ItemKind::subkegiatan: {
      const plan::SubKegiatan& s = *item.subkegiatan;
      if (field == "nomor") return {std::to_string(s.nomor.value), s.nomor.pos};
      if (field == "kode") return {s.kode ? s.kode->value : "", s.pos};
      if (field == "nama") return {s.nama, s.pos};
      if (field == "indikator") return {joined_names(s, separator_), s.pos};
      if (field == "target") return {joined_targets(s.indikator, separator_), s.pos};
      if (field == "indikator-target") return {joined_with_targets(s.indikator, separator_), s.pos};
      if (field == "ket") return {s.ket, s.pos};
      if (field == "realisasi") return {joined_realisasi(s.indikator, separator_), s.pos};
      if (field == "capaian") return {mean_text(plan::summary_of(s.indikator)), s.pos};
      if (auto value = spending_field(field, s.anggaran.value, plan::realisasi_of(s))) return {*value, s.pos};
      return amount_field(field, s.anggaran.value, s.anggaran.pos);
    }
    case ItemKind::evaluasi: {
      const plan::SasaranEvaluasi& e = *item.evaluasi;
      if (field == "nomor") return {std::to_string(e.nomor.value_or(item.evaluasi_position)), e.pos};
      if (field == "nama") return {e.nama, e.pos};
      if (field == "indikator") return {joined_names(e, separator_), e.pos};
      const plan::AchievementSummary summary = evaluation_summary(e.indikator);
      if (field == "jumlah-indikator") return {count_text(summary.indikator()), e.pos};
      if (field == "jumlah-tercapai") return {count_text(summary.tercapai()), e.pos};
      return {mean_text(summary), e.pos};  // capaian
    }
  }
  return {"", plan_.pos};
}

std::vector<ItemContext> PlaceholderValues::items(ItemKind kind, const ItemContext& within) const {
  std::vector<ItemContext> out;
  if (kind == ItemKind::evaluasi) {
    if (!plan_.evaluasi) return out;
    int position = 0;
    for (const plan::SasaranEvaluasi& e : plan_.evaluasi->sasaran) {
      ItemContext item;
      item.evaluasi = &e;
      item.evaluasi_position = ++position;
      out.push_back(item);
    }
    return out;
  }
  int position = 0;
  for (const plan::Sasaran& s : plan_.rencana.sasaran) {
    ++position;
    if (within.sasaran && within.sasaran != &s) continue;
    ItemContext item = within;
    item.sasaran = &s;
    item.sasaran_position = position;
    if (kind == ItemKind::sasaran) {
      out.push_back(item);
      continue;
    }
    for (const plan::Program& p : s.program) {
      if (within.program && within.program != &p) continue;
      item.program = &p;
      if (kind == ItemKind::program) {
        out.push_back(item);
        continue;
      }
      for (const plan::Kegiatan& k : p.kegiatan) {
        if (within.kegiatan && within.kegiatan != &k) continue;
        item.kegiatan = &k;
        if (kind == ItemKind::kegiatan) {
          out.push_back(item);
          continue;
        }
        for (const plan::SubKegiatan& sub : k.subkegiatan) {
          item.subkegiatan = &sub;
          out.push_back(item);
        }
      }
    }
  }
  return out;
}

std::optional<ItemContext> PlaceholderValues::find(const plan::PlaceholderRef& ref, std::string* why) const {
  const std::vector<int>& index = ref.index;
  std::string path = fmt::format("{}", fmt::join(index, "."));
  ItemKind kind = *ref.kind;
  for (const ItemContext& item : items(kind, {})) {
    bool match = false;
    switch (kind) {
      case ItemKind::sasaran: match = item.sasaran->nomor.value_or(item.sasaran_position) == index[0]; break;
      case ItemKind::program: match = item.program->nomor.value == index[0]; break;
      case ItemKind::kegiatan:
        match = item.program->nomor.value == index[0] && item.kegiatan->nomor.value == index[1];
        break;
      case ItemKind::subkegiatan:
        match = item.program->nomor.value == index[0] && item.kegiatan->nomor.value == index[1] &&
                item.subkegiatan->nomor.value == index[2];
        break;
      case ItemKind::evaluasi: match = item.evaluasi->nomor.value_or(item.evaluasi_position) == index[0]; break;
    }
    if (match) return item;
  }
  *why = text::tr("there is no {} {} in the plan's {}", plan::item_kind_name(kind), path,
                     kind == ItemKind::evaluasi ? "<evaluasi>" : "<rencana>");
  return std::nullopt;
}

}  // namespace naskah::compose::detail
