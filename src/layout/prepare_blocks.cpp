// Each kind of block to its layouter (block_layouter.hpp): the one place that knows the kinds.

#include <type_traits>

#include "chart_layouter.hpp"
#include "group_layouter.hpp"
#include "image_layouter.hpp"
#include "naskah/layout/block_layouter.hpp"
#include "org_chart_layouter.hpp"
#include "page_break_layouter.hpp"
#include "paragraph_layouter.hpp"
#include "signature_layouter.hpp"
#include "spacer_layouter.hpp"
#include "table_block_layouter.hpp"
#include "toc_entry_layouter.hpp"

namespace naskah::layout {

BlockLayouters prepare_blocks(const std::vector<compose::Block>& blocks, const FlowContext& context) {
  using namespace detail;
  BlockLayouters out;
  out.reserve(blocks.size());
  for (const compose::Block& block : blocks) {
    std::visit(
        [&](const auto& b) {
          using Kind = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<Kind, compose::Paragraph>) {
            out.push_back(std::make_unique<ParagraphLayouter>(b, context));
          } else if constexpr (std::is_same_v<Kind, compose::Spacer>) {
            out.push_back(std::make_unique<SpacerLayouter>(b));
          } else if constexpr (std::is_same_v<Kind, compose::PageBreak>) {
            out.push_back(std::make_unique<PageBreakLayouter>());
          } else if constexpr (std::is_same_v<Kind, compose::ImageBlock>) {
            out.push_back(std::make_unique<ImageLayouter>(b, context));
          } else if constexpr (std::is_same_v<Kind, compose::TableOfContents>) {
            for (const compose::TocEntry& entry : b.entries) {
              out.push_back(std::make_unique<TocEntryLayouter>(b, entry, context));
            }
          } else if constexpr (std::is_same_v<Kind, compose::Table>) {
            out.push_back(std::make_unique<TableBlockLayouter>(b, context));
          } else if constexpr (std::is_same_v<Kind, compose::SignatureBlock>) {
            out.push_back(std::make_unique<SignatureLayouter>(b, context));
          } else if constexpr (std::is_same_v<Kind, compose::OrgChart>) {
            out.push_back(std::make_unique<OrgChartLayouter>(b, context));
          } else if constexpr (std::is_same_v<Kind, compose::Chart>) {
            out.push_back(std::make_unique<ChartLayouter>(b, context));
          } else {
            static_assert(std::is_same_v<Kind, compose::Group>);
            out.push_back(std::make_unique<GroupLayouter>(b, context));
          }
        },
        block);
  }
  return out;
}

}  // namespace naskah::layout
