#include "org_chart_layouter.hpp"

#include <algorithm>

namespace naskah::layout::detail {

OrgChartLayouter::OrgChartLayouter(const compose::OrgChart& chart, const FlowContext& context)
    : drawing_(lay_out_org_chart(chart, context.width, context.pagination.metrics, context.pagination.hyphenator)),
      space_before_(chart.space_before) {
  const double factor = std::min({1.0, context.width / std::max(drawing_.width, 1.0),
                                  context.page_height / std::max(drawing_.height, 1.0)});
  if (factor < 1) scale_drawing(drawing_, factor);
  x_ = (context.width - drawing_.width) / 2;
}

Fragment OrgChartLayouter::lay_out(const Region& region, PageContent& page) {
  if (!region.page_is_empty && drawing_.height > region.room) return {0, false};
  std::vector<Item> items = drawing_.items;
  move_items(items, region.left + x_, region.top);
  for (Item& item : items) page.items().push_back(std::move(item));
  return {drawing_.height, true};
}

}  // namespace naskah::layout::detail
