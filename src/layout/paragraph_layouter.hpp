#pragma once
// A paragraph or a list item (internal to layout/): its lines, broken once, placed a page's worth at a time;
// a list item's label beside its first line.

#include <optional>
#include <string>
#include <vector>

#include "naskah/layout/block_layouter.hpp"
#include "placed_lines.hpp"

namespace naskah::layout::detail {

class ParagraphLayouter final : public BlockLayouter {
 public:
  ParagraphLayouter(const compose::Paragraph& paragraph, const FlowContext& context);

  Fragment lay_out(const Region& region, PageContent& page) override;
  [[nodiscard]] double first_height() override;
  [[nodiscard]] double whole_height() override;
  [[nodiscard]] Spacing spacing() const override;
  [[nodiscard]] bool keep_with_next() const override;

 private:
  const compose::Paragraph& paragraph_;
  std::vector<PlacedLine> lines_;
  std::optional<PlacedLine> label_;  ///< drawn beside the first line
  std::size_t next_ = 0;             ///< the first line not placed yet
};

}  // namespace naskah::layout::detail
