#include "image_layouter.hpp"

namespace naskah::layout::detail {

ImageLayouter::ImageLayouter(const compose::ImageBlock& image, const FlowContext& context) : image_(image) {
  const double room = context.width - image.left_indent;
  x_ = image.left_indent + (image.align == compose::Align::center  ? (room - image.width) / 2
                            : image.align == compose::Align::right ? room - image.width
                                                                   : 0);
}

Fragment ImageLayouter::lay_out(const Region& region, PageContent& page) {
  if (!region.page_is_empty && image_.height > region.room) return {0, false};
  page.items().emplace_back(Image{region.left + x_, region.top, image_.width, image_.height, image_.path, image_.file});
  return {image_.height, true};
}

}  // namespace naskah::layout::detail
