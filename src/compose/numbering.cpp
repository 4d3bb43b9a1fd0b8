// List and heading numbers: 1 a A i I, as Indonesian documents number their lists and chapters.

#include <string>

#include "naskah/compose/compose.hpp"

namespace naskah::compose {
namespace {

/// Bijective base 26: 1 → a, 26 → z, 27 → aa, 28 → ab.
std::string letters(int number, char first) {
  std::string out;
  while (number > 0) {
    --number;
    out.insert(out.begin(), static_cast<char>(first + number % 26));
    number /= 26;
  }
  return out;
}

std::string roman(int number, bool upper) {
  static constexpr struct {
    int value;
    const char* upper;
    const char* lower;
  } table[] = {{1000, "M", "m"}, {900, "CM", "cm"}, {500, "D", "d"}, {400, "CD", "cd"}, {100, "C", "c"},
               {90, "XC", "xc"}, {50, "L", "l"},    {40, "XL", "xl"}, {10, "X", "x"},   {9, "IX", "ix"},
               {5, "V", "v"},    {4, "IV", "iv"},   {1, "I", "i"}};
  std::string out;
  for (const auto& entry : table) {
    while (number >= entry.value) {
      out += upper ? entry.upper : entry.lower;
      number -= entry.value;
    }
  }
  return out;
}

}  // namespace

std::string format_number(int number, plan::NumberStyle style) {
  if (number < 1) return std::to_string(number);
  switch (style) {
    case plan::NumberStyle::arabic: return std::to_string(number);
    case plan::NumberStyle::lower_alpha: return letters(number, 'a');
    case plan::NumberStyle::upper_alpha: return letters(number, 'A');
    case plan::NumberStyle::lower_roman: return number > 3999 ? std::to_string(number) : roman(number, false);
    case plan::NumberStyle::upper_roman: return number > 3999 ? std::to_string(number) : roman(number, true);
  }
  return std::to_string(number);
}

std::string format_label(const std::string& format, int number, plan::NumberStyle style) {
  std::string value = format_number(number, style);
  std::string out;
  for (char c : format) {
    if (c == '#') {
      out += value;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace naskah::compose
