#pragma once
/// Where laid-out pages go as soon as layout has finished them — the PDF writer, or a collector — so that a long
/// document is drawn page by page and never held whole.

#include <cstddef>

#include "naskah/layout/page.hpp"

namespace naskah::layout {

class PageSink {
 public:
  virtual ~PageSink() = default;
  /// Page `index` (from 0) of the document's page sequence `sequence`, complete: labelled, its footer drawn.
  /// The pages of a sequence come in order, each once. Sequences may not: one whose page numbers depend on the
  /// table of contents comes when they have settled, after the later sequences that never depended on them.
  virtual void add_page(std::size_t sequence, std::size_t index, Page page) = 0;
};

/// A sink that keeps every page, for a LaidOutDocument in document order.
class CollectingSink final : public PageSink {
 public:
  void add_page(std::size_t sequence, std::size_t index, Page page) override;
  /// The pages in document order: by sequence, then by index.
  [[nodiscard]] std::vector<Page> take_pages();

 private:
  std::vector<std::vector<Page>> sequences_;
};

}  // namespace naskah::layout
