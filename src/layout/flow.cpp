#include "flow.hpp"

#include <algorithm>

namespace naskah::layout::detail {

Fragment Flow::lay_out(const Region& region, PageContent& page) {
  const double bottom = region.top + region.room;
  double y = region.top;
  double pending = 0;  // the space after the last block placed on this page
  while (next_ < blocks_.size()) {
    BlockLayouter& block = *blocks_[next_];
    const bool empty = region.page_is_empty && y <= region.top;
    const double space = empty || !placed_ ? 0 : std::max(pending, block.spacing().before);
    Region offered = region;
    offered.top = y + space;
    offered.room = bottom - offered.top;
    offered.page_is_empty = empty;
    offered.follow = follow_of(next_, region);
    const Fragment fragment = block.lay_out(offered, page);
    if (fragment.height > 0) {
      y = offered.top + fragment.height;
      pending = 0;
      next_placed_ = placed_ = true;
    }
    if (!fragment.finished) return {y - region.top, false};
    if (next_placed_) pending = std::max(pending, block.spacing().after);
    ++next_;
    next_placed_ = false;
    if (fragment.ends_page) return {y - region.top, false};
  }
  return {y - region.top, true};
}

double Flow::gap(std::size_t before, std::size_t after) const {
  return std::max(blocks_[before]->spacing().after, blocks_[after]->spacing().before);
}

double Flow::chain_height(std::size_t i) {
  double height = blocks_[i]->first_height();
  if (blocks_[i]->keep_with_next() && i + 1 < blocks_.size()) height += gap(i, i + 1) + chain_height(i + 1);
  return height;
}

Follow Flow::follow_of(std::size_t i, const Region& region) {
  if (i + 1 >= blocks_.size()) return region.follow;
  Follow follow;
  const int taken = blocks_[i + 1]->keep_with_previous_lines();
  const bool keeps = blocks_[i]->keep_with_next();
  if (keeps || taken > 0) {
    follow.height = gap(i, i + 1) + chain_height(i + 1);
    follow.lines = keeps ? Follow::all_lines : taken;
  }
  return follow;
}

double Flow::first_height() { return blocks_.empty() ? 0 : chain_height(0); }

double Flow::whole_height() {
  // As lay_out stacks the blocks on a page without end.
  double height = 0;
  double pending = 0;
  for (std::size_t i = 0; i < blocks_.size(); ++i) {
    const double block = blocks_[i]->whole_height();
    if (block <= 0) continue;
    if (height > 0) height += std::max(pending, blocks_[i]->spacing().before);
    height += block;
    pending = blocks_[i]->spacing().after;
  }
  return height;
}

Spacing Flow::spacing() const {
  if (blocks_.empty()) return {};
  return {blocks_.front()->spacing().before, blocks_.back()->spacing().after};
}

bool Flow::keep_with_next() const { return !blocks_.empty() && blocks_.back()->keep_with_next(); }

}  // namespace naskah::layout::detail
