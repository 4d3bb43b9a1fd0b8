#include "naskah/plan/source_map.hpp"

#include <unicode/utf8.h>

#include <algorithm>

namespace naskah::plan {

namespace {

bool is_lead_byte(char c) { return !U8_IS_TRAIL(c); }

}  // namespace

SourceMap::SourceMap(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  std::size_t code_points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (i % checkpoint_interval == 0) checkpoints_.push_back(code_points);
    if (text[i] == '\n') line_starts_.push_back(i + 1);
    if (is_lead_byte(text[i])) ++code_points;
  }
  checkpoints_.push_back(code_points);
}

std::size_t SourceMap::code_points_before(std::size_t offset) const {
  std::size_t checkpoint = offset / checkpoint_interval;
  std::size_t count = checkpoints_[std::min(checkpoint, checkpoints_.size() - 1)];
  for (std::size_t i = checkpoint * checkpoint_interval; i < offset; ++i) {
    if (is_lead_byte(text_[i])) ++count;
  }
  return count;
}

Pos SourceMap::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line_index = static_cast<std::size_t>(after - line_starts_.begin()) - 1;
  const std::size_t line_start = line_starts_[line_index];
  std::size_t column = 1;
  if (offset - line_start < checkpoint_interval) {
    // A line of ordinary length: counting from its start beats two walks from the nearest checkpoints.
    for (std::size_t i = line_start; i < offset; ++i) {
      if (is_lead_byte(text_[i])) ++column;
    }
  } else {
    // A very long line (a plan written on one line): the checkpoints keep each position's cost bounded.
    column += code_points_before(offset) - code_points_before(line_start);
  }
  return Pos{static_cast<std::uint32_t>(line_index + 1), static_cast<std::uint32_t>(column)};
}

}  // namespace naskah::plan
