#pragma once
// A signature block (internal to layout/): its columns set row by row on shared baselines, the whole block on one
// page.

#include <string>
#include <vector>

#include "naskah/layout/block_layouter.hpp"
#include "placed_lines.hpp"

namespace naskah::layout::detail {

class SignatureLayouter final : public BlockLayouter {
 public:
  /// Breaks every line of every column at its column's width and sets the rows, once. A name that must stand on
  /// one line and is wider than its column widens the column — a lone one about its centre up to three quarters of
  /// the text width, one of several into what the others leave unused — then steps its type down by half points,
  /// to 8 pt at least.
  SignatureLayouter(const compose::SignatureBlock& block, const FlowContext& context);

  /// All of it where it fits, or nothing (it moves to the next page); on an empty page all of it regardless.
  Fragment lay_out(const Region& region, PageContent& page) override;
  [[nodiscard]] double first_height() override { return height_; }
  [[nodiscard]] double whole_height() override { return height_; }
  [[nodiscard]] Spacing spacing() const override { return {block_.space_before, block_.space_after}; }

 private:
  /// A line of a column, its baseline from the block's top.
  struct SetLine {
    PlacedLine line;
    double baseline = 0;
  };
  /// An image of a column, from the block's top-left.
  struct SetImage {
    double x = 0, y = 0;
    const compose::SignatureImage* image = nullptr;
  };

  const compose::SignatureBlock& block_;
  /// The block's columns as they are set (a column widened, a name's type stepped down, to keep a name on one line).
  std::vector<compose::SignatureColumn> columns_;
  std::vector<SetLine> lines_;
  std::vector<SetImage> images_;
  double height_ = 0;
};

}  // namespace naskah::layout::detail
