#include "toc_entry_layouter.hpp"

#include <algorithm>
#include <cmath>

namespace naskah::layout::detail {

namespace {

/// The label of the entry's page from the previous pass; "?" until a pass has placed its anchor.
std::string page_label(const compose::TocEntry& entry, const PaginationContext& context) {
  if (!entry.show_page_number) return {};
  if (context.anchor_labels != nullptr) {
    if (auto found = context.anchor_labels->find(entry.anchor); found != context.anchor_labels->end()) {
      return found->second;
    }
  }
  return "?";
}

}  // namespace

TocEntryLayouter::TocEntryLayouter(const compose::TableOfContents& contents, const compose::TocEntry& entry,
                                   const FlowContext& context)
    : entry_(entry),
      metrics_(context.pagination.metrics),
      style_(contents.style),
      label_(page_label(entry, context.pagination)) {
  style_.align = compose::Align::left;
  style_.left_indent += entry.level * contents.level_indent;
  style_.right_indent += contents.number_width;
  if (entry.label_bytes > 0 && !entry.spans.empty() && entry.label_bytes <= entry.spans.front().text.size()) {
    const compose::Span& first = entry.spans.front();
    const double hang = text::text_width(metrics_, first.face, first.size, first.text.substr(0, entry.label_bytes));
    style_.left_indent += hang;
    style_.first_indent = -hang;
  }
  lines_ = set_lines(entry.spans, style_, context.width, context.pagination);
}

Fragment TocEntryLayouter::lay_out(const Region& region, PageContent& page) {
  if (lines_.empty()) return {};
  // An entry is never split (only one taller than a page is).
  const auto all = static_cast<int>(lines_.size());
  const std::size_t take = lines_for_region(lines_, next_, region, all, all);
  if (take == 0) return {0, false};
  double y = region.top;
  for (std::size_t i = next_; i < next_ + take; ++i) {
    last_baseline_ = baseline_in(lines_[i], y);
    draw_line(lines_[i], region.left, last_baseline_, page.items());
    last_end_ = line_end(lines_[i], region.left);
    y += lines_[i].height;
  }
  next_ += take;
  const bool finished = next_ == lines_.size();
  if (finished) finish(region, region.top, y, page);
  return {y - region.top, finished};
}

void TocEntryLayouter::finish(const Region& region, double top, double bottom, PageContent& page) const {
  const compose::Span& s = entry_.spans.back();
  const double right = region.left + region.width;
  if (!label_.empty()) {
    const double number_width = text::text_width(metrics_, s.face, s.size, label_);
    page.items().emplace_back(
        TextRun{right - number_width, last_baseline_, s.face, s.size, label_, 0, number_width, s.color, false});
    const double dot = text::text_width(metrics_, s.face, s.size, ".");
    const double gap = s.size * 0.3;
    const double leaders_end = right - number_width - gap;
    // Dots on a grid measured from the right edge, so that the leaders of all entries line up.
    const int count = dot > 0 ? static_cast<int>(std::floor((leaders_end - last_end_ - gap) / dot)) : 0;
    if (count > 0) {
      page.items().emplace_back(TextRun{leaders_end - count * dot, last_baseline_, s.face, s.size,
                                        std::string(static_cast<std::size_t>(count), '.'), 0, count * dot, s.color,
                                        false});
    }
  }
  if (!entry_.anchor.empty()) {
    const double left = region.left + style_.left_indent + std::min(0.0, style_.first_indent);
    page.items().emplace_back(Link{left, top, right - left, bottom - top, entry_.anchor});
  }
}

double TocEntryLayouter::first_height() { return whole_height(); }

double TocEntryLayouter::whole_height() { return lines_height(lines_, 0, lines_.size()); }

Spacing TocEntryLayouter::spacing() const { return {style_.space_before, style_.space_after}; }

}  // namespace naskah::layout::detail
