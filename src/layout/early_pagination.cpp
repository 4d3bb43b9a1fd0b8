#include "naskah/layout/early_pagination.hpp"

#include "sequence_ahead.hpp"

namespace naskah::layout {

EarlyPagination::EarlyPagination(const text::FontMetrics& metrics) : metrics_(metrics) {}

EarlyPagination::~EarlyPagination() = default;

void EarlyPagination::start(std::size_t index, const compose::PageSequence& sequence,
                            const text::Hyphenator* hyphenator) {
  if (started_ || detail::layout_weight(sequence) < detail::least_weight_for_a_thread) return;
  index_ = index;
  sequence_ = &sequence;
  started_ = std::make_unique<detail::SequenceAhead>(index, sequence,
                                                     PaginationContext{metrics_, hyphenator, &no_labels_, nullptr});
}

std::unique_ptr<detail::SequenceAhead> EarlyPagination::take(std::size_t index, const compose::PageSequence& sequence) {
  if (!started_ || index != index_ || &sequence != sequence_) return nullptr;
  sequence_ = nullptr;
  return std::move(started_);
}

}  // namespace naskah::layout
