#pragma once
// Blocks one after the other in the regions they are given (internal to layout/): the flow of a page sequence,
// which the paginator offers page after page, and the flow inside a group.
//
// The flow asks each block for its next fragment in the room left below the last one, with the larger of the two
// spaces between them (none at the top of a page, nor before the first block: that space is the flow's own, given
// by the flow around it). A block that is not finished ends the region: the flow says so, and resumes that block
// at the top of the next region. What must follow a block on its page is worked out from the blocks themselves:
// a block that keeps with the next must leave room below its end for the next block's smallest first fragment (and
// that of the block after, while they keep with the next too); a block that keeps lines of the one before it takes
// those lines along when it does not fit below them. The last block keeps what the flow around keeps.

#include "naskah/layout/block_layouter.hpp"

namespace naskah::layout::detail {

class Flow final : public BlockLayouter {
 public:
  explicit Flow(BlockLayouters blocks) : blocks_(std::move(blocks)) {}

  Fragment lay_out(const Region& region, PageContent& page) override;
  /// The first block's smallest first fragment, with what it keeps with.
  [[nodiscard]] double first_height() override;
  [[nodiscard]] double whole_height() override;
  /// The first block's space before and the last one's space after.
  [[nodiscard]] Spacing spacing() const override;
  [[nodiscard]] bool keep_with_next() const override;

 private:
  [[nodiscard]] double gap(std::size_t before, std::size_t after) const;
  /// Block i's smallest first fragment, and what it keeps with, from the space after it on.
  double chain_height(std::size_t i);
  Follow follow_of(std::size_t i, const Region& region);

  BlockLayouters blocks_;
  std::size_t next_ = 0;        ///< the block being laid out
  bool next_placed_ = false;    ///< it has placed a fragment already
  bool placed_ = false;         ///< the flow has placed something: the spaces between blocks are its own now
};

}  // namespace naskah::layout::detail
