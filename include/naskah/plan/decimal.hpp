#pragma once
/// An exact decimal number (units × 10^-scale), for targets and achievements: 96,86 is {9686, 2}. Held as
/// integers so that 96,86 compares, divides and rounds exactly — no binary fractions, no double rounding.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "naskah/plan/parsed.hpp"

namespace naskah::plan {

struct Decimal {
  std::int64_t units = 0;
  int scale = 0;  ///< digits after the decimal comma, 0 … max_scale

  static constexpr int max_scale = 6;
  static constexpr int max_digits = 15;

  /// The number in C notation ("96.86", "-3", "0.5"), for ICU and JSON.
  [[nodiscard]] std::string to_c_string() const;
  [[nodiscard]] bool is_zero() const { return units == 0; }
  [[nodiscard]] bool is_negative() const { return units < 0; }
};

/// Numeric comparison across scales: {10, 1} == {1, 0}.
std::strong_ordering compare(const Decimal& a, const Decimal& b);
inline bool operator==(const Decimal& a, const Decimal& b) { return compare(a, b) == 0; }
inline std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) { return compare(a, b); }

/// Reads a number in Indonesian notation: "96,86", "1.250", "1.250,5", "-3". Dots only between groups of three
/// digits, a comma before at most max_scale decimals.
Parsed<Decimal> parse_indonesian_decimal(std::string_view text);

/// numerator ÷ denominator × 100, rounded half-up to `scale` decimals; nothing when the denominator is zero or
/// the result has more than max_digits digits.
std::optional<Decimal> percent_of(const Decimal& numerator, const Decimal& denominator, int scale = 2);

/// a + b exactly, at the larger of their scales; nothing when the sum has more than max_digits digits.
std::optional<Decimal> add(const Decimal& a, const Decimal& b);

/// a − b exactly, at the larger of their scales; nothing past max_digits digits.
std::optional<Decimal> subtract(const Decimal& a, const Decimal& b);

}  // namespace naskah::plan
