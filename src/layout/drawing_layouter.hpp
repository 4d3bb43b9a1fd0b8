#pragma once
// A drawing made by layout from data (internal to layout/): placed whole where it fits, else at the top of the next
// page — as an image is. The organisation chart and the charts of the plan's figures are such drawings.

#include "naskah/layout/block_layouter.hpp"
#include "naskah/layout/drawing.hpp"

namespace naskah::layout::detail {

class DrawingLayouter : public BlockLayouter {
 public:
  /// A drawing wider than the text or taller than a page is made smaller, whole; it is centred in the text width.
  DrawingLayouter(Drawing drawing, double space_before, const FlowContext& context);

  Fragment lay_out(const Region& region, PageContent& page) override;
  [[nodiscard]] double first_height() override { return drawing_.height; }
  [[nodiscard]] double whole_height() override { return drawing_.height; }
  [[nodiscard]] Spacing spacing() const override { return {space_before_, 0}; }

 private:
  Drawing drawing_;
  double x_ = 0;  ///< from the text area's left edge
  double space_before_ = 0;
};

}  // namespace naskah::layout::detail
