#include "signature_layouter.hpp"

#include "naskah/layout/signature_columns.hpp"

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

/// The smallest size a name is stepped down to, and the step: below this it is broken, and said to be.
constexpr double smallest_name_size = 8;
constexpr double size_step = 0.5;

bool one_line(const compose::SignaturePart& part) {
  const auto* line = std::get_if<compose::SignatureLine>(&part);
  return line != nullptr && !line->spans.empty() &&
         std::all_of(line->spans.begin(), line->spans.end(), [](const compose::Span& s) { return s.keep_together; });
}

double natural_width(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics) {
  double width = 0;
  for (const compose::Span& s : spans) width += text::text_width(metrics, s.face, s.size, s.text);
  return width;
}

/// The widest line of a column that must stand on one line, or its width if none is wider.
double needed_width(const compose::SignatureColumn& column, const text::FontMetrics& metrics) {
  double wanted = column.width;
  for (const compose::SignaturePart& part : column.parts) {
    if (one_line(part)) wanted = std::max(wanted, natural_width(std::get<compose::SignatureLine>(part).spans, metrics));
  }
  return wanted;
}

/// The natural width of the column's widest line, as if none wrapped.
double widest_line(const compose::SignatureColumn& column, const text::FontMetrics& metrics) {
  double widest = 0;
  for (const compose::SignaturePart& part : column.parts) {
    if (const auto* line = std::get_if<compose::SignatureLine>(&part)) {
      widest = std::max(widest, natural_width(line->spans, metrics));
    }
  }
  return widest;
}

/// Steps the type of the column's one-line parts down by half points until each fits the column.
void step_down(compose::SignatureColumn& column, const text::FontMetrics& metrics) {
  for (compose::SignaturePart& part : column.parts) {
    if (!one_line(part)) continue;
    std::vector<compose::Span>& spans = std::get<compose::SignatureLine>(part).spans;
    while (natural_width(spans, metrics) > column.width) {
      bool smaller = false;
      for (compose::Span& s : spans) {
        if (s.size - size_step >= smallest_name_size) {
          s.size -= size_step;
          smaller = true;
        }
      }
      if (!smaller) break;  // at the smallest size still too wide: the line breaker breaks it, and says so
    }
  }
}

/// The columns as they are set. A line that must stand on one line and is wider than its column (a name with four
/// degrees) widens its column — a lone one about its centre, up to three quarters of the text width; side by side,
/// into what the other columns leave unused, each keeping its share of the rest — the lines of a column staying
/// centred in it; then its type is stepped down by half points until it fits, as a typist sets it.
std::vector<compose::SignatureColumn> fitted(const std::vector<compose::SignatureColumn>& columns,
                                             const FlowContext& context) {
  std::vector<compose::SignatureColumn> out = columns;
  const text::FontMetrics& metrics = context.pagination.metrics;
  if (out.size() == 1) {
    compose::SignatureColumn& column = out.front();
    const double width = std::min({needed_width(column, metrics), std::max(context.width * 0.75, column.width),
                                   context.width});
    if (width > column.width) {
      const double centre = column.left + column.width / 2;
      column.left = std::clamp(centre - width / 2, 0.0, context.width - width);
      column.width = width;
    }
  } else if (!out.empty()) {
    std::vector<double> needs;
    double needed = 0, preferred = 0;
    for (const compose::SignatureColumn& column : out) {
      needs.push_back(needed_width(column, metrics));
      needed += needs.back();
      preferred += column.width;
    }
    const double from = out.front().left;
    const double room = out.back().left + out.back().width - from;
    std::vector<double> widths;
    if (needed > preferred + 1e-6 && needed <= room) {
      // Each its need and its share of what is left.
      for (std::size_t i = 0; i < out.size(); ++i) {
        const double share = preferred > 0 ? columns[i].width / preferred : 1.0 / static_cast<double>(out.size());
        widths.push_back(needs[i] + (room - needed) * share);
      }
    } else if (needed > room) {
      // Not every need fits: the columns with no long line keep only their widest line, the long ones share the
      // rest in proportion to their needs (and step their type down in it).
      double kept = 0, long_needs = 0;
      for (std::size_t i = 0; i < out.size(); ++i) {
        const bool long_line = needs[i] > columns[i].width + 1e-6;
        widths.push_back(long_line ? 0 : std::min(columns[i].width, widest_line(columns[i], metrics)));
        kept += widths.back();
        if (long_line) long_needs += needs[i];
      }
      for (std::size_t i = 0; i < out.size(); ++i) {
        if (widths[i] == 0) widths[i] = (room - kept) * needs[i] / long_needs;
      }
    }
    double left = from;
    for (std::size_t i = 0; i < widths.size(); ++i) {
      out[i].left = left;
      out[i].width = widths[i];
      left += widths[i];
    }
  }
  for (compose::SignatureColumn& column : out) step_down(column, metrics);
  return out;
}

