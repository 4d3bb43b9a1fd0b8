#pragma once
// Blocks kept together (internal to layout/): a group is laid out whole where it fits, moved whole to the next page
// where it does not, and broken like the blocks it holds only when it is taller than a whole page.

#include "flow.hpp"
#include "naskah/layout/block_layouter.hpp"

namespace naskah::layout::detail {

class GroupLayouter final : public BlockLayouter {
 public:
  GroupLayouter(const compose::Group& group, const FlowContext& context);

  Fragment lay_out(const Region& region, PageContent& page) override;
  /// All of it, when it is kept together and fits a page; else its first block's smallest first fragment.
  [[nodiscard]] double first_height() override;
  [[nodiscard]] double whole_height() override;
  [[nodiscard]] Spacing spacing() const override { return flow_.spacing(); }
  [[nodiscard]] bool keep_with_next() const override { return flow_.keep_with_next(); }
  [[nodiscard]] int keep_with_previous_lines() const override { return group_.keep_with_previous_lines; }

 private:
  /// Whether it goes on a page whole: kept together, and no taller than a page.
  [[nodiscard]] bool whole_on_a_page();

  const compose::Group& group_;
  double page_height_;
  Flow flow_;
  std::optional<double> whole_;
  bool started_ = false;  ///< it has placed something
};

}  // namespace naskah::layout::detail
