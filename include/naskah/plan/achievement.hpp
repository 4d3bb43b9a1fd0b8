#pragma once
/// Capaian (achievement) of an indicator: realisasi against target, computed exactly. The evaluation table
/// prints it and the evaluation-status check compares a plan's stated figures with it.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>
#include <string>

#include "naskah/plan/model.hpp"

namespace naskah::plan {

struct Achievement {
  /// Percent, rounded half-up to 2 decimals (96,86). Absent only for "less is better" with a realisasi of zero:
  /// the best possible result, Tercapai, but no finite percentage.
  std::optional<Decimal> capaian;
  Status status;  ///< decided on the exact values, not the rounded capaian (99,999% is not 100%)
};

/// Why an achievement cannot be computed, phrased to follow "capaian cannot be computed: ".
struct NoAchievement {
  std::string reason;
};

/// realisasi ÷ target × 100 % (for arah turun: target ÷ realisasi × 100 %). Needs both values numeric, in the
/// same unit, and a non-zero divisor.
std::optional<Achievement> compute_achievement(const Measure& target, const Measure& realisasi,
                                               Arah arah, NoAchievement* why = nullptr);

/// Whether a stated percentage ("96,9%", "96,9") is numerator ÷ denominator × 100 % rounded to the decimals it is
/// written with: a stated "88,9%" agrees with a computed 88,89%. A stated value that is not a number, or is in
/// another unit than "%", never agrees.
bool agrees_with_percent(const Measure& stated, const Decimal& numerator, const Decimal& denominator);

/// The plain mean of percentages, each taken as printed (rounded to 2 decimals): a sasaran's capaian is the mean of
/// its indikator's. (A program's share of its anggaran spent is not such a mean: it is its sums' quotient.)
class PercentMean {
 public:
  void add(const Decimal& percent);
  [[nodiscard]] std::size_t count() const { return count_; }
  /// Rounded half-up to `scale` decimals; nothing when none was added.
  [[nodiscard]] std::optional<Decimal> mean(int scale = 2) const;

 private:
  std::size_t count_ = 0;
  std::int64_t hundredths_ = 0;  ///< the sum, in hundredths of a percent
};

/// The capaian of several indikator together — an evaluated sasaran's, a sasaran's of the plan year: how many there
/// are, how many are Tercapai, and the mean of the capaian that can be computed, each as the tables print it (rounded
/// to 2 decimals).
class AchievementSummary {
 public:
  /// Counts one indikator, with its achievement when it has one (none: not filled in, or not computable).
  void add(const std::optional<Achievement>& achievement);

  [[nodiscard]] std::size_t indikator() const { return indikator_; }
  [[nodiscard]] std::size_t tercapai() const { return tercapai_; }
  [[nodiscard]] std::size_t computed() const { return capaian_.count(); }
  /// The mean of the computed capaian, rounded half-up to `scale` decimals; nothing when none was computed.
  [[nodiscard]] std::optional<Decimal> mean(int scale = 2) const { return capaian_.mean(scale); }

 private:
  std::size_t indikator_ = 0;
  std::size_t tercapai_ = 0;
  PercentMean capaian_;
};

/// The achievement of an indikator of the plan year: none while it has no realisasi.
std::optional<Achievement> achievement_of(const Indikator& indikator);

/// The summary of a list of the plan year's indikator (a sasaran's, a program's).
AchievementSummary summary_of(const std::vector<Indikator>& indikator);

}  // namespace naskah::plan
