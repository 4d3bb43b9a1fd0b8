#include "naskah/layout/layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "naskah/layout/paginator.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

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

/// Whether a sequence prints page labels (a table of contents), so that its pages change from pass to pass.
bool prints_labels(const compose::PageSequence& sequence) {
  return std::any_of(sequence.blocks.begin(), sequence.blocks.end(), [](const compose::Block& block) {
    return std::holds_alternative<compose::TableOfContents>(block);
  });
}

/// The label of every page of every sequence, numbered as the sequences say, and the labels of the anchors.
struct Labels {
  std::vector<std::vector<std::string>> pages;  ///< by sequence, by page
  std::map<std::string, std::string> anchors;
};

Labels label_pages(const compose::Document& document, const std::vector<PaginatedSequence>& sequences) {
  Labels labels;
  std::map<compose::PageNumbering, int> counters;
  for (std::size_t i = 0; i < sequences.size(); ++i) {
    const compose::PageSequence& sequence = document.sequences[i];
    int& counter = counters[sequence.numbering];
    if (sequence.restart_numbering) counter = 0;
    std::vector<std::string>& page_labels = labels.pages.emplace_back();
    for (std::size_t page = 0; page < sequences[i].pages.size(); ++page) {
      page_labels.push_back(page_label(sequence.numbering, ++counter, sequence.unnumbered_label));
    }
    for (const auto& [anchor, index] : sequences[i].anchor_pages) labels.anchors[anchor] = page_labels.at(index);
  }
  return labels;
}

}  // namespace

LayoutResult layout_document(const compose::Document& document, const text::FontMetrics& metrics,
                             const text::Hyphenator* hyphenator) {
  LayoutResult result;
  // Every sequence is paginated once. The table of contents prints page labels that are known only after
  // layout, so the sequences that print labels are paginated again until the labels stop moving; the others
  // keep their pages.
  std::vector<PaginatedSequence> sequences(document.sequences.size());
  std::map<std::string, std::string> previous;
  PaginationContext context{metrics, hyphenator, &previous};
  Labels labels;
  bool settled = false;
  for (int pass_number = 1; pass_number <= max_layout_passes && !settled; ++pass_number) {
    for (std::size_t i = 0; i < sequences.size(); ++i) {
      if (pass_number == 1 || prints_labels(document.sequences[i])) sequences[i] = paginate(document.sequences[i], context);
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

  LaidOutDocument& out = result.document;
  out.metadata = document.metadata;
  for (std::size_t i = 0; i < sequences.size(); ++i) {
    const compose::PageSequence& sequence = document.sequences[i];
    for (std::size_t page = 0; page < sequences[i].pages.size(); ++page) {
      Page& moved = out.pages.emplace_back(std::move(sequences[i].pages[page]));
      moved.label = std::move(labels.pages[i][page]);
      if (sequence.numbering != compose::PageNumbering::none) draw_footer(moved, sequence.page, metrics);
      moved.items.shrink_to_fit();  // what the page keeps until it is drawn; growth slack goes now
    }
    sequences[i].pages.clear();
    for (OutlineEntry& entry : sequences[i].outline) out.outline.push_back(std::move(entry));
  }
  return result;
}

std::string dump_page(const Page& page) {
  std::string out = fmt::format("page {} {:.1f}x{:.1f}\n", page.label, page.width, page.height);
  for (const Item& item : page.items) {
    if (const auto* run = std::get_if<TextRun>(&item)) {
      out += fmt::format("text {:.1f} {:.1f} {}{}{} {:.1f} '{}'\n", run->x, run->baseline, run->face.family,
                         run->face.bold ? "b" : "", run->face.italic ? "i" : "", run->size, run->text);
    } else if (const auto* rule = std::get_if<Rule>(&item)) {
      out += fmt::format("rule {:.1f} {:.1f} {:.1f} {:.1f}\n", rule->x1, rule->y1, rule->x2, rule->y2);
    } else if (const auto* rect = std::get_if<Rect>(&item)) {
      out += fmt::format("rect {:.1f} {:.1f} {:.1f} {:.1f}\n", rect->x, rect->y, rect->width, rect->height);
    } else if (const auto* image = std::get_if<Image>(&item)) {
      out += fmt::format("image {:.1f} {:.1f} {:.1f} {:.1f} {}\n", image->x, image->y, image->width, image->height, image->path);
    } else if (const auto* link = std::get_if<Link>(&item)) {
      out += fmt::format("link {:.1f} {:.1f} {:.1f} {:.1f} -> {}\n", link->x, link->y, link->width, link->height, link->anchor);
    } else if (const auto* anchor = std::get_if<Anchor>(&item)) {
      out += fmt::format("anchor {} {:.1f}\n", anchor->id, anchor->y);
    }
  }
  return out;
}

}  // namespace naskah::layout
