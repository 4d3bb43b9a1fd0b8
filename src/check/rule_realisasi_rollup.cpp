// realisasi-rollup: what a kegiatan, a program or the whole rencana states it spent (realisasi-anggaran) is what its
// sub kegiatan spent, added up — the Laporan Kinerja's version of budget-rollup. Real reports' tables, typed by
// hand, give a program's realisasi that its rows do not add up to.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/plan/totals.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

void compare_stated(const plan::BudgetRealisation& stated, const std::optional<plan::Rupiah>& computed,
                    const std::string& what, const plan::Plan& plan, diag::Diagnostics& out) {
  // A sub kegiatan below without its realisasi leaves nothing to add up: realisasi-missing says so.
  if (!stated.realisasi_anggaran || !computed || stated.realisasi_anggaran->value == *computed) return;
  const std::int64_t a = stated.realisasi_anggaran->value.value;
  const std::int64_t b = computed->value;
  out.warning(at(plan, stated.realisasi_anggaran->pos), "realisasi-rollup",
              text::tr("{} states realisasi-anggaran {} but its sub kegiatan spent {} (difference {})", what,
                       text::format_rupiah(a), text::format_rupiah(b), text::format_rupiah(a > b ? a - b : b - a)));
}

}  // namespace

void check_realisasi_rollup(const plan::Plan& plan, diag::Diagnostics& out) {
  for (const plan::Sasaran& sasaran : plan.rencana.sasaran) {
    for (const plan::Program& program : sasaran.program) {
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        compare_stated(kegiatan.realisasi, plan::realisasi_of(kegiatan),
                       fmt::format("{} {}", plan::path_name(program, kegiatan), quoted(kegiatan.nama)), plan, out);
      }
      compare_stated(program.realisasi, plan::realisasi_of(program),
                     fmt::format("{} {}", plan::path_name(program), quoted(program.nama)), plan, out);
    }
  }
  compare_stated(plan.rencana.realisasi, plan::realisasi_of(plan.rencana), text::tr("the rencana"), plan, out);
}

}  // namespace naskah::check
