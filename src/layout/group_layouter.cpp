#include "group_layouter.hpp"

namespace naskah::layout::detail {

namespace {
constexpr double epsilon = 1e-6;
}

GroupLayouter::GroupLayouter(const compose::Group& group, const FlowContext& context)
    : group_(group), page_height_(context.page_height), flow_(prepare_blocks(group.blocks, context)) {}

bool GroupLayouter::whole_on_a_page() { return group_.keep_together && whole_height() <= page_height_ + epsilon; }

Fragment GroupLayouter::lay_out(const Region& region, PageContent& page) {
  Region offered = region;
  if (!started_ && whole_on_a_page()) {
    if (!region.page_is_empty && whole_height() + region.follow.height > region.room + epsilon) {
      return {0, false};  // whole on the next page
    }
    // Whole here: what follows is either left room, or (on an empty page) cannot be, and must not break the group.
    offered.follow = {};
  }
  Fragment fragment = flow_.lay_out(offered, page);
  if (fragment.height > 0) started_ = true;
  return fragment;
}

double GroupLayouter::first_height() { return whole_on_a_page() ? whole_height() : flow_.first_height(); }

double GroupLayouter::whole_height() {
  if (!whole_) whole_ = flow_.whole_height();
  return *whole_;
}

}  // namespace naskah::layout::detail
