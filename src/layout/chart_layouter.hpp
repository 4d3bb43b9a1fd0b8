#pragma once
// A chart of the plan's data (internal to layout/): drawn once by layout/chart in the text width, placed whole where
// it fits, else at the top of the next page — as an image is, kept with its caption.

#include "drawing_layouter.hpp"
#include "naskah/layout/chart.hpp"

namespace naskah::layout::detail {

class ChartLayouter final : public DrawingLayouter {
 public:
  ChartLayouter(const compose::Chart& chart, const FlowContext& context);
};

}  // namespace naskah::layout::detail
