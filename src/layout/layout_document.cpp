#include "naskah/layout/layout.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "naskah/layout/layout_problems.hpp"
#include "naskah/layout/paginator.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "sequence_ahead.hpp"

namespace naskah::layout {
namespace {

std::string page_label(compose::PageNumbering numbering, int number, const std::string& unnumbered) {
  switch (numbering) {
    case compose::PageNumbering::none: return unnumbered;
    case compose::PageNumbering::lower_roman: return text::roman_numeral(number, false);
    case compose::PageNumbering::arabic: return std::to_string(number);
  }
  return unnumbered;
}

void draw_footer(Page& page, const compose::PageStyle& style, const text::FontMetrics& metrics) {
  const compose::Span& s = style.footer_style;
  double width = text::text_width(metrics, s.face, s.size, page.label);
  double area = style.width - style.margin_left - style.margin_right;
  double x = style.margin_left + (area - width) / 2;
  page.items.emplace_back(TextRun{x, style.height - style.footer_baseline, s.face, s.size, page.label, 0, width, s.color, false});
}

/// Whether blocks print page labels (a table of contents, also inside a group).
bool prints_labels(const std::vector<compose::Block>& blocks) {
  return std::any_of(blocks.begin(), blocks.end(), [](const compose::Block& block) {
    const auto* group = std::get_if<compose::Group>(&block);
    return std::holds_alternative<compose::TableOfContents>(block) || (group && prints_labels(group->blocks));
  });
}

/// Whether a sequence prints page labels, so that its pages change from pass to pass.
bool prints_labels(const compose::PageSequence& sequence) { return prints_labels(sequence.blocks); }

/// Which sequences keep their page labels from the first pass: those that print none themselves and whose
/// numbering no earlier label-printing sequence counts into (since the numbering last restarted). Their pages
/// are final as soon as they are paginated.
std::vector<bool> settled_from_start(const compose::Document& document) {
  std::vector<bool> settled;
  std::map<compose::PageNumbering, bool> counted_by_label_printer;
  for (const compose::PageSequence& sequence : document.sequences) {
    bool& tainted = counted_by_label_printer[sequence.numbering];
    if (sequence.restart_numbering) tainted = false;
    const bool prints = prints_labels(sequence);
    settled.push_back(!prints && (sequence.numbering == compose::PageNumbering::none || !tainted));
    if (prints) tainted = true;
  }
  return settled;
}

/// The page counter of each numbering as the sequences run through it, restarted where a sequence says so.
class PageCounters {
 public:
  /// The number before the sequence's first page (0 when it restarts the count).
  int first_number(const compose::PageSequence& sequence) {
    int& counter = counters_[sequence.numbering];
    if (sequence.restart_numbering) counter = 0;
    return counter;
  }
  /// The sequence's pages counted, after its first_number.
  void count(const compose::PageSequence& sequence, std::size_t pages) {
    counters_[sequence.numbering] += static_cast<int>(pages);
  }

