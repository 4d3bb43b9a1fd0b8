#include "naskah/plan/achievement.hpp"
#include "naskah/text/translate.hpp"

#include <fmt/format.h>

namespace naskah::plan {

std::optional<Achievement> compute_achievement(const Measure& target, const Measure& realisasi,
                                               Arah arah, NoAchievement* why) {
  auto fail = [&](std::string reason) -> std::optional<Achievement> {
    if (why != nullptr) why->reason = std::move(reason);
    return std::nullopt;
  };
  if (!target.is_quantitative() || !realisasi.is_quantitative()) return fail(text::tr("the target or realisasi is not a number"));
  if (!same_unit(target.unit, realisasi.unit)) {
    return fail(text::tr("target \"{}\" and realisasi \"{}\" are in different units", target.text, realisasi.text));
  }
  const Decimal& t = *target.number;
  const Decimal& r = *realisasi.number;
  bool more_is_better = arah == Arah::naik;
  const Decimal& divisor = more_is_better ? t : r;
  if (!more_is_better && r.is_zero() && !t.is_negative()) return Achievement{std::nullopt, Status::tercapai};
  if (divisor.is_zero()) return fail(more_is_better ? text::tr("the target is zero") : text::tr("the realisasi is zero"));
  auto capaian = more_is_better ? percent_of(r, t) : percent_of(t, r);
  if (!capaian) return fail(text::tr("the capaian is too large to compute"));
  bool reached = more_is_better ? (r >= t) : (r <= t);
  return Achievement{*capaian, reached ? Status::tercapai : Status::tidak_tercapai};
}

bool agrees_with_percent(const Measure& stated, const Decimal& numerator, const Decimal& denominator) {
  if (!stated.is_quantitative() || !(stated.unit == "%" || stated.unit.empty())) return false;
  auto computed = percent_of(numerator, denominator, stated.number->scale);
  return computed && *computed == *stated.number;
}

void PercentMean::add(const Decimal& percent) {
  // Rounded to hundredths first, as the tables print it.
  auto printed = percent_of(percent, Decimal{100, 0}, 2);
  if (!printed) return;
  hundredths_ += printed->units;
  ++count_;
}

std::optional<Decimal> PercentMean::mean(int scale) const {
  if (count_ == 0) return std::nullopt;
  // The sum over the count: as percent_of reckons n ÷ d × 100, a sum in hundredths over the count times 100.
  return percent_of(Decimal{hundredths_, 2}, Decimal{static_cast<std::int64_t>(count_) * 100, 0},
                          scale);
}

void AchievementSummary::add(const std::optional<Achievement>& achievement) {
  ++indikator_;
  if (!achievement) return;
  if (achievement->status == Status::tercapai) ++tercapai_;
  if (achievement->capaian) capaian_.add(*achievement->capaian);
}

std::optional<Achievement> achievement_of(const Indikator& indikator) {
  if (!indikator.target || !indikator.realisasi) return std::nullopt;
  return compute_achievement(indikator.target->value, indikator.realisasi->value, indikator.arah);
}

AchievementSummary summary_of(const std::vector<Indikator>& indikator) {
  AchievementSummary summary;
  for (const Indikator& one : indikator) summary.add(achievement_of(one));
  return summary;
}

}  // namespace naskah::plan
