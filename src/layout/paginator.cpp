#include "naskah/layout/paginator.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <optional>

#include "naskah/layout/line_breaker.hpp"
#include "naskah/layout/org_chart.hpp"
#include "naskah/layout/table_layout.hpp"

namespace naskah::layout {
namespace {

/// A laid-out line and where its text starts, from the left margin.
struct PlacedLine {
  Line line;
  double left = 0;
  double height = 0;
};

/// The page number of a table-of-contents entry, drawn with its dot leaders after the entry's last line.
struct TocNumber {
  std::string anchor;
  std::string label;
  compose::Span style;
  double right_edge = 0;  ///< from the left margin
  double entry_left = 0;
};

/// A block made ready for pagination: its lines measured, its rules of breaking attached.
struct Prepared {
  enum class Kind { lines, space, page_break, image, table } kind = Kind::lines;
  std::vector<PlacedLine> lines;
  std::optional<PlacedLine> label;  ///< a list label, drawn beside the first line
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;
  int orphans = 2;
  int widows = 2;
  std::string anchor;
  std::optional<OutlineEntry> outline;
  std::optional<TocNumber> toc;
  double height = 0;  ///< space or image; a table's header and first row
  double image_x = 0, image_width = 0;  ///< also a table's left edge, from the left margin
  std::string image_path;
  std::vector<Item> drawing;  ///< an organisation chart, placed as an image is: its items from its top-left corner
  std::shared_ptr<TableLayouter> table;  ///< measures the table's rows as pagination reaches them
};

double text_area_width(const compose::PageStyle& page) { return page.width - page.margin_left - page.margin_right; }
double text_area_height(const compose::PageStyle& page) { return page.height - page.margin_top - page.margin_bottom; }

std::vector<PlacedLine> prepare_lines(const std::vector<compose::Span>& spans, const compose::ParagraphStyle& style,
                                      double available, const PaginationContext& context) {
  LineBreakParams params;
  params.width = std::max(1.0, available - style.left_indent - style.right_indent);
  params.first_line_indent = style.first_indent;
  params.align = style.align;
  params.hyphenator = style.hyphenate ? context.hyphenator : nullptr;
  std::vector<PlacedLine> lines;
  for (Line& line : break_lines(spans, context.metrics, params)) {
    double left = style.left_indent + line.indent;
    lines.push_back(PlacedLine{std::move(line), left, style.line_height});
  }
  return lines;
}

std::vector<Prepared> prepare(const compose::PageSequence& sequence, const PaginationContext& context) {
  std::vector<Prepared> out;
  double width = text_area_width(sequence.page);
  for (const compose::Block& block : sequence.blocks) {
    if (const auto* paragraph = std::get_if<compose::Paragraph>(&block)) {
      Prepared p;
      const compose::ParagraphStyle& style = paragraph->style;
      p.lines = prepare_lines(paragraph->spans, style, width, context);
      if (paragraph->label) {
        compose::ParagraphStyle label_style;
        label_style.align = compose::Align::left;
        label_style.hyphenate = false;
        auto label_lines = prepare_lines(paragraph->label->spans, label_style, width, context);
        if (!label_lines.empty()) {
          PlacedLine label = std::move(label_lines.front());
          // Right-aligned to end `gap` before the text, never left of the margin.
          label.left = std::max(0.0, style.left_indent + style.first_indent - paragraph->label->gap - label.line.natural_width);
          p.label = std::move(label);
        }
      }
      p.space_before = style.space_before;
      p.space_after = style.space_after;
      p.keep_with_next = style.keep_with_next;
      p.orphans = style.orphans;
      p.widows = style.widows;
      p.anchor = paragraph->anchor;
      p.outline = paragraph->outline;
      out.push_back(std::move(p));
    } else if (const auto* spacer = std::get_if<compose::Spacer>(&block)) {
      Prepared p;
      p.kind = Prepared::Kind::space;
      p.height = spacer->height;
      out.push_back(std::move(p));
    } else if (std::holds_alternative<compose::PageBreak>(block)) {
      Prepared p;
      p.kind = Prepared::Kind::page_break;
      out.push_back(std::move(p));
    } else if (const auto* image = std::get_if<compose::ImageBlock>(&block)) {
      Prepared p;
      p.kind = Prepared::Kind::image;
      p.height = image->height;
      p.image_width = image->width;
      p.image_path = image->path;
      p.space_before = image->space_before;
      double room = width - image->left_indent;
      p.image_x = image->left_indent + (image->align == compose::Align::center  ? (room - image->width) / 2
                                        : image->align == compose::Align::right ? room - image->width
                                                                                : 0);
      out.push_back(std::move(p));
    } else if (const auto* chart = std::get_if<compose::OrgChart>(&block)) {
      // An image of fixed size, drawn: made smaller only when even its narrowest form is wider (or taller) than
      // the page's text.
      OrgChartDrawing drawing = lay_out_org_chart(*chart, width, context.metrics, context.hyphenator);
      const double factor = std::min({1.0, width / std::max(drawing.width, 1.0),
                                      text_area_height(sequence.page) / std::max(drawing.height, 1.0)});
      if (factor < 1) scale_drawing(drawing, factor);
      Prepared p;
      p.kind = Prepared::Kind::image;
      p.height = drawing.height;
      p.image_width = drawing.width;
      p.image_x = (width - drawing.width) / 2;
      p.drawing = std::move(drawing.items);
      p.space_before = chart->space_before;
      out.push_back(std::move(p));
    } else if (const auto* table = std::get_if<compose::Table>(&block)) {
      Prepared p;
      p.kind = Prepared::Kind::table;
      p.table = std::make_shared<TableLayouter>(*table, context, text_area_height(sequence.page));
      double table_width = p.table->width();
      p.image_x = table->align == compose::Align::center  ? (width - table_width) / 2
                  : table->align == compose::Align::right ? width - table_width
                                                          : 0;
      p.height = p.table->start_height();
      p.space_before = table->space_before;
      p.space_after = table->space_after;
      p.anchor = table->anchor;
      p.outline = table->outline;
      out.push_back(std::move(p));
    } else if (const auto* toc = std::get_if<compose::TableOfContents>(&block)) {
      for (const compose::TocEntry& entry : toc->entries) {
        Prepared p;
        compose::ParagraphStyle style = toc->style;
        style.align = compose::Align::left;
        style.left_indent += entry.level * toc->level_indent;
        style.right_indent += toc->number_width;
        p.lines = prepare_lines(entry.spans, style, width, context);
        p.space_before = style.space_before;
        p.space_after = style.space_after;
        p.orphans = p.widows = static_cast<int>(p.lines.size());  // an entry is never split
        if (entry.show_page_number && !entry.spans.empty()) {
          std::string label = "?";
          if (context.anchor_labels != nullptr) {
            auto found = context.anchor_labels->find(entry.anchor);
            if (found != context.anchor_labels->end()) label = found->second;
          }
          p.toc = TocNumber{entry.anchor, label, entry.spans.back(), width, style.left_indent};
          p.toc->style.underline = false;
        } else if (!entry.spans.empty()) {
          p.toc = TocNumber{entry.anchor, "", entry.spans.back(), width, style.left_indent};
        }
        out.push_back(std::move(p));
      }
    }
  }
  return out;
}

class PageStack {
 public:
  PageStack(const compose::PageStyle& style, const PaginationContext& context, PaginatedSequence& out,
            const PageHandler& handler)
      : style_(style), context_(context), out_(out), handler_(handler) {
    new_page();
  }

