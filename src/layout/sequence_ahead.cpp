#include "sequence_ahead.hpp"

#include <algorithm>
#include <numeric>
#include <type_traits>
#include <utility>
#include <variant>

namespace naskah::layout::detail {
namespace {

/// Pages a sequence ahead may have waiting: enough to never hold its thread up long, few enough that an annex of
/// thousands of pages is never held whole while the body is laid out.
constexpr std::size_t pages_waiting = 16;

std::size_t text_bytes(const std::vector<compose::Span>& spans) {
  std::size_t bytes = 0;
  for (const compose::Span& span : spans) bytes += span.text.size();
  return bytes;
}

std::size_t blocks_weight(const std::vector<compose::Block>& blocks) {
  std::size_t weight = 0;
  for (const compose::Block& block : blocks) {
    std::visit(
        [&](const auto& b) {
          using Kind = std::decay_t<decltype(b)>;
          if constexpr (std::is_same_v<Kind, compose::Paragraph>) {
            weight += text_bytes(b.spans);
          } else if constexpr (std::is_same_v<Kind, compose::TableOfContents>) {
            for (const compose::TocEntry& entry : b.entries) weight += text_bytes(entry.spans);
          } else if constexpr (std::is_same_v<Kind, compose::Table>) {
            for (const auto* rows : {&b.header_rows, &b.body_rows}) {
              for (const compose::TableRow& row : *rows) {
                for (const compose::TableCell& cell : row.cells) weight += 2 * text_bytes(cell.spans);
              }
            }
          } else if constexpr (std::is_same_v<Kind, compose::Group>) {
            weight += blocks_weight(b.blocks);
          } else {
            weight += 64;  // a figure, a signature, a chart: little text, laid out once
          }
        },
        block);
  }
  return weight;
}

/// Hands what comes to a pagination's page handler.
class ToHandler final : public PageSink {
 public:
  explicit ToHandler(const PageHandler& handler) : handler_(handler) {}
  void add_page(std::size_t, std::size_t index, Page page) override { handler_(index, std::move(page)); }

 private:
  const PageHandler& handler_;
};

}  // namespace

std::size_t layout_weight(const compose::PageSequence& sequence) { return blocks_weight(sequence.blocks); }

std::optional<std::size_t> sequence_to_paginate_ahead(const std::vector<std::size_t>& weights,
                                                      const std::vector<bool>& handed_on,
                                                      std::size_t least_overlap) {
  // Paginated ahead, sequence k runs beside those before it; those after it wait until its pages are handed on.
  // What layout saves is the shorter of the two sides.
  std::optional<std::size_t> chosen;
  std::size_t best = 0;
  std::size_t before = 0;
  for (std::size_t k = 0; k < weights.size(); before += weights[k], ++k) {
    if (!handed_on[k]) continue;
    const std::size_t overlap = std::min(before, weights[k]);
    if (overlap >= least_overlap && overlap > best) {
      best = overlap;
      chosen = k;
    }
  }
  return chosen;
}

SequenceAhead::SequenceAhead(std::size_t index, const compose::PageSequence& sequence, const PaginationContext& context)
    : context_{context.metrics, context.hyphenator, context.anchor_labels, &problems_},
      pages_(
          [this, index, &sequence](PageSink& sink) {
            result_ = paginate(sequence, context_,
                               [&](std::size_t page_index, Page page) { sink.add_page(index, page_index, std::move(page)); });
          },
          pages_waiting) {}

PaginatedSequence SequenceAhead::finish(const PageHandler& handler, LayoutProblems* problems) {
  ToHandler to_handler(handler);
  pages_.take_into(to_handler);
  if (problems != nullptr) {
    for (const OverfullRun& run : problems_.overfull_runs()) problems->overfull(run);
  }
  return std::move(result_);
}

}  // namespace naskah::layout::detail
