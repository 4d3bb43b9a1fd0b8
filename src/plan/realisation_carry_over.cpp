#include "naskah/plan/realisation_carry_over.hpp"

#include "naskah/text/comparison_key.hpp"

namespace naskah::plan {
namespace {

template <class Item>
bool same_item(const Item& a, const Item& b) {
  if (a.kode && b.kode) return a.kode->value == b.kode->value;
  return a.nomor.value == b.nomor.value;
}

template <class Item>
const Item* find_item(const std::vector<Item>& old, const Item& item) {
  for (const Item& candidate : old) {
    if (same_item(candidate, item)) return &candidate;
  }
  return nullptr;
}

template <class T>
void keep(std::optional<T>& into, const std::optional<T>& from) {
  if (!into) into = from;
}

void carry(const BudgetRealisation& from, BudgetRealisation& into) {
  keep(into.realisasi_anggaran, from.realisasi_anggaran);
  keep(into.capaian_anggaran, from.capaian_anggaran);
}

void carry(const std::vector<Indikator>& old, std::vector<Indikator>& imported) {
  for (Indikator& indikator : imported) {
    for (const Indikator& from : old) {
      if (text::comparison_key(from.nama) != text::comparison_key(indikator.nama)) continue;
      if (!indikator.realisasi && !indikator.realisasi_blank) {
        indikator.realisasi = from.realisasi;
        indikator.realisasi_blank = from.realisasi_blank;
      }
      if (indikator.arah == Arah::naik) indikator.arah = from.arah;
      keep(indikator.akumulasi, from.akumulasi);
      keep(indikator.capaian, from.capaian);
      keep(indikator.keterangan, from.keterangan);
      keep(indikator.target_renstra, from.target_renstra);
      if (indikator.triwulan.empty()) indikator.triwulan = from.triwulan;
      if (indikator.riwayat.empty()) indikator.riwayat = from.riwayat;
      break;
    }
  }
}

}  // namespace

void carry_over_realisation(const Rencana& old, Rencana& imported) {
  keep(imported.akhir_renstra, old.akhir_renstra);
  carry(old.realisasi, imported.realisasi);
  std::vector<const Program*> old_programs;
  for (const Sasaran& sasaran : old.sasaran) {
    for (const Program& program : sasaran.program) old_programs.push_back(&program);
  }
  for (Sasaran& sasaran : imported.sasaran) {
    const Sasaran* from = nullptr;
    for (const Sasaran& candidate : old.sasaran) {
      if (text::comparison_key(candidate.nama) == text::comparison_key(sasaran.nama)) from = &candidate;
    }
    for (const Sasaran& candidate : old.sasaran) {
      if (from == nullptr && candidate.nomor && candidate.nomor == sasaran.nomor) from = &candidate;
    }
    if (from != nullptr) {
      keep(sasaran.capaian, from->capaian);
      keep(sasaran.analisis, from->analisis);
      carry(from->indikator, sasaran.indikator);
    }
    for (Program& program : sasaran.program) {
      // Programs are numbered across the rencana: one may have moved to another sasaran.
      const Program* old_program = nullptr;
      for (const Program* candidate : old_programs) {
        if (same_item(*candidate, program)) old_program = candidate;
      }
      if (old_program == nullptr) continue;
      carry(old_program->realisasi, program.realisasi);
      carry(old_program->indikator, program.indikator);
      for (Kegiatan& kegiatan : program.kegiatan) {
        const Kegiatan* old_kegiatan = find_item(old_program->kegiatan, kegiatan);
        if (old_kegiatan == nullptr) continue;
        carry(old_kegiatan->realisasi, kegiatan.realisasi);
        for (SubKegiatan& sub : kegiatan.subkegiatan) {
          const SubKegiatan* old_sub = find_item(old_kegiatan->subkegiatan, sub);
          if (old_sub == nullptr) continue;
          if (!sub.realisasi.realisasi_anggaran && !sub.realisasi_anggaran_blank) {
            sub.realisasi_anggaran_blank = old_sub->realisasi_anggaran_blank;
          }
          carry(old_sub->realisasi, sub.realisasi);
          if (sub.triwulan.empty()) sub.triwulan = old_sub->triwulan;
          carry(old_sub->indikator, sub.indikator);
        }
      }
    }
  }
}

}  // namespace naskah::plan
