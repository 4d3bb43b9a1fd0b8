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

bool agrees_with_percent(const plan::Measure& stated, const plan::Decimal& numerator, const plan::Decimal& denominator) {
  if (!stated.is_quantitative() || !(stated.unit == "%" || stated.unit.empty())) return false;
  auto computed = plan::percent_of(numerator, denominator, stated.number->scale);
  return computed && *computed == *stated.number;
}

void PercentMean::add(const plan::Decimal& percent) {
  // Rounded to hundredths first, as the tables print it.
  auto printed = plan::percent_of(percent, plan::Decimal{100, 0}, 2);
  if (!printed) return;
  hundredths_ += printed->units;
  ++count_;
}

std::optional<plan::Decimal> PercentMean::mean(int scale) const {
  if (count_ == 0) return std::nullopt;
  // The sum over the count: as percent_of reckons n ÷ d × 100, a sum in hundredths over the count times 100.
  return plan::percent_of(plan::Decimal{hundredths_, 2}, plan::Decimal{static_cast<std::int64_t>(count_) * 100, 0},
                          scale);
}

void AchievementSummary::add(const std::optional<Achievement>& achievement) {
  ++indikator_;
  if (!achievement) return;
  if (achievement->status == plan::Status::tercapai) ++tercapai_;
  if (achievement->capaian) capaian_.add(*achievement->capaian);
}

std::optional<Achievement> achievement_of(const plan::Indikator& indikator) {
  if (!indikator.target || !indikator.realisasi) return std::nullopt;
  return compute_achievement(indikator.target->value, indikator.realisasi->value, indikator.arah);
}

AchievementSummary summary_of(const std::vector<plan::Indikator>& indikator) {
  AchievementSummary summary;
  for (const plan::Indikator& one : indikator) summary.add(achievement_of(one));
  return summary;
}

}  // namespace naskah::check
