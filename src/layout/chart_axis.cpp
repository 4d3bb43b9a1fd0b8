#include "naskah/layout/chart_axis.hpp"

#include <array>
#include <cmath>
#include <cstdint>

#include "naskah/text/indonesian_format.hpp"

namespace naskah::layout {
namespace {

/// k × mantissa × 10^exponent in C notation ("2500", "0.25"), from integers: exact at any exponent.
std::string tick_number(std::int64_t k, int mantissa, int exponent) {
  std::string digits = std::to_string(k * mantissa);
  if (exponent >= 0) return digits == "0" ? digits : digits + std::string(static_cast<std::size_t>(exponent), '0');
  const auto places = static_cast<std::size_t>(-exponent);
  if (digits.size() <= places) digits = std::string(places + 1 - digits.size(), '0') + digits;
  return digits.substr(0, digits.size() - places) + "." + digits.substr(digits.size() - places);
}

}  // namespace

ValueAxis value_axis(double largest, int most_ticks) {
  if (most_ticks < 1) most_ticks = 1;
  if (!(largest > 0) || !std::isfinite(largest)) largest = 1;
  // The smallest step of 1, 2 or 5 × 10^e that reaches `largest` in at most `most_ticks` steps.
  int exponent = static_cast<int>(std::floor(std::log10(largest / most_ticks)));
  static constexpr std::array<int, 3> mantissas = {1, 2, 5};
  for (;; ++exponent) {
    for (int mantissa : mantissas) {
      const double step = mantissa * std::pow(10.0, exponent);
      const auto steps = static_cast<std::int64_t>(std::ceil(largest / step - 1e-9));
      if (steps > most_ticks) continue;
      ValueAxis axis;
      axis.top = static_cast<double>(steps) * step;
      const int fraction = exponent < 0 ? -exponent : 0;
      for (std::int64_t k = 0; k <= steps; ++k) {
        axis.ticks.push_back({static_cast<double>(k) * step, text::format_decimal(tick_number(k, mantissa, exponent), fraction)});
      }
      return axis;
    }
  }
}

}  // namespace naskah::layout
