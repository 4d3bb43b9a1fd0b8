#pragma once
/// Capaian (achievement) of an indicator: realisasi against target, computed exactly. The evaluation table
/// prints it and the evaluation-status check compares a plan's stated figures with it.

#include <optional>
#include <string>

#include "naskah/plan/model.hpp"

namespace naskah::check {

struct Achievement {
  /// Percent, rounded half-up to 2 decimals (96,86). Absent only for "less is better" with a realisasi of zero:
  /// the best possible result, Tercapai, but no finite percentage.
  std::optional<plan::Decimal> capaian;
  plan::Status status;  ///< decided on the exact values, not the rounded capaian (99,999% is not 100%)
};

/// Why an achievement cannot be computed, phrased to follow "capaian cannot be computed: ".
struct NoAchievement {
  std::string reason;
};

/// realisasi ÷ target × 100 % (for arah turun: target ÷ realisasi × 100 %). Needs both values numeric, in the
/// same unit, and a non-zero divisor.
std::optional<Achievement> compute_achievement(const plan::Measure& target, const plan::Measure& realisasi,
                                               plan::Arah arah, NoAchievement* why = nullptr);

}  // namespace naskah::check
