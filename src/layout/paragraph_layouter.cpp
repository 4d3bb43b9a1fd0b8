#include "paragraph_layouter.hpp"

#include <algorithm>

namespace naskah::layout::detail {

ParagraphLayouter::ParagraphLayouter(const compose::Paragraph& paragraph, const FlowContext& context)
    : paragraph_(paragraph) {
  const compose::ParagraphStyle& style = paragraph.style;
  lines_ = set_lines(paragraph.spans, style, context.width, context.pagination);
  if (paragraph.label) {
    compose::ParagraphStyle label_style;
    label_style.align = compose::Align::left;
    label_style.hyphenate = false;
    std::vector<PlacedLine> label = set_lines(paragraph.label->spans, label_style, context.width, context.pagination);
    if (!label.empty()) {
      label_ = std::move(label.front());
      // Right-aligned to end `gap` before the text, never left of the margin.
      label_->left = std::max(0.0, style.left_indent + style.first_indent - paragraph.label->gap -
                                       label_->line.natural_width);
    }
  }
}

Fragment ParagraphLayouter::lay_out(const Region& region, PageContent& page) {
  if (lines_.empty()) {  // nothing to print: the anchor alone
    page.anchor(paragraph_.anchor, region.top, paragraph_.outline);
    return {};
  }
  const std::size_t take =
      lines_for_region(lines_, next_, region, paragraph_.style.orphans, paragraph_.style.widows);
  if (take == 0) return {0, false};
  if (next_ == 0) page.anchor(paragraph_.anchor, region.top, paragraph_.outline);
  double y = region.top;
  for (std::size_t i = next_; i < next_ + take; ++i) {
    const double baseline = baseline_in(lines_[i], y);
    draw_line(lines_[i], region.left, baseline, page.items());
    if (i == 0 && label_) draw_line(*label_, region.left, baseline, page.items());
    y += lines_[i].height;
  }
  next_ += take;
  return {y - region.top, next_ == lines_.size()};
}

double ParagraphLayouter::first_height() {
  if (keep_with_next()) return whole_height();
  return lines_height(lines_, 0, static_cast<std::size_t>(std::max(1, paragraph_.style.orphans)));
}

double ParagraphLayouter::whole_height() { return lines_height(lines_, 0, lines_.size()); }

Spacing ParagraphLayouter::spacing() const { return {paragraph_.style.space_before, paragraph_.style.space_after}; }

bool ParagraphLayouter::keep_with_next() const { return paragraph_.style.keep_with_next; }

}  // namespace naskah::layout::detail
