#pragma once
// Explicit vertical space (internal to layout/): the room a cover's design or a part's layout asks for.

#include "naskah/layout/block_layouter.hpp"

namespace naskah::layout::detail {

/// Space is kept with what follows it — a heading's space moves with the heading — and, unlike a paragraph's space
/// before, kept at the top of a page. Space taller than the room of an empty page fills it.
class SpacerLayouter final : public BlockLayouter {
 public:
  explicit SpacerLayouter(const compose::Spacer& spacer) : height_(spacer.height) {}

  Fragment lay_out(const Region& region, PageContent& page) override;
  [[nodiscard]] double first_height() override { return height_; }
  [[nodiscard]] double whole_height() override { return height_; }
  [[nodiscard]] bool keep_with_next() const override { return true; }

 private:
  double height_;
};

}  // namespace naskah::layout::detail