/// The columns made to line up by their blanks: the parts between two blanks (for the wet signature) are a section,
/// and a column whose section has fewer parts than another's gets empty lines at its end — so that, whatever lines
/// a title takes ("SEKRETARIS DPRD / KABUPATEN LUWU TIMUR" beside "BUPATI LUWU TIMUR"), the blanks start level and
/// the names under them share a baseline.
void line_up_sections(std::vector<compose::SignatureColumn>& columns) {
  auto sections = [](const compose::SignatureColumn& column) {
    std::vector<std::size_t> counts(1, 0);
    for (const compose::SignaturePart& part : column.parts) {
      if (std::holds_alternative<compose::SignatureSpace>(part)) {
        counts.push_back(0);
      } else {
        ++counts.back();
      }
    }
    return counts;
  };
  std::vector<std::size_t> most;
  for (const compose::SignatureColumn& column : columns) {
    const std::vector<std::size_t> counts = sections(column);
    if (most.size() < counts.size()) most.resize(counts.size(), 0);
    for (std::size_t s = 0; s < counts.size(); ++s) most[s] = std::max(most[s], counts[s]);
  }
  for (compose::SignatureColumn& column : columns) {
    const std::vector<std::size_t> counts = sections(column);
    std::vector<compose::SignaturePart> parts;
    std::size_t section = 0;
    compose::SignatureLine empty;  // a line of the column's last line's face, without text
    auto pad = [&] {
      for (std::size_t n = counts[section]; n < most[section]; ++n) parts.emplace_back(empty);
    };
    for (compose::SignaturePart& part : column.parts) {
      if (std::holds_alternative<compose::SignatureSpace>(part)) {
        pad();
        ++section;
      } else if (const auto* line = std::get_if<compose::SignatureLine>(&part)) {
        empty.line_height = line->line_height;
        empty.spans.assign(line->spans.begin(), line->spans.begin() + (line->spans.empty() ? 0 : 1));
        for (compose::Span& span : empty.spans) span.text.clear();
      }
      parts.push_back(std::move(part));
    }
    // Sections a column lacks at its end need no lines: nothing stands under them.
    if (section + 1 == counts.size()) pad();
    column.parts = std::move(parts);
  }
}

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

/// The columns fitted and lined up (signature_columns.hpp).
std::vector<compose::SignatureColumn> set_columns(const compose::SignatureBlock& block, const FlowContext& context) {
  std::vector<compose::SignatureColumn> columns = fitted(block.columns, context);
  if (columns.size() > 1) line_up_sections(columns);
  return columns;
}

SignatureLayouter::SignatureLayouter(const compose::SignatureBlock& block, const FlowContext& context)
    : block_(block) {
  columns_ = set_columns(block, context);
  std::size_t rows = 0;
  for (const compose::SignatureColumn& column : columns_) rows = std::max(rows, column.parts.size());
  double top = 0;
  for (std::size_t row = 0; row < rows; ++row) {
    std::vector<ColumnPart> parts;
    for (const compose::SignatureColumn& column : columns_) {
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
        Image{region.left + set.x, region.top + set.y, image.width, image.height, image.path, image.file});
  }
  return {height_, true};
}

}  // namespace naskah::layout::detail

namespace naskah::layout {

std::vector<compose::SignatureColumn> signature_columns(const compose::SignatureBlock& block, double text_width,
                                                        const text::FontMetrics& metrics,
                                                        const text::Hyphenator* hyphenator) {
  const PaginationContext pagination{metrics, hyphenator, nullptr, nullptr};
  return detail::set_columns(block, FlowContext{pagination, text_width, 0});
}

}  // namespace naskah::layout
