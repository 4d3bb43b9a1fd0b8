// realisasi-over-anggaran: a sub kegiatan spends its anggaran or less — an APBD allocation is a ceiling. A
// realisasi above it is a typing error, or a shift of money that the report must explain.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "rencana_walk.hpp"

namespace naskah::check {

void check_realisasi_over_anggaran(const plan::Plan& plan, diag::Diagnostics& out) {
  detail::for_each_subkegiatan(plan.rencana, [&](const plan::Program& program, const plan::Kegiatan& kegiatan,
                                                 const plan::SubKegiatan& sub) {
    const auto& spent = sub.realisasi.realisasi_anggaran;
    if (!spent || spent->value <= sub.anggaran.value) return;
    const std::int64_t over = spent->value.value - sub.anggaran.value.value;
    out.warning(at(plan, spent->pos), "realisasi-over-anggaran",
                text::tr("{} {} spent {}, more than its anggaran {} (over by {})",
                         plan::path_name(program, kegiatan, sub), quoted(sub.nama),
                         text::format_rupiah(spent->value.value), text::format_rupiah(sub.anggaran.value.value),
                         text::format_rupiah(over)));
  });
}

}  // namespace naskah::check
