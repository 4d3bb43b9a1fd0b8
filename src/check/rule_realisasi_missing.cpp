// realisasi-missing: an evaluation whose realisasi is still empty (realisasi="") has nothing to evaluate. A plan
// made by `naskah init` from last year's starts so, with the target of every indikator and an empty realisasi:
// these warnings are the list of what the planner must fill in.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {

void check_realisasi_missing(const plan::Plan& plan, diag::Diagnostics& out) {
  if (!plan.evaluasi) return;
  const int year = plan.evaluasi->tahun.value;
  for (std::size_t s = 0; s < plan.evaluasi->sasaran.size(); ++s) {
    const plan::SasaranEvaluasi& sasaran = plan.evaluasi->sasaran[s];
    for (const plan::IndikatorEvaluasi& indikator : sasaran.indikator) {
      if (indikator.realisasi) continue;
      out.warning(at(plan, indikator.pos), "realisasi-missing",
                  text::tr("the realisasi of indikator {} of sasaran {} (evaluasi {}) is not filled in; write what "
                              "was achieved in {}",
                              quoted(indikator.nama), sasaran.nomor.value_or(static_cast<int>(s) + 1), year, year));
    }
  }
}

}  // namespace naskah::check
