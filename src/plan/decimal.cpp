#include "naskah/plan/decimal.hpp"
#include "naskah/text/translate.hpp"

#include <cstdlib>

namespace naskah::plan {
namespace {

__extension__ using Wide = __int128;

Wide power_of_ten(int exponent) {
  Wide result = 1;
  for (int i = 0; i < exponent; ++i) result *= 10;
  return result;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Checks the integer part: plain digits, or dotted groups of three after a first group of 1–3 digits.
bool valid_integer_part(std::string_view part) {
  if (part.empty()) return false;
  if (part.find('.') == std::string_view::npos) {
    for (char c : part) {
      if (!is_digit(c)) return false;
    }
    return true;
  }
  std::size_t start = 0;
  bool first = true;
  while (true) {
    std::size_t dot = part.find('.', start);
    std::string_view group = part.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (first ? (group.empty() || group.size() > 3) : group.size() != 3) return false;
    for (char c : group) {
      if (!is_digit(c)) return false;
    }
    first = false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

}  // namespace

std::string Decimal::to_c_string() const {
  // |units| < 10^15 by construction (max_digits), so negating it cannot overflow.
  bool negative = units < 0;
  std::string digits = std::to_string(negative ? -units : units);
  if (scale > 0) {
    auto places = static_cast<std::size_t>(scale);
    if (digits.size() <= places) digits = std::string(places + 1 - digits.size(), '0') + digits;
    std::size_t point = digits.size() - places;
    digits = digits.substr(0, point) + "." + digits.substr(point);
  }
  return negative ? "-" + digits : digits;
}

std::strong_ordering compare(const Decimal& a, const Decimal& b) {
  int scale = a.scale > b.scale ? a.scale : b.scale;
  Wide left = static_cast<Wide>(a.units) * power_of_ten(scale - a.scale);
  Wide right = static_cast<Wide>(b.units) * power_of_ten(scale - b.scale);
  return left < right ? std::strong_ordering::less
                      : (left > right ? std::strong_ordering::greater : std::strong_ordering::equal);
}

Parsed<Decimal> parse_indonesian_decimal(std::string_view text) {
  bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  std::size_t comma = text.find(',');
  std::string_view integer = text.substr(0, comma);
  std::string_view fraction = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  if (!valid_integer_part(integer)) {
    return Parsed<Decimal>::fail(text::tr("write decimals with a comma (96,86) and dots only between thousands (1.250)"));
  }
  if (comma != std::string_view::npos) {
    if (fraction.empty() || fraction.size() > static_cast<std::size_t>(Decimal::max_scale)) {
      return Parsed<Decimal>::fail(text::tr("a decimal comma must be followed by 1 to 6 digits"));
    }
    for (char c : fraction) {
      if (!is_digit(c)) return Parsed<Decimal>::fail(text::tr("write decimals with a comma (96,86) and dots only between thousands (1.250)"));
    }
  }
  std::string digits;
  for (char c : integer) {
    if (c != '.') digits += c;
  }
  digits.append(fraction);
  std::size_t significant = digits.find_first_not_of('0');
  if (significant != std::string::npos && digits.size() - significant > static_cast<std::size_t>(Decimal::max_digits)) {
    return Parsed<Decimal>::fail(text::tr("more than 15 digits"));
  }
  std::int64_t units = 0;
  for (char c : digits) units = units * 10 + (c - '0');
  return Parsed<Decimal>::ok(Decimal{negative ? -units : units, static_cast<int>(fraction.size())});
}

std::optional<Decimal> percent_of(const Decimal& numerator, const Decimal& denominator, int scale) {
  if (denominator.units == 0) return std::nullopt;
  // (n / 10^ns) / (d / 10^ds) × 100 × 10^scale  =  n × 10^(ds + scale + 2) / (d × 10^ns)
  Wide top = static_cast<Wide>(numerator.units) * power_of_ten(denominator.scale + scale + 2);
  Wide bottom = static_cast<Wide>(denominator.units) * power_of_ten(numerator.scale);
  if (bottom < 0) {
    top = -top;
    bottom = -bottom;
  }
  Wide quotient = top / bottom;
  Wide remainder = top % bottom;
  // Half-up, away from zero, as people round: 88,885 → 88,89.
  if (remainder * 2 >= bottom) ++quotient;
  if (remainder * 2 <= -bottom) --quotient;
  constexpr Wide limit = 999'999'999'999'999;  // keep within max_digits, like every other Decimal
  if (quotient > limit || quotient < -limit) return std::nullopt;
  return Decimal{static_cast<std::int64_t>(quotient), scale};
}

std::optional<Decimal> add(const Decimal& a, const Decimal& b) {
  const int scale = a.scale > b.scale ? a.scale : b.scale;
  const Wide sum = static_cast<Wide>(a.units) * power_of_ten(scale - a.scale) +
                   static_cast<Wide>(b.units) * power_of_ten(scale - b.scale);
  constexpr Wide limit = 999'999'999'999'999;
  if (sum > limit || sum < -limit) return std::nullopt;
  return Decimal{static_cast<std::int64_t>(sum), scale};
}

std::optional<Decimal> subtract(const Decimal& a, const Decimal& b) { return add(a, Decimal{-b.units, b.scale}); }

}  // namespace naskah::plan
