#include "realisation_reader.hpp"

#include <set>

#include "naskah/text/translate.hpp"

namespace naskah::plan::detail {
namespace {

/// ke="…" of a <triwulan>: 1–4, or I–IV as documents number quarters; nothing (reported) otherwise.
std::optional<int> quarter(ElementReader& reader) {
  if (!reader.has("ke")) {
    reader.name("ke");  // reports it missing
    return std::nullopt;
  }
  auto word = reader.choice("ke", {"1", "2", "3", "4", "I", "II", "III", "IV"});
  if (!word) return std::nullopt;
  const std::string& v = word->value;
  if (v == "1" || v == "I") return 1;
  if (v == "2" || v == "II") return 2;
  if (v == "3" || v == "III") return 3;
  return 4;
}

/// Reports a quarter written twice; true when `ke` is new.
bool first_time(ParseContext& context, std::set<int>& seen, int ke, Pos pos) {
  if (seen.insert(ke).second) return true;
  context.error(pos, "duplicate-element", text::tr("triwulan {} is given twice", quarter_name(ke)));
  return false;
}

}  // namespace

void read_indikator_realisation(ParseContext& context, ElementReader& reader, const std::vector<pugi::xml_node>& children,
                                bool of_sasaran, Indikator& out) {
  // realisasi="" is one not filled in yet (realisasi-missing); left out, the indikator is only planned.
  if (reader.blank("realisasi")) {
    out.realisasi_blank = context.attribute_position(reader.node(), "realisasi");
  } else {
    out.realisasi = reader.measure("realisasi", false);
  }
  if (auto arah = reader.choice("arah", {"naik", "turun"})) out.arah = arah->value == "turun" ? Arah::turun : Arah::naik;
  if (auto word = reader.choice("akumulasi", {"jumlah", "akhir"})) {
    out.akumulasi = At<Akumulasi>{word->value == "jumlah" ? Akumulasi::jumlah : Akumulasi::akhir, word->pos};
  }
  out.capaian = reader.measure("capaian", false);
  if (auto keterangan = reader.choice("keterangan", {"Tercapai", "Tidak Tercapai"})) {
    out.keterangan =
        At<Status>{keterangan->value == "Tercapai" ? Status::tercapai : Status::tidak_tercapai, keterangan->pos};
  }
  if (of_sasaran) out.target_renstra = reader.measure("target-renstra", false);

  check_order(context, reader, children, {{"triwulan"}, {"riwayat"}});
  std::set<int> quarters;
  std::set<int> years;
  for (pugi::xml_node child : children) {
    if (std::string_view(child.name()) == "triwulan") {
      ElementReader q(context, child, {"ke", "realisasi"});
      q.children({});
      auto ke = quarter(q);
      auto realisasi = q.measure("realisasi", true);
      if (ke && realisasi && first_time(context, quarters, *ke, q.pos())) {
        out.triwulan.push_back(Triwulan{q.pos(), *ke, *realisasi});
      }
      continue;
    }
    ElementReader year(context, child, {"tahun", "target", "realisasi"});
    year.children({});
    auto tahun = year.whole_number("tahun", true, 2000, 2099);
    auto target = year.measure("target", false);
    auto realisasi = year.measure("realisasi", true);
    if (!tahun || !realisasi) continue;
    if (!years.insert(tahun->value).second) {
      context.error(year.pos(), "duplicate-element", text::tr("<riwayat> of {} is given twice", tahun->value));
      continue;
    }
    out.riwayat.push_back(Riwayat{year.pos(), *tahun, target, *realisasi});
  }
}

void read_budget_realisation(ElementReader& reader, BudgetRealisation& out) {
  out.realisasi_anggaran = reader.amount("realisasi-anggaran", false);
  out.capaian_anggaran = reader.measure("capaian-anggaran", false);
}

void read_subkegiatan_realisation(ParseContext& context, ElementReader& reader,
                                  const std::vector<pugi::xml_node>& triwulan, SubKegiatan& out) {
  if (reader.blank("realisasi-anggaran")) {
    out.realisasi_anggaran_blank = context.attribute_position(reader.node(), "realisasi-anggaran");
  } else {
    out.realisasi.realisasi_anggaran = reader.amount("realisasi-anggaran", false);
  }
  out.realisasi.capaian_anggaran = reader.measure("capaian-anggaran", false);
  std::set<int> quarters;
  for (pugi::xml_node child : triwulan) {
    ElementReader q(context, child, {"ke", "realisasi-anggaran"});
    q.children({});
    auto ke = quarter(q);
    auto spent = q.amount("realisasi-anggaran", true);
    if (ke && spent && first_time(context, quarters, *ke, q.pos())) {
      out.triwulan.push_back(TriwulanAnggaran{q.pos(), *ke, *spent});
    }
  }
}

}  // namespace naskah::plan::detail
