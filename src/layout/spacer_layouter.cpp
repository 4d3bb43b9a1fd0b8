#include "spacer_layouter.hpp"

#include <algorithm>

namespace naskah::layout::detail {

Fragment SpacerLayouter::lay_out(const Region& region, PageContent& /*page*/) {
  constexpr double epsilon = 1e-6;
  if (height_ + region.follow.height <= region.room + epsilon) return {height_, true};
  if (!region.page_is_empty) return {0, false};
  return {std::min(height_, region.room), true, height_ >= region.room};
}

}  // namespace naskah::layout::detail
