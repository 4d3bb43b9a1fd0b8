// evaluation-status: capaian and "Tercapai" are computed from realisasi and target; where the plan states them
// anyway, they must agree. The seed marks 96,86% of a 100% target "Tercapai".

#include <fmt/format.h>

#include "naskah/check/achievement.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

/// The computed capaian rounded to the number of decimals the plan wrote, so that a stated "88,9%" agrees with
/// a computed 88,89%.
bool agrees(const plan::Decimal& stated, const plan::Measure& target, const plan::Measure& realisasi, plan::Arah arah) {
  const plan::Decimal& t = *target.number;
  const plan::Decimal& r = *realisasi.number;
  auto computed = arah == plan::Arah::naik ? plan::percent_of(r, t, stated.scale) : plan::percent_of(t, r, stated.scale);
  return computed && *computed == stated;
}

}  // namespace

void check_evaluation_status(const plan::Plan& plan, diag::Diagnostics& out) {
  if (!plan.evaluasi) return;
  for (const plan::SasaranEvaluasi& sasaran : plan.evaluasi->sasaran) {
    for (const plan::IndikatorEvaluasi& indikator : sasaran.indikator) {
      if (!indikator.realisasi) continue;  // not filled in yet: realisasi-missing says so
      const plan::Measure& realisasi = indikator.realisasi->value;
      NoAchievement why;
      auto achievement = compute_achievement(indikator.target.value, realisasi, indikator.arah, &why);
      if (!achievement) {
        // Qualitative values have no capaian by nature; only a numeric mismatch is worth a word.
        if (indikator.target.value.is_quantitative() && realisasi.is_quantitative()) {
          out.warning(at(plan, indikator.pos), "evaluation-status",
                      text::tr("capaian of indikator {} cannot be computed: {}", quoted(indikator.nama), why.reason));
        }
        continue;
      }
      std::string computed = achievement->capaian ? text::format_percent(achievement->capaian->to_c_string())
                                                  : text::tr("no percentage (nothing found, the best result)");
      if (indikator.capaian) {
        const plan::Measure& stated = indikator.capaian->value;
        bool is_percent = stated.is_quantitative() && (stated.unit == "%" || stated.unit.empty());
        if (!is_percent || !agrees(*stated.number, indikator.target.value, realisasi, indikator.arah)) {
          out.warning(at(plan, indikator.capaian->pos), "evaluation-status",
                      text::tr("indikator {} states capaian {} but realisasi {} of target {} is {}",
                                  quoted(indikator.nama), stated.text, realisasi.text,
                                  indikator.target.value.text, computed));
        }
      }
      if (indikator.keterangan && indikator.keterangan->value != achievement->status) {
        out.warning(at(plan, indikator.keterangan->pos), "evaluation-status",
                    text::tr("indikator {} is marked \"{}\" but realisasi {} of target {} is a capaian of {}: {}",
                                quoted(indikator.nama), plan::status_name(indikator.keterangan->value),
                                realisasi.text, indikator.target.value.text, computed,
                                plan::status_name(achievement->status)));
      }
    }
  }
}

}  // namespace naskah::check
