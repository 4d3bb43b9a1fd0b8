#pragma once
/// Byte offsets → line:column. pugixml reports byte offsets; users and editors want lines and columns in
/// characters. The table of line starts is built once per file, each look-up is a binary search.

#include <cstddef>
#include <string_view>
#include <vector>

#include "naskah/plan/model.hpp"

namespace naskah::plan {

class SourceMap {
 public:
  /// The text must outlive the map.
  explicit SourceMap(std::string_view text);

  /// Line and column (1-based; the column counts UTF-8 code points) of the byte at offset. An offset past the
  /// end gives the position just after the last character.
  [[nodiscard]] Pos position(std::size_t offset) const;

 private:
  /// Code points before offset (counted from a checkpoint, so that a column on a megabyte-long line is cheap).
  [[nodiscard]] std::size_t code_points_before(std::size_t offset) const;

  static constexpr std::size_t checkpoint_interval = 1024;
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
  std::vector<std::size_t> checkpoints_;  ///< code points in text_[0, k × checkpoint_interval)
};

}  // namespace naskah::plan
