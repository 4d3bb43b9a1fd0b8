// capaian-anggaran: a stated share of the anggaran spent (capaian-anggaran="…") is realisasi ÷ anggaran × 100 %, at
// the precision it is written with; for a kegiatan, a program and the whole rencana, the quotient of their sums —
// never the plain average of the percentages below, which weighs a sub kegiatan of Rp 5 juta as much as one of
// Rp 5 miliar. Real reports make exactly that mistake; when a stated figure is such an average, the message says so.

#include <fmt/format.h>

#include <vector>

#include "naskah/plan/achievement.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/plan/totals.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

/// What was spent of what was allotted, computed.
struct Spending {
  std::optional<plan::Rupiah> anggaran;
  std::optional<plan::Rupiah> realisasi;

  /// realisasi ÷ anggaran × 100, rounded to `scale` decimals; nothing without both, or with no anggaran.
  [[nodiscard]] std::optional<plan::Decimal> percent(int scale = 2) const {
    if (!anggaran || !realisasi || anggaran->value == 0) return std::nullopt;
    return plan::percent_of(plan::Decimal{realisasi->value, 0}, plan::Decimal{anggaran->value, 0}, scale);
  }
};

template <class Item>
Spending spending_of(const Item& item) {
  return {plan::total_of(item), plan::realisasi_of(item)};
}

template <>
Spending spending_of(const plan::SubKegiatan& sub) {
  return {sub.anggaran.value, plan::realisasi_of(sub)};
}

/// The plain average of the items' percentages, as a careless table computes a parent's.
template <class Items>
plan::PercentMean average_of(const Items& items) {
  plan::PercentMean mean;
  for (const auto* item : items) {
    if (auto percent = spending_of(*item).percent()) mean.add(*percent);
  }
  return mean;
}

/// The averages a stated parent figure may have been taken from: of the level below, and of the sub kegiatan.
struct Averages {
  std::string level_below;  ///< "kegiatan", "program"
  plan::PercentMean of_level_below;
  plan::PercentMean of_subkegiatan;
};

void compare_stated(const plan::BudgetRealisation& stated, const Spending& computed, const std::string& what,
                    const Averages* averages, const plan::Plan& plan, diag::Diagnostics& out) {
  if (!stated.capaian_anggaran) return;
  const plan::Measure& percent = stated.capaian_anggaran->value;
  const auto exact = computed.percent();
  if (!exact) return;  // nothing spent written below (realisasi-missing), or no anggaran
  if (agrees_with_percent(percent, plan::Decimal{computed.realisasi->value, 0}, plan::Decimal{computed.anggaran->value, 0})) {
    return;
  }
  std::string message =
      text::tr("{} states capaian-anggaran {} but its realisasi {} of anggaran {} is {}", what, percent.text,
               text::format_rupiah(computed.realisasi->value), text::format_rupiah(computed.anggaran->value),
               text::format_percent(exact->to_c_string()));
  if (averages != nullptr && percent.is_quantitative()) {
    const int scale = percent.number->scale;
    auto equals = [&](const plan::PercentMean& mean) {
      auto value = mean.mean(scale);
      return mean.count() > 1 && value && *value == *percent.number;
    };
    if (equals(averages->of_subkegiatan)) {
      message += text::tr("; {} is the plain average of its sub kegiatan's percentages, but a total's percentage is "
                          "the sum of realisasi over the sum of anggaran",
                          percent.text);
    } else if (averages->level_below == "kegiatan" && equals(averages->of_level_below)) {
      message += text::tr("; {} is the plain average of its kegiatan's percentages, but a total's percentage is the "
                          "sum of realisasi over the sum of anggaran",
                          percent.text);
    } else if (averages->level_below == "program" && equals(averages->of_level_below)) {
      message += text::tr("; {} is the plain average of its programs' percentages, but a total's percentage is the "
                          "sum of realisasi over the sum of anggaran",
                          percent.text);
    }
  }
  out.warning(at(plan, stated.capaian_anggaran->pos), "capaian-anggaran", std::move(message));
}

}  // namespace

void check_capaian_anggaran(const plan::Plan& plan, diag::Diagnostics& out) {
  std::vector<const plan::SubKegiatan*> all_subs;
  std::vector<const plan::Program*> programs;
  for (const plan::Sasaran& sasaran : plan.rencana.sasaran) {
    for (const plan::Program& program : sasaran.program) {
      programs.push_back(&program);
      std::vector<const plan::SubKegiatan*> program_subs;
      std::vector<const plan::Kegiatan*> kegiatan_list;
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        kegiatan_list.push_back(&kegiatan);
        std::vector<const plan::SubKegiatan*> subs;
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) {
          subs.push_back(&sub);
          compare_stated(sub.realisasi, spending_of(sub),
                         fmt::format("{} {}", plan::path_name(program, kegiatan, sub), quoted(sub.nama)), nullptr, plan,
                         out);
        }
        const Averages averages{"", {}, average_of(subs)};
        compare_stated(kegiatan.realisasi, spending_of(kegiatan),
                       fmt::format("{} {}", plan::path_name(program, kegiatan), quoted(kegiatan.nama)), &averages, plan,
                       out);
        program_subs.insert(program_subs.end(), subs.begin(), subs.end());
      }
      const Averages averages{"kegiatan", average_of(kegiatan_list), average_of(program_subs)};
      compare_stated(program.realisasi, spending_of(program),
                     fmt::format("{} {}", plan::path_name(program), quoted(program.nama)), &averages, plan, out);
      all_subs.insert(all_subs.end(), program_subs.begin(), program_subs.end());
    }
  }
  const Averages averages{"program", average_of(programs), average_of(all_subs)};
  compare_stated(plan.rencana.realisasi, spending_of(plan.rencana), text::tr("the rencana"), &averages, plan, out);
}

}  // namespace naskah::check
