#include "signature_layouter.hpp"

#include <algorithm>

namespace naskah::layout::detail {

namespace {

/// A column's part as set in its row: its lines or its height.
struct ColumnPart {
  std::vector<PlacedLine> lines;
  double height = 0;  ///< of a space or an image
  const compose::SignatureImage* image = nullptr;
  double image_x = 0;
};

ColumnPart set_part(const compose::SignaturePart& part, const compose::SignatureColumn& column,
                    const FlowContext& context) {
  ColumnPart set;
  if (const auto* line = std::get_if<compose::SignatureLine>(&part)) {
    compose::ParagraphStyle style;
    style.align = line->align;
    style.line_height = line->line_height;
    style.first_indent = 0;
    style.hyphenate = false;
    style.left_indent = column.left;
    style.right_indent = std::max(0.0, context.width - column.left - column.width);
    set.lines = set_lines(line->spans, style, context.width, context.pagination);
  } else if (const auto* space = std::get_if<compose::SignatureSpace>(&part)) {
    set.height = space->height;
  } else {
    set.image = &std::get<compose::SignatureImage>(part);
    set.height = set.image->height;
    set.image_x = column.left + (column.width - set.image->width) / 2;
  }
  return set;
}

}  // namespace

SignatureLayouter::SignatureLayouter(const compose::SignatureBlock& block, const FlowContext& context)
    : block_(block) {
  std::size_t rows = 0;
  for (const compose::SignatureColumn& column : block.columns) rows = std::max(rows, column.parts.size());
  double top = 0;
  for (std::size_t row = 0; row < rows; ++row) {
    std::vector<ColumnPart> parts;
    for (const compose::SignatureColumn& column : block.columns) {
      if (row < column.parts.size()) parts.push_back(set_part(column.parts[row], column, context));
    }
    // The row's first lines share the baseline of the one that stands lowest in its line box.
    double first_baseline = 0;
    for (const ColumnPart& part : parts) {
      if (!part.lines.empty()) first_baseline = std::max(first_baseline, baseline_in(part.lines.front(), 0));
    }
    double bottom = top;
    for (ColumnPart& part : parts) {
      if (part.lines.empty()) {
        if (part.image != nullptr) images_.push_back(SetImage{part.image_x, top, part.image});
        bottom = std::max(bottom, top + part.height);
        continue;
      }
      // Lines below the shared first baseline, each its own line height lower; the part's box ends where its last
      // line's box does.
      double baseline = top + first_baseline;
      double box_bottom = baseline - baseline_in(part.lines.front(), 0);
      for (PlacedLine& line : part.lines) {
        box_bottom += line.height;
        lines_.push_back(SetLine{std::move(line), baseline});
        baseline += lines_.back().line.height;
      }
      bottom = std::max(bottom, box_bottom);
    }
    top = bottom;
  }
  height_ = top;
}

Fragment SignatureLayouter::lay_out(const Region& region, PageContent& page) {
  constexpr double epsilon = 1e-6;
  if (!region.page_is_empty && height_ + region.follow.height > region.room + epsilon) return {0, false};
  for (const SetLine& set : lines_) draw_line(set.line, region.left, region.top + set.baseline, page.items());
  for (const SetImage& set : images_) {
    const compose::SignatureImage& image = *set.image;
    page.items().emplace_back(
        Image{region.left + set.x, region.top + set.y, image.width, image.height, image.path});
  }
  return {height_, true};
}

}  // namespace naskah::layout::detail
