// sasaran-capaian: a sasaran's capaian is that of its indikator — the mean of their capaian, each computed from its
// realisasi and target. A Laporan Kinerja that states a sasaran's capaian (capaian="…" on <sasaran>) is checked
// against that mean, at the precision it is written with.

#include <fmt/format.h>

#include "naskah/plan/achievement.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "rencana_walk.hpp"

namespace naskah::check {

void check_sasaran_capaian(const plan::Plan& plan, diag::Diagnostics& out) {
  int position = 0;
  for (const plan::Sasaran& sasaran : plan.rencana.sasaran) {
    ++position;
    if (!sasaran.capaian) continue;
    const plan::Measure& stated = sasaran.capaian->value;
    const plan::AchievementSummary summary = plan::summary_of(sasaran.indikator);
    const std::string name = detail::sasaran_name(sasaran, position) + " " + quoted(sasaran.nama);
    if (summary.computed() == 0) {
      out.warning(at(plan, sasaran.capaian->pos), "sasaran-capaian",
                  text::tr("{} states capaian {} but none of its indikator has a capaian to compute it from (each "
                           "needs a numeric target and realisasi)",
                           name, stated.text));
      continue;
    }
    const bool is_percent = stated.is_quantitative() && (stated.unit == "%" || stated.unit.empty());
    const auto mean = summary.mean(is_percent ? stated.number->scale : 2);
    if (is_percent && mean && *mean == *stated.number) continue;
    const std::string printed = text::format_percent(summary.mean()->to_c_string());
    out.warning(at(plan, sasaran.capaian->pos), "sasaran-capaian",
                summary.computed() == 1
                    ? text::tr("{} states capaian {} but the capaian of its indikator is {}", name, stated.text, printed)
                    : text::tr("{} states capaian {} but the capaian of its {} indikator average {}", name, stated.text,
                               summary.computed(), printed));
  }
}

}  // namespace naskah::check
