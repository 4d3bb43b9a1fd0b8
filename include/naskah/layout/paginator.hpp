#pragma once
/// Pagination of one page sequence: blocks are broken into lines and stacked onto pages of the sequence's page
/// style, honouring forced page breaks, keep-with-next (a heading never ends a page), orphans and widows (a
/// paragraph leaves at least `orphans` lines at a page's foot and carries at least `widows` to the next), and
/// dropping space at the top of a page. Page numbers and footers are the caller's (layout.hpp).

#include <map>
#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

struct PaginationContext {
  const text::FontMetrics& metrics;
  const text::Hyphenator* hyphenator = nullptr;
  /// Page labels of anchors, from the previous pass (empty on the first): the table of contents prints them.
  const std::map<std::string, std::string>* anchor_labels = nullptr;
};

struct PaginatedSequence {
  std::vector<Page> pages;  ///< sized, without labels or footers
  std::map<std::string, std::size_t> anchor_pages;  ///< anchor → index into pages
  std::vector<OutlineEntry> outline;                ///< in document order
};

PaginatedSequence paginate(const compose::PageSequence& sequence, const PaginationContext& context);

}  // namespace naskah::layout
