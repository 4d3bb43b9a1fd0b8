#include "drawing_layouter.hpp"

#include <algorithm>

namespace naskah::layout::detail {

DrawingLayouter::DrawingLayouter(Drawing drawing, double space_before, const FlowContext& context)
    : drawing_(std::move(drawing)), space_before_(space_before) {
  const double factor = std::min({1.0, context.width / std::max(drawing_.width, 1.0),
                                  context.page_height / std::max(drawing_.height, 1.0)});
  if (factor < 1) scale_drawing(drawing_, factor);
  x_ = (context.width - drawing_.width) / 2;
}

Fragment DrawingLayouter::lay_out(const Region& region, PageContent& page) {
  if (!region.page_is_empty && drawing_.height > region.room) return {0, false};
  std::vector<Item> items = drawing_.items;
  move_items(items, region.left + x_, region.top);
  for (Item& item : items) page.items().push_back(std::move(item));
  return {drawing_.height, true};
}

}  // namespace naskah::layout::detail
