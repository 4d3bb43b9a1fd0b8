#pragma once
// An organisation chart (internal to layout/): drawn once by layout/org_chart as a picture of fixed size, placed
// whole where it fits, else at the top of the next page — as an image is.

#include <vector>

#include "naskah/layout/block_layouter.hpp"
#include "naskah/layout/org_chart.hpp"

namespace naskah::layout::detail {

class OrgChartLayouter final : public BlockLayouter {
 public:
  /// Lays the chart out in the text width; a chart that cannot be made to fit it, or is taller than a page, is
  /// drawn smaller, whole.
  OrgChartLayouter(const compose::OrgChart& chart, const FlowContext& context);

  Fragment lay_out(const Region& region, PageContent& page) override;
  [[nodiscard]] double first_height() override { return drawing_.height; }
  [[nodiscard]] double whole_height() override { return drawing_.height; }
  [[nodiscard]] Spacing spacing() const override { return {space_before_, 0}; }

 private:
  OrgChartDrawing drawing_;
  double x_ = 0;  ///< from the text area's left edge: centred
  double space_before_ = 0;
};

}  // namespace naskah::layout::detail
