// budget-rollup: a stated anggaran must equal the sum of the sub kegiatan below it. The seed document's
// programme 2 states Rp 17.903.779.061 while its rows add up to Rp 16.487.571.661 — the error this rule exists for.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

using plan::Rupiah;

/// Adds b to the running sum; on overflow reports it once and returns false.
bool accumulate(Rupiah& sum, Rupiah b, const plan::Plan& plan, plan::Pos pos, diag::Diagnostics& out) {
  auto total = plan::checked_add(sum, b);
  if (!total) {
    out.error(at(plan, pos), "budget-rollup", text::tr("the anggaran add up to more than naskah can count (2^63 Rupiah)"));
    return false;
  }
  sum = *total;
  return true;
}

void compare_stated(const std::optional<plan::At<Rupiah>>& stated, Rupiah computed, const std::string& what,
                    const plan::Plan& plan, diag::Diagnostics& out) {
  if (!stated || stated->value == computed) return;
  std::int64_t difference = stated->value.value > computed.value ? stated->value.value - computed.value
                                                                 : computed.value - stated->value.value;
  out.warning(at(plan, stated->pos), "budget-rollup",
              text::tr("{} states anggaran {} but its sub kegiatan add up to {} (difference {})", what,
                          text::format_rupiah(stated->value.value), text::format_rupiah(computed.value),
                          text::format_rupiah(difference)));
}

}  // namespace

void check_budget_rollup(const plan::Plan& plan, diag::Diagnostics& out) {
  Rupiah total;
  bool total_ok = true;
  for (const plan::Sasaran& sasaran : plan.rencana.sasaran) {
    for (const plan::Program& program : sasaran.program) {
      Rupiah program_sum;
      bool program_ok = true;
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        Rupiah kegiatan_sum;
        bool kegiatan_ok = true;
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) {
          kegiatan_ok = kegiatan_ok && accumulate(kegiatan_sum, sub.anggaran.value, plan, sub.anggaran.pos, out);
        }
        if (!kegiatan_ok) return;
        compare_stated(kegiatan.anggaran, kegiatan_sum,
                       fmt::format("{} {}", plan::path_name(program, kegiatan), quoted(kegiatan.nama)), plan, out);
        program_ok = program_ok && accumulate(program_sum, kegiatan_sum, plan, kegiatan.pos, out);
      }
      if (!program_ok) return;
      compare_stated(program.anggaran, program_sum, fmt::format("{} {}", plan::path_name(program), quoted(program.nama)),
                     plan, out);
      total_ok = total_ok && accumulate(total, program_sum, plan, program.pos, out);
    }
  }
  if (total_ok) compare_stated(plan.rencana.anggaran, total, text::tr("the rencana"), plan, out);
}

}  // namespace naskah::check