 private:
  std::map<compose::PageNumbering, int> counters_;
};

/// The number printed on each sequence's first page less one, from the page counts of those before it; and the
/// labels of the anchors.
struct Labels {
  std::vector<int> first_number;  ///< by sequence
  std::map<std::string, std::string> anchors;
};

Labels label_pages(const compose::Document& document, const std::vector<PaginatedSequence>& sequences) {
  Labels labels;
  PageCounters counters;
  for (std::size_t i = 0; i < sequences.size(); ++i) {
    const compose::PageSequence& sequence = document.sequences[i];
    const int first = counters.first_number(sequence);
    labels.first_number.push_back(first);
    for (const auto& [anchor, index] : sequences[i].anchor_pages) {
      labels.anchors[anchor] = page_label(sequence.numbering, first + static_cast<int>(index) + 1,
                                          sequence.unnumbered_label);
    }
    counters.count(sequence, sequences[i].page_count);
  }
  return labels;
}

/// A page made final: its label and footer, then on to the sink.
void hand_on(PageSink& sink, const compose::PageSequence& sequence, std::size_t sequence_index, int first_number,
             std::size_t index, Page page, const text::FontMetrics& metrics) {
  page.label = page_label(sequence.numbering, first_number + static_cast<int>(index) + 1, sequence.unnumbered_label);
  if (sequence.numbering != compose::PageNumbering::none) draw_footer(page, sequence.page, metrics);
  page.items.shrink_to_fit();  // what the page keeps until it is drawn; growth slack goes now
  sink.add_page(sequence_index, index, std::move(page));
}

/// The least overlap (layout_weight) worth a thread of its own: 8 KB of text, about a millisecond and a half of layout
/// (the sample's body and annex weigh 16 KB each).
constexpr std::size_t least_overlap_for_a_thread = 8 * 1024;

/// The sequence paginated ahead when a core is spare, if any.
std::optional<std::size_t> sequence_ahead(const compose::Document& document, const std::vector<bool>& handed_on) {
  std::vector<std::size_t> weights;
  for (const compose::PageSequence& sequence : document.sequences) weights.push_back(detail::layout_weight(sequence));
  return detail::sequence_to_paginate_ahead(weights, handed_on, least_overlap_for_a_thread);
}

}  // namespace

LayoutSummary layout_document(const compose::Document& document, const text::FontMetrics& metrics,
                              const text::Hyphenator* hyphenator, PageSink& sink, bool spare_core) {
  LayoutSummary result;
  const std::vector<bool> settled_early = settled_from_start(document);
  // The first pass paginates every sequence. Those whose labels cannot change hand their pages on as they are
  // made — their first number is known, as every sequence before them is paginated already. The table of
  // contents prints page labels known only after layout, so the sequences that print labels are paginated
  // again until the labels stop moving; the others wait with the pages of the first pass.
  std::vector<PaginatedSequence> sequences(document.sequences.size());
  std::map<std::string, std::string> previous;
  LayoutProblems problems;
  PaginationContext context{metrics, hyphenator, &previous, &problems};
  // With a core to spare, one long sequence (the annex) is paginated beside those before it (the body).
  const std::optional<std::size_t> ahead_index = spare_core ? sequence_ahead(document, settled_early) : std::nullopt;
  std::optional<detail::SequenceAhead> ahead;
  if (ahead_index) ahead.emplace(*ahead_index, document.sequences[*ahead_index], context);
  Labels labels;
  bool settled = false;
  for (int pass_number = 1; pass_number <= max_layout_passes && !settled; ++pass_number) {
    PageCounters counters;
    for (std::size_t i = 0; i < sequences.size(); ++i) {
      const compose::PageSequence& sequence = document.sequences[i];
      const int first = counters.first_number(sequence);
      if (pass_number == 1) {
        PageHandler handler;
        if (settled_early[i]) {
          handler = [&, i, first](std::size_t index, Page page) {
            hand_on(sink, sequence, i, first, index, std::move(page), metrics);
          };
        }
        sequences[i] = i == ahead_index ? ahead->finish(handler, &problems) : paginate(sequence, context, handler);
      } else if (prints_labels(sequence)) {
        sequences[i] = paginate(sequence, context);
      }
      counters.count(sequence, sequences[i].page_count);
    }
    result.passes = pass_number;
    labels = label_pages(document, sequences);
    settled = labels.anchors == previous;
    previous = labels.anchors;
  }
  if (!settled) {
    result.warnings.push_back(
        text::tr("the page numbers of the table of contents did not settle after {} passes", max_layout_passes));
  }

  for (std::size_t i = 0; i < sequences.size(); ++i) {
    if (!settled_early[i]) {
      for (std::size_t page = 0; page < sequences[i].pages.size(); ++page) {
        hand_on(sink, document.sequences[i], i, labels.first_number[i], page, std::move(sequences[i].pages[page]),
                metrics);
      }
      sequences[i].pages.clear();
    }
    for (OutlineEntry& entry : sequences[i].outline) result.outline.push_back(std::move(entry));
  }
  result.diagnostics = layout_diagnostics(problems, document.source_files);
  result.anchor_labels = std::move(labels.anchors);
  return result;
}

LayoutResult layout_document(const compose::Document& document, const text::FontMetrics& metrics,
                             const text::Hyphenator* hyphenator) {
  CollectingSink sink;
  LayoutSummary summary = layout_document(document, metrics, hyphenator, sink);
  LayoutResult result;
  result.document.pages = sink.take_pages();
  result.document.outline = std::move(summary.outline);
  result.document.metadata = document.metadata;
  result.passes = summary.passes;
  result.warnings = std::move(summary.warnings);
  result.diagnostics = std::move(summary.diagnostics);
  return result;
}

}  // namespace naskah::layout
