#include "naskah/layout/layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "naskah/layout/paginator.hpp"
#include "naskah/text/indonesian_format.hpp"

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

struct Pass {
  LaidOutDocument document;
  std::map<std::string, std::string> anchor_labels;
};

/// Whether a sequence prints page labels (a table of contents), so that its pages change from pass to pass.
bool prints_labels(const compose::PageSequence& sequence) {
  return std::any_of(sequence.blocks.begin(), sequence.blocks.end(), [](const compose::Block& block) {
    return std::holds_alternative<compose::TableOfContents>(block);
  });
}

/// The sequences that print no label are paginated once, in the first pass, and kept: only the table of contents
/// is laid out again while its labels settle.
using PaginationCache = std::vector<std::optional<PaginatedSequence>>;

Pass lay_out_once(const compose::Document& document, const text::FontMetrics& metrics,
                  const text::Hyphenator* hyphenator, const std::map<std::string, std::string>& previous_labels,
                  PaginationCache& cache) {
  Pass pass;
  pass.document.metadata = document.metadata;
  std::map<compose::PageNumbering, int> counters;
  PaginationContext context{metrics, hyphenator, &previous_labels};
  cache.resize(document.sequences.size());
  for (std::size_t i = 0; i < document.sequences.size(); ++i) {
    const compose::PageSequence& sequence = document.sequences[i];
    PaginatedSequence paginated;
    if (cache[i]) {
      paginated = *cache[i];
    } else {
      paginated = paginate(sequence, context);
      if (!prints_labels(sequence)) cache[i] = paginated;
    }
    int& counter = counters[sequence.numbering];
    if (sequence.restart_numbering) counter = 0;
    std::size_t first_page = pass.document.pages.size();
    for (Page& page : paginated.pages) {
      page.label = page_label(sequence.numbering, ++counter, sequence.unnumbered_label);
      if (sequence.numbering != compose::PageNumbering::none) draw_footer(page, sequence.page, metrics);
      pass.document.pages.push_back(std::move(page));
    }
    for (const auto& [anchor, index] : paginated.anchor_pages) {
      pass.anchor_labels[anchor] = pass.document.pages[first_page + index].label;
    }
    for (OutlineEntry& entry : paginated.outline) pass.document.outline.push_back(std::move(entry));
  }
  return pass;
}

}  // namespace

LayoutResult layout_document(const compose::Document& document, const text::FontMetrics& metrics,
                             const text::Hyphenator* hyphenator) {
  LayoutResult result;
  std::map<std::string, std::string> labels;
  PaginationCache cache;
  // The table of contents prints page labels that are known only after layout; lay out until they stop moving.
  for (int pass_number = 1; pass_number <= max_layout_passes; ++pass_number) {
    Pass pass = lay_out_once(document, metrics, hyphenator, labels, cache);
    result.passes = pass_number;
    bool settled = pass.anchor_labels == labels;
    labels = std::move(pass.anchor_labels);
    result.document = std::move(pass.document);
    if (settled) return result;
  }
  result.warnings.push_back(
      fmt::format("the page numbers of the table of contents did not settle after {} passes", max_layout_passes));
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
