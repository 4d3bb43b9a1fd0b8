#pragma once
/// A sequence paginated from the moment it is composed, before layout_document begins: with a core to spare, a
/// build starts laying out its body while the annex, the cover and the front matter are still being composed —
/// time in which the other core had nothing to do. layout_document takes the pagination over where the sequence's
/// turn comes, and its pages reach the sink as they always do: the PDF is the same byte for byte.

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "naskah/compose/document.hpp"
#include "naskah/text/font_metrics.hpp"
#include "naskah/text/hyphenator.hpp"

namespace naskah::layout {

namespace detail {
class SequenceAhead;
}

class EarlyPagination {
 public:
  explicit EarlyPagination(const text::FontMetrics& metrics);
  /// A pagination still running is stopped at its next page.
  ~EarlyPagination();
  EarlyPagination(const EarlyPagination&) = delete;
  EarlyPagination& operator=(const EarlyPagination&) = delete;

  /// Begins paginating `sequence` (at `index` in its document) on a thread of its own, as the first pass of
  /// layout_document would, unless a sequence is paginated early already or this one is too little work to be
  /// worth a thread. `sequence` must stay where it is until this is destroyed.
  void start(std::size_t index, const compose::PageSequence& sequence, const text::Hyphenator* hyphenator);

  /// The index of the sequence being paginated early, until layout_document takes its pagination over.
  [[nodiscard]] std::optional<std::size_t> started() const {
    return started_ ? std::optional<std::size_t>(index_) : std::nullopt;
  }

  /// For layout_document: the pagination of document.sequences[index], when it is the one started (the same
  /// object, at the same index); it is no longer this one's. Empty otherwise.
  std::unique_ptr<detail::SequenceAhead> take(std::size_t index, const compose::PageSequence& sequence);

 private:
  const text::FontMetrics& metrics_;
  const std::map<std::string, std::string> no_labels_;  ///< the first pass knows no page labels yet
  std::size_t index_ = 0;
  const compose::PageSequence* sequence_ = nullptr;
  std::unique_ptr<detail::SequenceAhead> started_;
};

}  // namespace naskah::layout
