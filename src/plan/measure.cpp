#include "naskah/plan/measure.hpp"
#include "naskah/text/translate.hpp"

#include <cctype>

namespace naskah::plan {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::string_view trim(std::string_view text) {
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

}  // namespace

Parsed<Measure> parse_measure(std::string_view raw) {
  std::string_view text = trim(raw);
  if (text.empty()) return Parsed<Measure>::fail(text::tr("the value is empty"));
  Measure measure;
  measure.text = std::string(text);
  bool numeric = is_digit(text.front()) || (text.size() > 1 && text.front() == '-' && is_digit(text[1]));
  if (!numeric) return Parsed<Measure>::ok(std::move(measure));

  // The number runs over digits, dots and commas; what follows is the unit.
  std::size_t end = text.front() == '-' ? 1 : 0;
  while (end < text.size() && (is_digit(text[end]) || text[end] == '.' || text[end] == ',')) ++end;
  Parsed<Decimal> number = parse_indonesian_decimal(text.substr(0, end));
  if (!number) return Parsed<Measure>::fail(number.error);
  measure.number = *number.value;
  measure.unit = std::string(trim(text.substr(end)));
  return Parsed<Measure>::ok(std::move(measure));
}

bool same_unit(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  }
  return true;
}

}  // namespace naskah::plan
