#pragma once
// An image (internal to layout/): placed whole where it fits, else at the top of the next page.

#include "naskah/layout/block_layouter.hpp"

namespace naskah::layout::detail {

class ImageLayouter final : public BlockLayouter {
 public:
  ImageLayouter(const compose::ImageBlock& image, const FlowContext& context);

  Fragment lay_out(const Region& region, PageContent& page) override;
  [[nodiscard]] double first_height() override { return image_.height; }
  [[nodiscard]] double whole_height() override { return image_.height; }
  [[nodiscard]] Spacing spacing() const override { return {image_.space_before, 0}; }

 private:
  const compose::ImageBlock& image_;
  double x_ = 0;  ///< from the text area's left edge, aligned in the text width less the image's indent
};

}  // namespace naskah::layout::detail
