// evaluation-removed: a plan that has an <evaluasi> but removes the subbab that prints it (<subbab id="evaluasi"
// hapus="ya">, as a unit's first plan writes it while it evaluates no earlier one) leaves last year's results out of
// the PDF without a word — while Sistematika Penulisan still promises them. Said at the removal.

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {

void check_evaluation_removed(const plan::Plan& plan, diag::Diagnostics& out) {
  if (!plan.evaluasi || plan.evaluasi->sasaran.empty()) return;
  for (const plan::Chapter& bab : plan.bab) {
    for (const plan::Section& subbab : bab.sections) {
      if (subbab.id != "evaluasi" || !subbab.omit) continue;
      out.warning(at(plan, subbab.pos), "evaluation-removed",
                  text::tr("the plan has an <evaluasi> of {}, but hapus=\"ya\" removes the Evaluasi subbab that prints "
                           "it, table and all; remove this <subbab>",
                           plan.evaluasi->tahun.value));
    }
  }
}

}  // namespace naskah::check
