#pragma once
/// The computed anggaran of the plan's items: the sum of the sub kegiatan below them, in whole Rupiah with
/// overflow checked — what `naskah check` compares a stated anggaran with, and what a document prints where the
/// plan states none (plan/printed_anggaran).

#include <optional>

#include "naskah/plan/amount.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::plan {

/// a + b; nothing when either is nothing or the sum passes the 64-bit limit (which no plan that passes
/// `naskah check` reaches: amounts have at most 15 digits).
std::optional<Rupiah> sum(const std::optional<Rupiah>& a, const std::optional<Rupiah>& b);

std::optional<Rupiah> total_of(const Kegiatan& kegiatan);
std::optional<Rupiah> total_of(const Program& program);
std::optional<Rupiah> total_of(const Sasaran& sasaran);
std::optional<Rupiah> total_of(const Rencana& rencana);

/// The computed realisasi-anggaran of a level: the sum of what its sub kegiatan spent (a sub kegiatan's own); nothing
/// when a sub kegiatan below has none written, or when the sum passes the 64-bit limit.
std::optional<Rupiah> realisasi_of(const SubKegiatan& sub);
std::optional<Rupiah> realisasi_of(const Kegiatan& kegiatan);
std::optional<Rupiah> realisasi_of(const Program& program);
std::optional<Rupiah> realisasi_of(const Sasaran& sasaran);
std::optional<Rupiah> realisasi_of(const Rencana& rencana);

}  // namespace naskah::plan
