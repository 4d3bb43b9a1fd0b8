#pragma once
/// One protocol for everything that stands in the flow of a page — paragraphs and list items, spacers, page breaks,
/// images, entries of the table of contents, tables, signature blocks, kept-together groups — as typst's flow lays
/// out its children into regions and WeasyPrint's blocks return where to resume (`resume_at`).
///
/// A block is prepared once (its lines broken, its rows measured as they are reached) into a BlockLayouter. The
/// flow (layout/flow, the paginator's loop) then offers it a Region — where on the page it starts, the room left
/// below, whether anything stands above it on the page, the height of a whole page, and what must follow it on the
/// same page — and the block places the fragment that fits there on the page and says how tall it is and whether it
/// is finished. An unfinished block keeps where it stopped (the next line, the next row) and is asked again at the
/// top of the next page, where it goes on. A block that cannot put anything worth having in the room it is offered
/// (a table whose header and first row do not fit, lines that would be a lone orphan, a block kept together that is
/// taller than the room) places nothing and is not finished: it moves to the next page. On an empty page every
/// block places something, overflowing if it must, so that layout always ends.
///
/// The rules that bind blocks to each other are asked of the blocks, never decided by their kind: the height of a
/// block's smallest first fragment (first_height: what a heading kept with it needs below itself), whether it keeps
/// with the next (headings), how many lines of the block before it it takes along to a new page (a signature block
/// is never alone at the top of a page), its space before and after (space before is dropped at the top of a page).

#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

/// What layout needs besides the document: the fonts' metrics, hyphenation, the page labels of the previous pass.
class LayoutProblems;

struct PaginationContext {
  const text::FontMetrics& metrics;
  const text::Hyphenator* hyphenator = nullptr;
  /// Page labels of anchors, from the previous pass (empty on the first): the table of contents prints them.
  const std::map<std::string, std::string>* anchor_labels = nullptr;
  /// Where text that could not be set well is recorded (overfull runs); none when null.
  LayoutProblems* problems = nullptr;
};

/// Where blocks are prepared: the page sequence's text area, and what layout needs.
struct FlowContext {
  const PaginationContext& pagination;
  double width = 0;        ///< of the text area: what paragraphs are broken to, what tables and images align in
  double page_height = 0;  ///< of a whole page's text area
};

/// What must stand on the same page as the end of a block: the start of what comes after it.
struct Follow {
  /// Every line of the block (keep-with-next).
  static constexpr int all_lines = std::numeric_limits<int>::max();
  double height = 0;  ///< what the block's last fragment must leave below itself (spacing included)
  int lines = 0;      ///< how many of its last lines go to the next page with it when that room is not left
};

/// The room offered to a block's next fragment on the current page.
struct Region {
  double left = 0;     ///< the text area's left edge on the page
  double width = 0;    ///< the text area's width
  double top = 0;      ///< where the fragment starts (y grows down); its space before is above this
  double room = 0;     ///< the height left below `top` on this page
  /// Nothing stands above on this page: the block must place something here, overflowing if it must.
  bool page_is_empty = true;
  double full_height = 0;  ///< a whole page's text area: a block taller than this is broken, never kept whole
  Follow follow;           ///< what must follow the block's end on the same page
};

/// What a block placed in its region.
struct Fragment {
  double height = 0;      ///< from the region's top to the fragment's bottom; 0 when it placed nothing
  bool finished = true;   ///< false: it goes on (or, having placed nothing, starts) at the top of the next page
  bool ends_page = false; ///< what follows starts on a new page (a page break)
};

/// Space around a block, as a paragraph style gives it: between two blocks the larger of the first's space after
/// and the second's space before; dropped at the top of a page.
struct Spacing {
  double before = 0;
  double after = 0;
};

/// The page being filled: what a fragment adds to it.
class PageContent {
 public:
  virtual ~PageContent() = default;
  virtual std::vector<Item>& items() = 0;
  /// A destination at `y` on this page — links, the table of contents and the outline lead there.
  virtual void anchor(const std::string& id, double y, const std::optional<OutlineEntry>& outline) = 0;
};

class BlockLayouter {
 public:
  BlockLayouter() = default;
  virtual ~BlockLayouter() = default;
  BlockLayouter(const BlockLayouter&) = delete;
  BlockLayouter& operator=(const BlockLayouter&) = delete;

  /// Places the next fragment in `region` (see the top of this file) and says what it placed.
  virtual Fragment lay_out(const Region& region, PageContent& page) = 0;

  /// The height of the smallest first fragment the block would place at the top of a page: a paragraph's orphans
  /// (all of it when it keeps with the next), a table's header and first row, all of a block kept together.
  [[nodiscard]] virtual double first_height() = 0;
  /// The height of the whole block laid out unbroken: what a kept-together group weighs against the room.
  [[nodiscard]] virtual double whole_height() = 0;

  [[nodiscard]] virtual Spacing spacing() const { return {}; }
  /// Never ends a page: its last fragment stands on the page where the next block's first one does (headings).
  [[nodiscard]] virtual bool keep_with_next() const { return false; }
  /// When it starts a new page, the last this-many lines of the block before it come along (a signature block).
  [[nodiscard]] virtual int keep_with_previous_lines() const { return 0; }
};

using BlockLayouters = std::vector<std::unique_ptr<BlockLayouter>>;

/// Prepares the blocks of a sequence (or a group) for layout, each kind by its own layouter; a table of contents
/// becomes one block per entry. `blocks` and `context` must outlive the layouters.
BlockLayouters prepare_blocks(const std::vector<compose::Block>& blocks, const FlowContext& context);

}  // namespace naskah::layout
