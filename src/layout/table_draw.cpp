#include "table_draw.hpp"

#include <algorithm>
#include <cmath>

namespace naskah::layout::table_detail {
namespace {
constexpr double same = 1e-9;  // grid lines come from the same sums: equal positions are equal numbers
}

TableDrawer::TableDrawer(double padding, double line_height, double border_width, Color border_color)
    : padding_(padding), line_height_(line_height), border_width_(border_width), border_color_(border_color) {}

double TableDrawer::baseline_offset(const Line& line, double height) {
  double glyphs = line.ascent + line.descent;
  return std::max(0.0, (height - glyphs) / 2) + line.ascent;
}

void TableDrawer::add(const CellPieceBox& box) {
  if (box.fill) {
    fills_.emplace_back(Rect{box.left, box.top, box.right - box.left, box.bottom - box.top, box.fill, std::nullopt, 0});
  }
  if (box.lines != nullptr && box.count > 0) {
    double content = static_cast<double>(box.count) * line_height_;
    double inner = box.bottom - box.top - 2 * padding_;
    double offset = 0;
    if (box.valign == compose::VerticalAlign::middle) offset = std::max(0.0, (inner - content) / 2);
    if (box.valign == compose::VerticalAlign::bottom) offset = std::max(0.0, inner - content);
    double line_top = box.top + padding_ + offset;
    for (std::size_t i = box.first; i < box.first + box.count && i < box.lines->size(); ++i) {
      const Line& line = (*box.lines)[i];
      double baseline = line_top + baseline_offset(line, line_height_);
      double x = box.left + padding_ + line.indent;
      for (const LineFragment& f : line.fragments) {
        if (f.text.empty()) continue;
        texts_.emplace_back(
            TextRun{x + f.x, baseline, f.face, f.size, f.text, f.word_spacing, f.width, f.color, f.underline});
      }
      line_top += line_height_;
    }
  }
  if (border_width_ <= 0) return;
  horizontal_.push_back(Segment{box.top, box.left, box.right});
  vertical_.push_back(Segment{box.left, box.top, box.bottom});
  if (box.right_edge) vertical_.push_back(Segment{box.right, box.top, box.bottom});
  if (box.bottom_edge) horizontal_.push_back(Segment{box.bottom, box.left, box.right});
}

void TableDrawer::merge_into(std::vector<Segment>& segments, bool horizontal, std::vector<Item>& items) const {
  std::sort(segments.begin(), segments.end(), [](const Segment& a, const Segment& b) {
    return a.at != b.at ? a.at < b.at : a.from < b.from;
  });
  double half = border_width_ / 2;
  auto emit = [&](const Segment& s) {
    if (horizontal) {
      items.emplace_back(Rule{s.from - half, s.at, s.to + half, s.at, border_width_, border_color_});
    } else {
      items.emplace_back(Rule{s.at, s.from - half, s.at, s.to + half, border_width_, border_color_});
    }
  };
  std::optional<Segment> open;
  for (const Segment& s : segments) {
    if (open && std::abs(open->at - s.at) <= same && s.from <= open->to + same) {
      open->to = std::max(open->to, s.to);
      continue;
    }
    if (open) emit(*open);
    open = s;
  }
  if (open) emit(*open);
  segments.clear();
}

void TableDrawer::finish(std::vector<Item>& items) {
  std::size_t needed = items.size() + fills_.size() + texts_.size() + horizontal_.size() + vertical_.size();
  if (needed > items.capacity()) items.reserve(std::max(needed, 2 * items.capacity()));  // keeps growth geometric
  for (Item& item : fills_) items.push_back(std::move(item));
  for (Item& item : texts_) items.push_back(std::move(item));
  fills_.clear();
  texts_.clear();
  merge_into(horizontal_, true, items);
  merge_into(vertical_, false, items);
}

}  // namespace naskah::layout::table_detail
