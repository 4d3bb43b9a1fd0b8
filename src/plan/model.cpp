#include "naskah/plan/model.hpp"

#include <fmt/format.h>

namespace naskah::plan {

std::string path_name(const Program& program) { return fmt::format("program {}", program.nomor.value); }

std::string path_name(const Program& program, const Kegiatan& kegiatan) {
  return fmt::format("kegiatan {}.{}", program.nomor.value, kegiatan.nomor.value);
}

std::string path_name(const Program& program, const Kegiatan& kegiatan, const SubKegiatan& sub) {
  return fmt::format("sub kegiatan {}.{}.{}", program.nomor.value, kegiatan.nomor.value, sub.nomor.value);
}

const char* status_name(Status status) { return status == Status::tercapai ? "Tercapai" : "Tidak Tercapai"; }

Akumulasi accumulation_of(const Indikator& indikator) {
  if (indikator.akumulasi) return indikator.akumulasi->value;
  const Measure* measure = indikator.target ? &indikator.target->value
                           : indikator.realisasi ? &indikator.realisasi->value
                                                 : nullptr;
  if (measure == nullptr || measure->unit.empty() || measure->unit == "%") return Akumulasi::akhir;
  return Akumulasi::jumlah;
}

const char* accumulation_name(Akumulasi akumulasi) { return akumulasi == Akumulasi::jumlah ? "jumlah" : "akhir"; }

const char* quarter_name(int ke) {
  static constexpr const char* names[] = {"I", "II", "III", "IV"};
  return ke >= 1 && ke <= 4 ? names[ke - 1] : "?";
}

}  // namespace naskah::plan
