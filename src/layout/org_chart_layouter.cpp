#include "org_chart_layouter.hpp"

namespace naskah::layout::detail {

OrgChartLayouter::OrgChartLayouter(const compose::OrgChart& chart, const FlowContext& context)
    : drawing_(org_chart_on_page(chart, context.width, context.page_height, context.pagination.metrics,
                                 context.pagination.hyphenator)),
      space_before_(chart.space_before) {
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