  void new_page() {
    if (out_.page_count > 0) finish_page();
    page_ = Page{};
    page_.width = style_.width;
    page_.height = style_.height;
    ++out_.page_count;
    y_ = style_.margin_top;
    pending_space_ = 0;
  }

  /// The current page is complete: handed on, or kept.
  void finish_page() {
    if (handler_) {
      handler_(out_.page_count - 1, std::move(page_));
    } else {
      out_.pages.push_back(std::move(page_));
    }
  }

  [[nodiscard]] bool page_is_empty() const { return y_ <= style_.margin_top; }
  [[nodiscard]] double remaining() const { return style_.height - style_.margin_bottom - y_; }
  /// Space still to add before the next content, dropped at the top of a page.
  [[nodiscard]] double space_for(double space_before) const {
    return page_is_empty() ? 0 : std::max(pending_space_, space_before);
  }

  void add_space(double height) { pending_space_ = std::max(pending_space_, height); }

  /// Explicit vertical space (a Spacer): kept even at the top of a page; what does not fit ends the page.
  void advance(double height) {
    if (height > remaining()) {
      new_page();
      return;
    }
    y_ += height;
  }

  void place_line(const PlacedLine& placed, const std::optional<PlacedLine>& label, double space_before) {
    y_ += space_for(space_before);
    pending_space_ = 0;
    const Line& line = placed.line;
    double top = y_;
    double baseline = top + baseline_offset(line, placed.height);
    draw_fragments(line, style_.margin_left + placed.left, baseline);
    if (label) draw_fragments(label->line, style_.margin_left + label->left, baseline);
    last_line_top_ = top;
    last_line_baseline_ = baseline;
    last_line_end_ = style_.margin_left + placed.left + line.natural_width +
                     line.word_spacing * static_cast<double>(count_spaces(line));
    y_ += placed.height;
  }

