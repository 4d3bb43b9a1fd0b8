#pragma once
/// A colour of text, lines and fills. Below the stages because the document tree names it (a table's border) and
/// the laid-out page carries it (a run's colour) alike: compose and layout both speak of it, neither owns it.

#include <cstdint>

namespace naskah::text {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

}  // namespace naskah::text
