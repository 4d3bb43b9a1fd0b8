#include "naskah/plan/totals.hpp"

#include <type_traits>
#include <vector>

namespace naskah::plan {

std::optional<Rupiah> sum(const std::optional<Rupiah>& a, const std::optional<Rupiah>& b) {
  if (!a || !b) return std::nullopt;
  return checked_add(*a, *b);
}

namespace {

// The levels below each level, down to the sub kegiatan.
const std::vector<SubKegiatan>& below(const Kegiatan& kegiatan) { return kegiatan.subkegiatan; }
const std::vector<Kegiatan>& below(const Program& program) { return program.kegiatan; }
const std::vector<Program>& below(const Sasaran& sasaran) { return sasaran.program; }
const std::vector<Sasaran>& below(const Rencana& rencana) { return rencana.sasaran; }

/// `of_sub` of every sub kegiatan under `level`, added up: the one walk behind anggaran and realisasi alike.
template <class Level, class OfSub>
std::optional<Rupiah> add_up(const Level& level, const OfSub& of_sub) {
  if constexpr (std::is_same_v<Level, SubKegiatan>) {
    return of_sub(level);
  } else {
    std::optional<Rupiah> total = Rupiah{0};
    for (const auto& child : below(level)) total = sum(total, add_up(child, of_sub));
    return total;
  }
}

std::optional<Rupiah> anggaran_of(const SubKegiatan& sub) { return sub.anggaran.value; }

}  // namespace

std::optional<Rupiah> total_of(const Kegiatan& kegiatan) { return add_up(kegiatan, anggaran_of); }
std::optional<Rupiah> total_of(const Program& program) { return add_up(program, anggaran_of); }
std::optional<Rupiah> total_of(const Sasaran& sasaran) { return add_up(sasaran, anggaran_of); }
std::optional<Rupiah> total_of(const Rencana& rencana) { return add_up(rencana, anggaran_of); }

std::optional<Rupiah> realisasi_of(const SubKegiatan& sub) {
  if (!sub.realisasi.realisasi_anggaran) return std::nullopt;
  return sub.realisasi.realisasi_anggaran->value;
}

// A pointer to the one overload that a sub kegiatan takes.
constexpr std::optional<Rupiah> (*spent_by)(const SubKegiatan&) = &realisasi_of;

std::optional<Rupiah> realisasi_of(const Kegiatan& kegiatan) { return add_up(kegiatan, spent_by); }
std::optional<Rupiah> realisasi_of(const Program& program) { return add_up(program, spent_by); }
std::optional<Rupiah> realisasi_of(const Sasaran& sasaran) { return add_up(sasaran, spent_by); }
std::optional<Rupiah> realisasi_of(const Rencana& rencana) { return add_up(rencana, spent_by); }

}  // namespace naskah::plan