  void place_anchor(const std::string& anchor, const std::optional<OutlineEntry>& outline, double space_before) {
    double top = y_ + space_for(space_before);
    if (!anchor.empty()) {
      page().items.emplace_back(Anchor{anchor, top});
      out_.anchor_pages.emplace(anchor, out_.page_count - 1);
    }
    if (outline) out_.outline.push_back(*outline);
  }

  void place_toc_number(const TocNumber& toc, double entry_top) {
    const text::FontMetrics& m = context_.metrics;
    const compose::Span& s = toc.style;
    double right = style_.margin_left + toc.right_edge;
    if (!toc.label.empty()) {
      double number_width = text::text_width(m, s.face, s.size, toc.label);
      page().items.emplace_back(
          TextRun{right - number_width, last_line_baseline_, s.face, s.size, toc.label, 0, number_width, s.color, false});
      double dot = text::text_width(m, s.face, s.size, ".");
      double gap = s.size * 0.3;
      double leaders_end = right - number_width - gap;
      // Dots on a grid measured from the right edge, so that the leaders of all entries line up.
      int count = dot > 0 ? static_cast<int>(std::floor((leaders_end - last_line_end_ - gap) / dot)) : 0;
      if (count > 0) {
        page().items.emplace_back(TextRun{leaders_end - count * dot, last_line_baseline_, s.face, s.size,
                                          std::string(static_cast<std::size_t>(count), '.'), 0, count * dot, s.color,
                                          false});
      }
    }
    if (!toc.anchor.empty()) {
      double left = style_.margin_left + toc.entry_left;
      page().items.emplace_back(Link{left, entry_top, right - left, y_ - entry_top, toc.anchor});
    }
  }

  void place_image(const Prepared& image) {
    double space = space_for(image.space_before);
    if (!page_is_empty() && space + image.height > remaining()) new_page();
    y_ += space_for(image.space_before);
    pending_space_ = 0;
    if (image.drawing.empty()) {
      page().items.emplace_back(
          Image{style_.margin_left + image.image_x, y_, image.image_width, image.height, image.image_path});
    } else {
      std::vector<Item> drawing = image.drawing;
      move_items(drawing, style_.margin_left + image.image_x, y_);
      page().items.insert(page().items.end(), drawing.begin(), drawing.end());
    }
    y_ += image.height;
  }

  /// A table, one fragment a page, from where the stack stands; an anchor at its top.
  void place_table(const Prepared& p) {
    TableLayouter& table = *p.table;
    bool first = true;
    while (!table.done()) {
      double space = first ? space_for(p.space_before) : 0;
      TablePlacement where{style_.margin_left + p.image_x, y_ + space, remaining() - space, page_is_empty()};
      std::optional<double> height = table.place(where, page().items);
      if (!height) {  // not even the header with a piece of the first row fits here
        new_page();
        continue;
      }
      if (first) place_anchor(p.anchor, p.outline, p.space_before);
      first = false;
      y_ += space + *height;
      pending_space_ = 0;
      if (!table.done()) new_page();
    }
    if (first) place_anchor(p.anchor, p.outline, p.space_before);  // a table without rows
    add_space(p.space_after);
  }

  [[nodiscard]] double y() const { return y_; }
  [[nodiscard]] double last_line_top() const { return last_line_top_; }

 private:
  Page& page() { return page_; }

  static std::size_t count_spaces(const Line& line) {
    std::size_t n = 0;
    for (const LineFragment& f : line.fragments) n += static_cast<std::size_t>(std::count(f.text.begin(), f.text.end(), ' '));
    return n;
  }

  /// Where the baseline sits in a line box: the leading shared above and below the glyphs, as CSS does.
  static double baseline_offset(const Line& line, double height) {
    double glyphs = line.ascent + line.descent;
    return std::max(0.0, (height - glyphs) / 2) + line.ascent;
  }

  void draw_fragments(const Line& line, double x, double baseline) {
    for (const LineFragment& f : line.fragments) {
      if (f.text.empty()) continue;
      page().items.emplace_back(
          TextRun{x + f.x, baseline, f.face, f.size, f.text, line.word_spacing, f.width, f.color, f.underline});
    }
  }

