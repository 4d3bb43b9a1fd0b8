// year-consistency: one year is written once (tahun) and everything else must fit it. The seed's hand-typed
// text mixes 2023 and 2024; the data must not.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {

void check_years(const plan::Plan& plan, diag::Diagnostics& out) {
  int tahun = plan.tahun.value;
  if (plan.evaluasi && plan.evaluasi->tahun.value != tahun - 1) {
    out.warning(at(plan, plan.evaluasi->tahun.pos), "year-consistency",
                text::tr("the evaluasi is of {}, but the plan for {} evaluates {}", plan.evaluasi->tahun.value, tahun,
                            tahun - 1));
  }
  const plan::CalendarDate& signed_on = plan.penandatangan.tanggal.value;
  if (signed_on.year != 0 && signed_on.year != tahun && signed_on.year != tahun - 1) {
    out.warning(at(plan, plan.penandatangan.tanggal.pos), "year-consistency",
                text::tr("the plan for {} is signed in {}; an RKT is signed in its year or the year before",
                            tahun, signed_on.year));
  }
}

}  // namespace naskah::check
