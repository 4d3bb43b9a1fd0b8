#include "naskah/plan/whole_number.hpp"

#include <algorithm>

#include "naskah/text/translate.hpp"

namespace naskah::plan {

Parsed<int> parse_whole_number(std::string_view text, int minimum, int maximum) {
  // At most 9 digits, so that the value fits an int before it is compared with the range.
  bool digits = !text.empty() && text.size() <= 9 &&
                std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  int number = 0;
  for (char c : digits ? text : std::string_view()) number = number * 10 + (c - '0');
  if (!digits || number < minimum || number > maximum) {
    return Parsed<int>::fail(text::tr("expected a whole number from {} to {}", minimum, maximum));
  }
  return Parsed<int>::ok(number);
}

}  // namespace naskah::plan
