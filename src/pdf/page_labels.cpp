#include "page_labels.hpp"

#include <array>
#include <cctype>
#include <optional>
#include <string_view>

namespace naskah::pdf {

namespace {

struct ParsedLabel {
  LabelStyle style = LabelStyle::none;
  int number = 0;
  std::string prefix;
};

std::string to_roman(int number, bool upper) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> kNumerals = {{
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"},
  }};
  std::string out;
  for (const auto& [value, numeral] : kNumerals) {
    while (number >= value) {
      out += numeral;
      number -= value;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

/// The value of a canonical roman numeral in one case (round trip through to_roman), up to 3999.
std::optional<int> parse_roman(std::string_view text, bool upper) {
  if (text.empty() || text.size() > 15) return std::nullopt;
  int value = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    if (upper != (std::isupper(static_cast<unsigned char>(text[i])) != 0)) return std::nullopt;
    int digit = 0;
    switch (c) {
      case 'i': digit = 1; break;
      case 'v': digit = 5; break;
      case 'x': digit = 10; break;
      case 'l': digit = 50; break;
      case 'c': digit = 100; break;
      case 'd': digit = 500; break;
      case 'm': digit = 1000; break;
      default: return std::nullopt;
    }
    value += digit;
  }
  // A sum of digits is an upper bound; find the number whose numeral this is.
  for (int n = 1; n <= std::min(value, 3999); ++n) {
    if (to_roman(n, upper) == text) return n;
  }
  return std::nullopt;
}

ParsedLabel parse_label(const std::string& label) {
  if (auto n = parse_roman(label, false)) return {LabelStyle::lower_roman, *n, ""};
  if (auto n = parse_roman(label, true)) return {LabelStyle::upper_roman, *n, ""};
  std::size_t digits_start = label.size();
  while (digits_start > 0 && std::isdigit(static_cast<unsigned char>(label[digits_start - 1])) != 0) --digits_start;
  const std::size_t digit_count = label.size() - digits_start;
  // Leading zeros ("01") cannot be reproduced by a decimal range; nine digits keep the number in an int.
  if (digit_count > 0 && digit_count <= 9 && (label[digits_start] != '0' || digit_count == 1)) {
    const int number = std::stoi(label.substr(digits_start));
    if (number >= 1) return {LabelStyle::decimal, number, label.substr(0, digits_start)};
  }
  return {LabelStyle::none, 0, label};
}

}  // namespace

std::vector<LabelRange> label_ranges(const std::vector<std::string>& labels) {
  std::vector<LabelRange> ranges;
  std::optional<ParsedLabel> previous;
  for (std::size_t page = 0; page < labels.size(); ++page) {
    ParsedLabel parsed = parse_label(labels[page]);
    const bool continues = previous && previous->style == parsed.style && previous->prefix == parsed.prefix &&
                           (parsed.style == LabelStyle::none || parsed.number == previous->number + 1);
    if (!continues) ranges.push_back({page, parsed.style, parsed.style == LabelStyle::none ? 1 : parsed.number,
                                      parsed.prefix});
    previous = std::move(parsed);
  }
  return ranges;
}

}  // namespace naskah::pdf
