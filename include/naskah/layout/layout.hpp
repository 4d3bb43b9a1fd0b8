#pragma once
/// Layout of a whole document: every page sequence is paginated, pages are numbered, the footers drawn, the
/// table of contents filled with the page labels of its anchors — by fixed point: laid out again until no label
/// moves (at most max_layout_passes times) — and the outline collected.

#include <map>
#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/diag/diagnostic.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/layout/page_sink.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

inline constexpr int max_layout_passes = 5;

/// What layout says besides the pages.
struct LayoutSummary {
  int passes = 0;                     ///< how many times the sequences that print page labels were laid out
  std::vector<std::string> warnings;  ///< e.g. page labels that never settled
  /// Problems of the text at its place in the plan or template: runs too wide for their line (overfull).
  std::vector<diag::Diagnostic> diagnostics;
  std::vector<OutlineEntry> outline;  ///< in document order
  /// The page label of every anchor ("kata-pengantar" → "i"), as the table of contents prints them: what a writer
  /// that paginates on its own (the DOCX's) shows as its table of contents' numbers until the reader updates them.
  std::map<std::string, std::string> anchor_labels;
};

/// Lays the document out into `sink`, page by page. A sequence whose page labels cannot change — it prints
/// none, and no sequence before it that prints labels counts into its numbering — is handed on page by page as
/// it is paginated, and never held; the others are held until the table of contents has settled. With a core to
/// spare, a long sequence may be paginated on a thread of its own beside those before it: the pages, their order
/// and what is reported are the same.
LayoutSummary layout_document(const compose::Document& document, const text::FontMetrics& metrics,
                              const text::Hyphenator* hyphenator, PageSink& sink, bool spare_core = false);

struct LayoutResult {
  LaidOutDocument document;
  int passes = 0;
  std::vector<std::string> warnings;
  std::vector<diag::Diagnostic> diagnostics;
};

/// The same, every page kept: for tests and for documents small enough to hold.
LayoutResult layout_document(const compose::Document& document, const text::FontMetrics& metrics,
                             const text::Hyphenator* hyphenator);

}  // namespace naskah::layout
