#pragma once
/// A drawing layout makes from data — an organisation chart, a chart of the plan's figures: items relative to its
/// top-left corner, of a fixed size, which pagination places whole as it places an image.

#include <vector>

#include "naskah/layout/page.hpp"

namespace naskah::layout {

struct Drawing {
  double width = 0;
  double height = 0;
  /// Rect, Rule and TextRun items; y grows down from 0 at the top.
  std::vector<Item> items;
};

/// The items moved by (dx, dy): to place a drawing on a page.
void move_items(std::vector<Item>& items, double dx, double dy);

/// The drawing made `factor` times its size (items, line widths and type alike): one too large for its page, shown
/// whole on the page it has.
void scale_drawing(Drawing& drawing, double factor);

}  // namespace naskah::layout
