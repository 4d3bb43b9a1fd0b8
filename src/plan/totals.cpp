#include "naskah/plan/totals.hpp"

namespace naskah::plan {

std::optional<Rupiah> sum(const std::optional<Rupiah>& a, const std::optional<Rupiah>& b) {
  if (!a || !b) return std::nullopt;
  return checked_add(*a, *b);
}

std::optional<Rupiah> total_of(const Kegiatan& kegiatan) {
  std::optional<Rupiah> total = Rupiah{0};
  for (const SubKegiatan& sub : kegiatan.subkegiatan) total = sum(total, sub.anggaran.value);
  return total;
}

std::optional<Rupiah> total_of(const Program& program) {
  std::optional<Rupiah> total = Rupiah{0};
  for (const Kegiatan& kegiatan : program.kegiatan) total = sum(total, total_of(kegiatan));
  return total;
}

std::optional<Rupiah> total_of(const Sasaran& sasaran) {
  std::optional<Rupiah> total = Rupiah{0};
  for (const Program& program : sasaran.program) total = sum(total, total_of(program));
  return total;
}

std::optional<Rupiah> total_of(const Rencana& rencana) {
  std::optional<Rupiah> total = Rupiah{0};
  for (const Sasaran& sasaran : rencana.sasaran) total = sum(total, total_of(sasaran));
  return total;
}

}  // namespace naskah::plan
