#include "chart_layouter.hpp"

namespace naskah::layout::detail {

ChartLayouter::ChartLayouter(const compose::Chart& chart, const FlowContext& context)
    : DrawingLayouter(lay_out_chart(chart, context.width, context.pagination.metrics, context.pagination.hyphenator),
                      chart.space_before, context) {}

}  // namespace naskah::layout::detail
