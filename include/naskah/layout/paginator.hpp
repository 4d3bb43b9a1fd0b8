#pragma once
/// Pagination of one page sequence: its blocks, each prepared once by its own layouter (block_layouter.hpp), flow
/// onto pages of the sequence's page style, each page offered whole to what is left of the flow — forced page
/// breaks, keep-with-next (a heading never ends a page), orphans and widows (a paragraph leaves at least `orphans`
/// lines at a page's foot and carries at least `widows` to the next), groups kept together, space dropped at the
/// top of a page. Page numbers and footers are the caller's (layout.hpp).

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/block_layouter.hpp"
#include "naskah/layout/page.hpp"

namespace naskah::layout {

struct PaginatedSequence {
  std::vector<Page> pages;  ///< sized, without labels or footers; empty when they were handed on as they were made
  std::size_t page_count = 0;
  std::map<std::string, std::size_t> anchor_pages;  ///< anchor → index of its page
  std::vector<OutlineEntry> outline;                ///< in document order
};

/// Receives each page as soon as pagination has finished it, with its index in the sequence.
using PageHandler = std::function<void(std::size_t index, Page page)>;

/// Paginates the sequence; one without blocks has no page. With a handler, each page is given to it when the next
/// one begins (and the last at the end) instead of being kept: a long sequence is never held whole.
PaginatedSequence paginate(const compose::PageSequence& sequence, const PaginationContext& context,
                           const PageHandler& handler = {});

}  // namespace naskah::layout
