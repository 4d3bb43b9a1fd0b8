#pragma once
/// Layout of a whole document: every page sequence is paginated, pages are numbered, the footers drawn, the
/// table of contents filled with the page labels of its anchors — by fixed point: laid out again until no label
/// moves (at most max_layout_passes times) — and the outline collected.

#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

inline constexpr int max_layout_passes = 5;

struct LayoutResult {
  LaidOutDocument document;
  int passes = 0;                     ///< how many times the document was laid out
  std::vector<std::string> warnings;  ///< e.g. page labels that never settled
};

LayoutResult layout_document(const compose::Document& document, const text::FontMetrics& metrics,
                             const text::Hyphenator* hyphenator);

/// A plain-text picture of a page, one item per line ("text 85.0 97.3 'BAB I'"), for tests and debugging.
std::string dump_page(const Page& page);

}  // namespace naskah::layout
