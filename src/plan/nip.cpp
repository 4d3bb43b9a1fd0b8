#include "naskah/plan/nip.hpp"
#include "naskah/text/translate.hpp"

#include <fmt/format.h>

namespace naskah::plan {

int Nip::field(std::size_t from, std::size_t count) const {
  int value = 0;
  for (std::size_t i = from; i < from + count && i < digits.size(); ++i) value = value * 10 + (digits[i] - '0');
  return value;
}

std::string Nip::grouped() const {
  if (digits.size() != 18) return digits;
  return fmt::format("{} {} {} {}", digits.substr(0, 8), digits.substr(8, 6), digits.substr(14, 1), digits.substr(15));
}

Parsed<Nip> parse_nip(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == ' ') {
      // A space may only stand where the official grouping puts one.
      std::size_t at = digits.size();
      if (at != 8 && at != 14 && at != 15) return Parsed<Nip>::fail(text::tr("spaces may only separate the groups 8, 6, 1 and 3 digits long"));
    } else {
      return Parsed<Nip>::fail(text::tr("a NIP holds only digits"));
    }
  }
  if (digits.size() != 18) return Parsed<Nip>::fail(text::tr("a NIP has 18 digits, this one {}", digits.size()));
  return Parsed<Nip>::ok(Nip{digits});
}

}  // namespace naskah::plan
