#pragma once
// Drawing one page's fragment of a table (internal to layout/; table_layout.cpp decides, this only draws): cell
// fills, then the cells' lines, then the borders, each border a Rule on a grid line. Every cell piece contributes
// its top and left edges, and its right and bottom edges where they are the fragment's outline; since every slot of
// the grid belongs to exactly one cell, that draws each grid line once. Collinear edges that meet are merged into
// one Rule (a page of the 14-column annex has a few dozen rules, not thousands), and every rule reaches half the
// border's width past its ends so that borders meet in square corners.

#include <cstddef>
#include <optional>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/line_breaker.hpp"
#include "naskah/layout/page.hpp"

namespace naskah::layout::table_detail {

/// A cell's piece on one page, in page coordinates.
struct CellPieceBox {
  double left = 0, right = 0, top = 0, bottom = 0;
  const std::vector<Line>* lines = nullptr;
  std::size_t first = 0;  ///< the first line shown here
  std::size_t count = 0;  ///< how many
  compose::VerticalAlign valign = compose::VerticalAlign::top;
  std::optional<Color> fill;
  bool right_edge = false;   ///< on the table's right side
  bool bottom_edge = false;  ///< at the fragment's bottom
};

class TableDrawer {
 public:
  TableDrawer(double padding, double line_height, double border_width, Color border_color);

  void add(const CellPieceBox& box);
  /// Appends the fills, the text and the merged borders, in that order.
  void finish(std::vector<Item>& items);

  /// Where the baseline sits in a line box: the leading shared above and below the glyphs (as paginator.cpp).
  static double baseline_offset(const Line& line, double height);

 private:
  struct Segment {
    double at = 0;  ///< y of a horizontal edge, x of a vertical one
    double from = 0, to = 0;
  };
  void merge_into(std::vector<Segment>& segments, bool horizontal, std::vector<Item>& items) const;

  double padding_;
  double line_height_;
  double border_width_;
  Color border_color_;
  std::vector<Item> fills_;
  std::vector<Item> texts_;
  std::vector<Segment> horizontal_;
  std::vector<Segment> vertical_;
};

}  // namespace naskah::layout::table_detail
