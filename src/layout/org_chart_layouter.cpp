#include "org_chart_layouter.hpp"

namespace naskah::layout::detail {

OrgChartLayouter::OrgChartLayouter(const compose::OrgChart& chart, const FlowContext& context)
    : DrawingLayouter(org_chart_on_page(chart, context.width, context.page_height, context.pagination.metrics,
                                        context.pagination.hyphenator),
                      chart.space_before, context) {}

}  // namespace naskah::layout::detail
