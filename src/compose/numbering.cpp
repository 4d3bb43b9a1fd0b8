// List and heading numbers: 1 a A i I, as Indonesian documents number their lists and chapters.

#include <string>

#include "naskah/compose/compose.hpp"
#include "naskah/text/indonesian_format.hpp"

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

}  // namespace

std::string format_number(int number, plan::NumberStyle style) {
  if (number < 1) return std::to_string(number);
  switch (style) {
    case plan::NumberStyle::arabic: return std::to_string(number);
    case plan::NumberStyle::lower_alpha: return letters(number, 'a');
    case plan::NumberStyle::upper_alpha: return letters(number, 'A');
    case plan::NumberStyle::lower_roman: return number > 3999 ? std::to_string(number) : text::roman_numeral(number, false);
    case plan::NumberStyle::upper_roman: return number > 3999 ? std::to_string(number) : text::roman_numeral(number, true);
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
