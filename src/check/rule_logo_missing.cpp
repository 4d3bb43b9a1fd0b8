// logo-missing: the cover of an official document carries the lambang daerah above the unit's name, and so does the
// title page of its Perjanjian Kinerja. A plan without a logo still builds — its place stays empty — but the version
// to be signed should not.

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {

void check_logo_missing(const plan::Plan& plan, diag::Diagnostics& out) {
  if (plan.instansi.logo) return;
  out.warning(at(plan, plan.instansi.pos), "logo-missing",
              text::tr("the plan gives no logo, so the cover has no lambang daerah; add logo=\"lambang.png\" to "
                       "<instansi> (a PNG or JPEG file, found relative to the plan)"));
}

}  // namespace naskah::check
