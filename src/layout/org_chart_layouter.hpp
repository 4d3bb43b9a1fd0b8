#pragma once
// An organisation chart (internal to layout/): drawn once by layout/org_chart as a picture of fixed size, placed
// whole where it fits, else at the top of the next page — as an image is.

#include "drawing_layouter.hpp"
#include "naskah/layout/org_chart.hpp"

namespace naskah::layout::detail {

class OrgChartLayouter final : public DrawingLayouter {
 public:
  /// Lays the chart out in the text width; a chart that cannot be made to fit it, or is taller than a page, is
  /// drawn smaller, whole.
  OrgChartLayouter(const compose::OrgChart& chart, const FlowContext& context);
};

}  // namespace naskah::layout::detail
