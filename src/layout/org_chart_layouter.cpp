#include "org_chart_layouter.hpp"

namespace naskah::layout::detail {

OrgChartLayouter::OrgChartLayouter(const compose::OrgChart& chart, const FlowContext& context)
    : DrawingLayouter(lay_out_org_chart(chart, context.width, context.pagination.metrics, context.pagination.hyphenator),
                      chart.space_before, context) {}

}  // namespace naskah::layout::detail
