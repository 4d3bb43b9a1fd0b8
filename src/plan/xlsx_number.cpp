// Numbers are handled as the decimal text the file stores, never as doubles: a digit string and a power of ten are
// exact, and rounding to 15 significant digits is done on the digits, as spreadsheet programs round what they show.

#include "naskah/plan/xlsx_number.hpp"

#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <string>
#include <utility>

#include "naskah/text/indonesian_format.hpp"

namespace naskah::plan {
namespace {

/// The significant digits of a double, as spreadsheet programs count them.
constexpr std::size_t double_digits = 15;

/// A number: digits × 10^exponent, the digits without leading or trailing zeros (none at all for zero).
struct Decimal {
  bool negative = false;
  std::string digits;
  int exponent = 0;
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::optional<Decimal> read_decimal(std::string_view text) {
  Decimal d;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) d.negative = text[i++] == '-';
  std::size_t mantissa_digits = 0;
  for (; i < text.size() && is_digit(text[i]); ++i, ++mantissa_digits) d.digits += text[i];
  if (i < text.size() && text[i] == '.') {
    for (++i; i < text.size() && is_digit(text[i]); ++i, ++mantissa_digits) {
      d.digits += text[i];
      --d.exponent;
    }
  }
  if (mantissa_digits == 0) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
    int power = 0;
    std::size_t power_digits = 0;
    // A double's powers of ten stay within ±330; more digits than that is no number a workbook holds.
    for (; i < text.size() && is_digit(text[i]) && power_digits < 4; ++i, ++power_digits) {
      power = power * 10 + (text[i] - '0');
    }
    if (power_digits == 0 || power > 400) return std::nullopt;
    d.exponent += negative ? -power : power;
  }
  if (i != text.size()) return std::nullopt;

  const std::size_t first = d.digits.find_first_not_of('0');
  d.digits.erase(0, first == std::string::npos ? d.digits.size() : first);
  if (d.digits.size() > double_digits) {
    const bool up = d.digits[double_digits] >= '5';
    d.exponent += static_cast<int>(d.digits.size() - double_digits);
    d.digits.resize(double_digits);
    for (std::size_t k = d.digits.size(); up && k-- > 0;) {
      if (d.digits[k] == '9') {
        d.digits[k] = '0';
        if (k == 0) d.digits.insert(d.digits.begin(), '1');
      } else {
        ++d.digits[k];
        break;
      }
    }
  }
  while (!d.digits.empty() && d.digits.back() == '0') {
    d.digits.pop_back();
    ++d.exponent;
  }
  if (d.digits.empty()) d = Decimal{};
  return d;
}

/// The digits before and after the decimal point: ("28584558694", ""), ("96", "86"), ("0", "05").
std::pair<std::string, std::string> parts(const Decimal& d) {
  if (d.exponent >= 0) {
    return {d.digits.empty() ? "0" : d.digits + std::string(static_cast<std::size_t>(d.exponent), '0'), ""};
  }
  const long point = static_cast<long>(d.digits.size()) + d.exponent;  // digits before the decimal point
  if (point <= 0) return {"0", std::string(static_cast<std::size_t>(-point), '0') + d.digits};
  return {d.digits.substr(0, static_cast<std::size_t>(point)), d.digits.substr(static_cast<std::size_t>(point))};
}

/// "28584558694", "96,86", "0,05", "-3".
std::string written(const Decimal& d) {
  const auto [whole, fraction] = parts(d);
  return (d.negative ? "-" : "") + whole + (fraction.empty() ? "" : "," + fraction);
}

/// The date (and time of day) of a date serial; nothing for a serial that is no day of the calendar (negative, 0,
/// Excel's 29 February 1900, past the year 9999).
std::optional<std::string> date_of(const Decimal& d, DateSystem dates) {
  const auto [whole, fraction] = parts(d);
  if (d.negative || whole.size() > 7) return std::nullopt;
  const long serial = std::stol(whole);
  using namespace std::chrono;
  sys_days day;
  if (dates == DateSystem::from1904) {
    day = sys_days{1904y / January / 1} + days{serial};
  } else if (serial >= 61) {
    day = sys_days{1899y / December / 30} + days{serial};  // after the phantom 29 February 1900 (serial 60)
  } else if (serial >= 1 && serial != 60) {
    day = sys_days{1899y / December / 31} + days{serial};
  } else {
    return std::nullopt;
  }
  const year_month_day date{day};
  if (date.year() > 9999y) return std::nullopt;
  std::string out = text::format_date_long(static_cast<int>(date.year()), static_cast<int>(unsigned{date.month()}),
                                           static_cast<int>(unsigned{date.day()}));
  // The time of day to the minute, which is all a planner's date holds.
  const long minutes = fraction.empty() ? 0 : std::lround(std::stod("0." + fraction) * 24 * 60);
  if (minutes > 0 && minutes < 24 * 60) out += fmt::format(" {:02}.{:02}", minutes / 60, minutes % 60);
  return out;
}

}  // namespace

std::optional<std::string> number_cell_text(std::string_view stored, NumberShown shown, DateSystem dates) {
  std::optional<Decimal> value = read_decimal(stored);
  if (!value) return std::nullopt;
  switch (shown) {
    case NumberShown::number: break;
    case NumberShown::percent:
      if (!value->digits.empty()) value->exponent += 2;
      return written(*value) + "%";
    case NumberShown::date:
      if (std::optional<std::string> date = date_of(*value, dates)) return date;
      break;
  }
  return written(*value);
}

}  // namespace naskah::plan