  const compose::PageStyle& style_;
  const PaginationContext& context_;
  PaginatedSequence& out_;
  const PageHandler& handler_;
  Page page_;  ///< the page being filled
  double y_ = 0;
  double pending_space_ = 0;
  double last_line_top_ = 0;
  double last_line_baseline_ = 0;
  double last_line_end_ = 0;
};

double lines_height(const Prepared& p, std::size_t count) {
  double h = 0;
  for (std::size_t i = 0; i < count && i < p.lines.size(); ++i) h += p.lines[i].height;
  return h;
}

/// Height that must fit with a keep-with-next block: it, the blocks it keeps with, and the first lines of the
/// block after them.
double kept_height(const std::vector<Prepared>& blocks, std::size_t i) {
  double need = 0;
  for (std::size_t j = i; j < blocks.size(); ++j) {
    const Prepared& b = blocks[j];
    if (b.kind == Prepared::Kind::page_break) break;
    if (b.kind == Prepared::Kind::table) {
      need += (j > i ? b.space_before : 0) + b.height;
      break;
    }
    if (b.kind != Prepared::Kind::lines) {
      need += b.height;
      if (b.kind == Prepared::Kind::image) break;
      continue;
    }
    if (j > i) need += b.space_before;
    if (!b.keep_with_next) {
      need += lines_height(b, static_cast<std::size_t>(std::max(1, b.orphans)));
      break;
    }
    need += lines_height(b, b.lines.size()) + b.space_after;
  }
  return need;
}

void place_paragraph(PageStack& stack, const Prepared& p, const std::vector<Prepared>& blocks, std::size_t index) {
  if (p.keep_with_next && !stack.page_is_empty() &&
      stack.space_for(p.space_before) + kept_height(blocks, index) > stack.remaining()) {
    stack.new_page();
  }
  std::size_t n = p.lines.size();
  std::size_t i = 0;
  bool anchored = false;
  double entry_top = 0;
  while (i < n) {
    double space = i == 0 ? stack.space_for(p.space_before) : 0;
    double room = stack.remaining() - space;
    std::size_t fit = 0;
    double used = 0;
    while (i + fit < n && used + p.lines[i + fit].height <= room + 1e-6) used += p.lines[i + fit++].height;
    std::size_t rest = n - i;
    std::size_t take = fit;
    if (fit < rest) {
      auto orphans = static_cast<std::size_t>(std::max(1, p.orphans));
      auto widows = static_cast<std::size_t>(std::max(1, p.widows));
      if (i == 0 && take < orphans) take = 0;           // too few lines would stay at the foot
      if (take > 0 && rest - take < widows) take = rest > widows ? rest - widows : 0;  // too few would go over
      if (i == 0 && take > 0 && take < orphans) take = 0;
      if (take == 0 && stack.page_is_empty()) take = std::max<std::size_t>(fit, 1);   // nothing better is possible
      if (take == 0) {
        stack.new_page();
        continue;
      }
    }
    for (std::size_t k = 0; k < take; ++k) {
      const PlacedLine& line = p.lines[i + k];
      if (i + k == 0 && !anchored) {
        stack.place_anchor(p.anchor, p.outline, p.space_before);
        anchored = true;
      }
      stack.place_line(line, i + k == 0 ? p.label : std::nullopt, i + k == 0 ? p.space_before : 0);
      if (i + k == 0) entry_top = stack.last_line_top();
    }
    i += take;
    if (i < n) {
      stack.new_page();
      entry_top = stack.y();
    }
  }
  if (p.toc) stack.place_toc_number(*p.toc, entry_top);
  stack.add_space(p.space_after);
}

}  // namespace

PaginatedSequence paginate(const compose::PageSequence& sequence, const PaginationContext& context,
                           const PageHandler& handler) {
  PaginatedSequence out;
  std::vector<Prepared> blocks = prepare(sequence, context);
  PageStack stack(sequence.page, context, out, handler);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const Prepared& block = blocks[i];
    switch (block.kind) {
      case Prepared::Kind::lines:
        if (block.lines.empty()) {
          stack.place_anchor(block.anchor, block.outline, block.space_before);
        } else {
          place_paragraph(stack, block, blocks, i);
        }
        break;
      case Prepared::Kind::space: stack.advance(block.height); break;
      case Prepared::Kind::page_break:
        if (!stack.page_is_empty()) stack.new_page();
        break;
      case Prepared::Kind::image: stack.place_image(block); break;
      case Prepared::Kind::table: stack.place_table(block); break;
    }
  }
  stack.finish_page();
  return out;
}

}  // namespace naskah::layout
