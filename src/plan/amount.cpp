#include "naskah/plan/amount.hpp"
#include "naskah/text/translate.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>
#include <string>

namespace naskah::plan {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string describe_bad_character(char c) {
  switch (c) {
    case ',': return text::tr("use dots between thousands (28.584.558.694), not commas");
    case '-': return text::tr("an amount cannot be negative");
    case '+': return text::tr("write the amount without a sign");
    case ' ': return text::tr("write the amount without spaces");
    case 'e':
    case 'E': return text::tr("write the amount in full digits, without an exponent");
    case 'R': return text::tr("write the amount without \"Rp\"");
    default: break;
  }
  if (std::isprint(static_cast<unsigned char>(c))) return text::tr("unexpected character '{}'", c);
  return text::tr("unexpected character");
}

}  // namespace

Parsed<Rupiah> parse_rupiah(std::string_view text) {
  if (text.empty()) return Parsed<Rupiah>::fail(text::tr("the amount is empty"));
  // "40.206.350,00", "425750000,125" (a number with a fraction, as a workbook's cell holds it): a well-formed amount
  // with decimals — say so, rather than complain about commas. Three digits after a comma that follows at most three
  // ("1,250") are thousands written the English way, which the comma's own message is for.
  if (std::size_t comma = text.rfind(','); comma != std::string_view::npos && comma + 1 < text.size()) {
    std::string_view fraction = text.substr(comma + 1);
    const bool decimals = std::all_of(fraction.begin(), fraction.end(), is_digit) &&
                          (fraction.size() != 3 || comma > 3);
    if (decimals && parse_rupiah(text.substr(0, comma))) {
      return Parsed<Rupiah>::fail(text::tr("whole Rupiah have no decimals; write {}", text.substr(0, comma)));
    }
  }
  for (char c : text) {
    if (!is_digit(c) && c != '.') return Parsed<Rupiah>::fail(describe_bad_character(c));
  }
  bool grouped = text.find('.') != std::string_view::npos;
  std::string digits;
  if (grouped) {
    // Groups: the first 1–3 digits, every further one exactly 3.
    std::size_t start = 0;
    bool first = true;
    while (true) {
      std::size_t dot = text.find('.', start);
      std::string_view group = text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
      bool good = first ? (!group.empty() && group.size() <= 3) : group.size() == 3;
      if (!good) {
        return Parsed<Rupiah>::fail(
            text::tr("dots must separate groups of three digits (28.584.558.694); whole Rupiah have no decimals"));
      }
      digits.append(group);
      first = false;
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
  } else {
    digits.assign(text);
  }
  std::size_t significant = digits.find_first_not_of('0');
  std::size_t length = significant == std::string::npos ? 0 : digits.size() - significant;
  if (length > static_cast<std::size_t>(max_amount_digits)) {
    return Parsed<Rupiah>::fail(text::tr("more than 15 digits; the largest amount is 999.999.999.999.999"));
  }
  std::int64_t value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return Parsed<Rupiah>::ok(Rupiah{value});
}

Parsed<Rupiah> parse_rupiah_cell(std::string_view text) {
  std::string amount;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = text.substr(i);
    if (rest.starts_with("\xC2\xA0")) {  // U+00A0 NO-BREAK SPACE
      amount += '.';
      i += 1;
    } else if (rest.starts_with("\xE2\x80\xAF")) {  // U+202F NARROW NO-BREAK SPACE
      amount += '.';
      i += 2;
    } else {
      amount += text[i];
    }
  }
  if (amount.size() > 3 && amount.ends_with(",00")) amount.resize(amount.size() - 3);
  return parse_rupiah(amount);
}

std::optional<Rupiah> checked_add(Rupiah a, Rupiah b) {
  std::int64_t sum = 0;
  if (__builtin_add_overflow(a.value, b.value, &sum)) return std::nullopt;
  return Rupiah{sum};
}

std::optional<Rupiah> checked_subtract(Rupiah a, Rupiah b) {
  std::int64_t difference = 0;
  if (__builtin_sub_overflow(a.value, b.value, &difference)) return std::nullopt;
  return Rupiah{difference};
}

}  // namespace naskah::plan
