#pragma once
// One line of the table of contents (internal to layout/): its text, never split from itself, then dot leaders and
// the page label of its anchor from the previous pass, right-aligned, and a link over the entry.

#include <string>
#include <vector>

#include "naskah/layout/block_layouter.hpp"
#include "placed_lines.hpp"

namespace naskah::layout::detail {

class TocEntryLayouter final : public BlockLayouter {
 public:
  TocEntryLayouter(const compose::TableOfContents& contents, const compose::TocEntry& entry,
                   const FlowContext& context);

  Fragment lay_out(const Region& region, PageContent& page) override;
  [[nodiscard]] double first_height() override;
  [[nodiscard]] double whole_height() override;
  [[nodiscard]] Spacing spacing() const override;

 private:
  /// The number (with its leaders) after the entry's last line, and the link over the entry's part on this page.
  void finish(const Region& region, double top, double bottom, PageContent& page) const;

  const compose::TocEntry& entry_;
  const text::FontMetrics& metrics_;
  compose::ParagraphStyle style_;
  std::string label_;  ///< the page label printed, if any
  std::vector<PlacedLine> lines_;
  std::size_t next_ = 0;
  double last_baseline_ = 0;
  double last_end_ = 0;       ///< where the last line's text ends on the page
};

}  // namespace naskah::layout::detail
