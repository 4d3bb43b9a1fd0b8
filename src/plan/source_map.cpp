#include "naskah/plan/source_map.hpp"

#include <algorithm>

namespace naskah::plan {

SourceMap::SourceMap(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

Pos SourceMap::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line_index = static_cast<std::size_t>(after - line_starts_.begin()) - 1;
  std::size_t column = 1;
  for (std::size_t i = line_starts_[line_index]; i < offset; ++i) {
    // Count the lead byte of each character, not its continuation bytes (10xxxxxx).
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return Pos{static_cast<std::uint32_t>(line_index + 1), static_cast<std::uint32_t>(column)};
}

}  // namespace naskah::plan
