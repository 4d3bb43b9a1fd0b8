#pragma once
/// One page sequence paginated on a thread of its own from the start of layout, while the layout thread paginates
/// the sequences before it: a build with a core to spare lays out the body and the annex side by side. Its pages
/// wait, a few at a time, until their turn comes; they reach the sink in the order they always do, so the PDF is the
/// same byte for byte, and its overfull runs are reported where they would have been.

#include <cstddef>
#include <optional>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/block_layouter.hpp"
#include "naskah/layout/layout_problems.hpp"
#include "naskah/layout/paginator.hpp"
#include "pages_from_thread.hpp"

namespace naskah::layout::detail {

/// How much layout work a sequence is, roughly: the bytes of text it sets (a table's count twice, for the trials
/// of fitting its columns). Only compared with other sequences' weights.
std::size_t layout_weight(const compose::PageSequence& sequence);

/// The sequence worth paginating ahead, if any: of those handed on as they are paginated (`handed_on`), the one
/// whose pagination alongside those before it shortens layout the most — by at least `least_overlap` of weight,
/// below which a thread costs more than it saves.
std::optional<std::size_t> sequence_to_paginate_ahead(const std::vector<std::size_t>& weights,
                                                      const std::vector<bool>& handed_on,
                                                      std::size_t least_overlap);

class SequenceAhead {
 public:
  /// Starts paginating `sequence` (index `index` in the document) with the context's metrics, hyphenator and
  /// anchor labels; its problems are its own until finish.
  SequenceAhead(std::size_t index, const compose::PageSequence& sequence, const PaginationContext& context);

  /// Hands the sequence's pages to `handler` in order as they come, adds its problems to `problems` (when not
  /// null), and returns its pagination; rethrows what paginating it threw.
  PaginatedSequence finish(const PageHandler& handler, LayoutProblems* problems);

 private:
  LayoutProblems problems_;
  PaginationContext context_;
  PaginatedSequence result_;
  PagesFromThread pages_;  ///< last: its thread uses the members above
};

}  // namespace naskah::layout::detail
