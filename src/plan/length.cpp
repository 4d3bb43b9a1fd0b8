#include "naskah/plan/length.hpp"

#include <charconv>
#include <cmath>

#include "naskah/text/translate.hpp"

namespace naskah::plan {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// The longest length accepted: a metre, longer than any paper.
constexpr double max_length = 1000 * points_per_mm;

}  // namespace

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::optional<double> read_plain_number(std::string_view& s) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  std::size_t digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return std::nullopt;
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + i, value);
  if (ec != std::errc() || end != s.data() + i) return std::nullopt;
  s.remove_prefix(i);
  return value;
}

Parsed<double> parse_length(std::string_view text, bool allow_negative) {
  std::string_view s = trim_spaces(text);
  if (s.empty()) return Parsed<double>::fail(text::tr("a length is a number and a unit, e.g. 12pt or 2.5cm"));
  std::optional<double> number = read_plain_number(s);
  if (!number) return Parsed<double>::fail(text::tr("a length starts with a number, e.g. 12pt or 2.5cm"));
  if (!s.empty() && s.front() == ',') {
    return Parsed<double>::fail(text::tr("write the decimal point as '.', e.g. 1.25cm"));
  }
  std::string_view unit = trim_spaces(s);
  double factor = 0;
  if (unit == "pt") {
    factor = 1;
  } else if (unit == "mm") {
    factor = points_per_mm;
  } else if (unit == "cm") {
    factor = 10 * points_per_mm;
  } else if (unit == "in") {
    factor = 72;
  } else if (unit.empty()) {
    if (*number != 0) return Parsed<double>::fail(text::tr("a length needs a unit: mm, cm, pt or in (e.g. 12pt)"));
    factor = 1;
  } else {
    return Parsed<double>::fail(text::tr("\"{}\" is not a unit of length; use mm, cm, pt or in", unit));
  }
  double points = *number * factor;
  if (points < 0 && !allow_negative) return Parsed<double>::fail(text::tr("a length here cannot be negative"));
  if (std::fabs(points) > max_length) return Parsed<double>::fail(text::tr("longer than any paper"));
  return Parsed<double>::ok(points + 0.0);  // + 0.0: no negative zero
}

Parsed<Extent> parse_extent(std::string_view text) {
  std::string_view s = trim_spaces(text);
  if (!s.empty() && s.back() == '%') {
    std::string_view rest = trim_spaces(s.substr(0, s.size() - 1));
    std::optional<double> number = read_plain_number(rest);
    if (!number || !rest.empty() || *number < 0 || *number > 100) {
      return Parsed<Extent>::fail(text::tr("a percentage of the text width is from 0% to 100%"));
    }
    return Parsed<Extent>::ok(Extent{*number / 100, true});
  }
  Parsed<double> length = parse_length(s);
  if (!length) return Parsed<Extent>::fail(length.error + text::tr("; or a percentage of the text width, e.g. 50%"));
  return Parsed<Extent>::ok(Extent{*length.value, false});
}

}  // namespace naskah::plan
