#include "naskah/check/achievement.hpp"
#include "naskah/text/translate.hpp"

#include <fmt/format.h>

namespace naskah::check {

std::optional<Achievement> compute_achievement(const plan::Measure& target, const plan::Measure& realisasi,
                                               plan::Arah arah, NoAchievement* why) {
  auto fail = [&](std::string reason) -> std::optional<Achievement> {
    if (why != nullptr) why->reason = std::move(reason);
    return std::nullopt;
  };
  if (!target.is_quantitative() || !realisasi.is_quantitative()) return fail(text::tr("the target or realisasi is not a number"));
  if (!plan::same_unit(target.unit, realisasi.unit)) {
    return fail(text::tr("target \"{}\" and realisasi \"{}\" are in different units", target.text, realisasi.text));
  }
  const plan::Decimal& t = *target.number;
  const plan::Decimal& r = *realisasi.number;
  bool more_is_better = arah == plan::Arah::naik;
  const plan::Decimal& divisor = more_is_better ? t : r;
  if (!more_is_better && r.is_zero() && !t.is_negative()) return Achievement{std::nullopt, plan::Status::tercapai};
  if (divisor.is_zero()) return fail(more_is_better ? text::tr("the target is zero") : text::tr("the realisasi is zero"));
  auto capaian = more_is_better ? plan::percent_of(r, t) : plan::percent_of(t, r);
  if (!capaian) return fail(text::tr("the capaian is too large to compute"));
  bool reached = more_is_better ? (r >= t) : (r <= t);
  return Achievement{*capaian, reached ? plan::Status::tercapai : plan::Status::tidak_tercapai};
}

}  // namespace naskah::check
