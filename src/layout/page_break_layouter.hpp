#pragma once
// A forced page break (internal to layout/): what follows starts on a new page, unless the page is still empty.

#include "naskah/layout/block_layouter.hpp"

namespace naskah::layout::detail {

class PageBreakLayouter final : public BlockLayouter {
 public:
  Fragment lay_out(const Region& region, PageContent& /*page*/) override {
    return {0, true, !region.page_is_empty};
  }
  [[nodiscard]] double first_height() override { return 0; }
  [[nodiscard]] double whole_height() override { return 0; }
};

}  // namespace naskah::layout::detail
