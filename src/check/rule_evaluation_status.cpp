// evaluation-status: capaian and "Tercapai" are computed from realisasi and target; where the plan states them
// anyway, they must agree — in the evaluation of the year before, and in the plan year's realisation that the
// Laporan Kinerja reports. The seed marks 96,86% of a 100% target "Tercapai".

#include <fmt/format.h>

#include "naskah/plan/achievement.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "rencana_walk.hpp"

namespace naskah::check {
namespace {

/// What an indikator says and states of its year, whichever list it stands in.
struct StatedResult {
  const std::string& nama;
  plan::Pos pos;
  const plan::Measure& target;
  const plan::Measure& realisasi;
  plan::Arah arah;
  const std::optional<plan::At<plan::Measure>>& capaian;
  const std::optional<plan::At<plan::Status>>& keterangan;
};

void compare(const StatedResult& stated, const plan::Plan& plan, diag::Diagnostics& out) {
  plan::NoAchievement why;
  auto achievement = plan::compute_achievement(stated.target, stated.realisasi, stated.arah, &why);
  if (!achievement) {
    // Qualitative values have no capaian by nature; only a numeric mismatch is worth a word.
    if (stated.target.is_quantitative() && stated.realisasi.is_quantitative()) {
      out.warning(at(plan, stated.pos), "evaluation-status",
                  text::tr("capaian of indikator {} cannot be computed: {}", quoted(stated.nama), why.reason));
    }
    return;
  }
  std::string computed = achievement->capaian ? text::format_percent(achievement->capaian->to_c_string())
                                              : text::tr("no percentage (nothing found, the best result)");
  if (stated.capaian) {
    const plan::Decimal& t = *stated.target.number;
    const plan::Decimal& r = *stated.realisasi.number;
    const bool naik = stated.arah == plan::Arah::naik;
    if (!plan::agrees_with_percent(stated.capaian->value, naik ? r : t, naik ? t : r)) {
      out.warning(at(plan, stated.capaian->pos), "evaluation-status",
                  text::tr("indikator {} states capaian {} but realisasi {} of target {} is {}", quoted(stated.nama),
                           stated.capaian->value.text, stated.realisasi.text, stated.target.text, computed));
    }
  }
  if (stated.keterangan && stated.keterangan->value != achievement->status) {
    out.warning(at(plan, stated.keterangan->pos), "evaluation-status",
                text::tr("indikator {} is marked \"{}\" but realisasi {} of target {} is a capaian of {}: {}",
                         quoted(stated.nama), plan::status_name(stated.keterangan->value), stated.realisasi.text,
                         stated.target.text, computed, plan::status_name(achievement->status)));
  }
}

}  // namespace

void check_evaluation_status(const plan::Plan& plan, diag::Diagnostics& out) {
  if (plan.evaluasi) {
    for (const plan::SasaranEvaluasi& sasaran : plan.evaluasi->sasaran) {
      for (const plan::IndikatorEvaluasi& indikator : sasaran.indikator) {
        if (!indikator.realisasi) continue;  // not filled in yet: realisasi-missing says so
        compare({indikator.nama, indikator.pos, indikator.target.value, indikator.realisasi->value, indikator.arah,
                 indikator.capaian, indikator.keterangan},
                plan, out);
      }
    }
  }
  detail::for_each_indikator(plan.rencana, [&](const plan::Indikator& indikator, const std::string&) {
    // Without a realisasi there is nothing to compare; without a target, indicator-target says so.
    if (!indikator.realisasi || !indikator.target) return;
    compare({indikator.nama, indikator.pos, indikator.target->value, indikator.realisasi->value, indikator.arah,
             indikator.capaian, indikator.keterangan},
            plan, out);
  });
}

}  // namespace naskah::check
