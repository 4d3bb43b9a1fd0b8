#include "naskah/layout/org_chart.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>

#include "naskah/layout/line_breaker.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::layout {
namespace {

using compose::OrgPlace;

/// Wider than any line: a unit's text broken only where it says ('\n'), to measure its natural width.
constexpr double unbounded = 1e6;

/// Where a subtree stands in each row from its head's row down — the leftmost and rightmost x, relative to the
/// head's centre. Rows alternate: a level's boxes (even), then the units beside that level's lines (odd).
struct Contour {
  std::vector<double> left;
  std::vector<double> right;

  [[nodiscard]] std::size_t rows() const { return left.size(); }

  /// Widens row `row` to hold [l, r].
  void hold(std::size_t row, double l, double r) {
    if (row >= left.size()) {
      left.resize(row + 1, l);
      right.resize(row + 1, r);
    }
    left[row] = std::min(left[row], l);
    right[row] = std::max(right[row], r);
  }
};

/// The tree as the units say, whatever the widths: each unit's level (a unit beside a line: its superior's), the
/// units under it and beside it.
struct Shape {
  std::vector<int> level;
  std::vector<bool> beside;
  std::vector<std::vector<std::size_t>> below, left, right;
  int deepest = 0;  ///< the lowest level of boxes in rows
  bool valid = false;
};

Shape shape_of(const compose::OrgChart& chart) {
  const std::size_t n = chart.units.size();
  Shape shape;
  shape.level.assign(n, -1);
  shape.beside.assign(n, false);
  shape.below.resize(n);
  shape.left.resize(n);
  shape.right.resize(n);
  if (n == 0) return shape;
  // Iteratively from the head: a unit named twice, or out of range, is left out rather than followed again.
  std::vector<std::size_t> pending = {0};
  shape.level[0] = 0;
  while (!pending.empty()) {
    const std::size_t unit = pending.back();
    pending.pop_back();
    for (std::size_t child : chart.units[unit].units) {
      if (child >= n || shape.level[child] >= 0) continue;
      const OrgPlace place = chart.units[child].place;
      // Only a unit in a row has units beside its line, and a unit beside a line has none under it.
      if (place != OrgPlace::below && !shape.beside[unit]) {
        shape.beside[child] = true;
        shape.level[child] = shape.level[unit];
        (place == OrgPlace::beside_left ? shape.left : shape.right)[unit].push_back(child);
        continue;
      }
      if (shape.beside[unit]) continue;
      shape.level[child] = shape.level[unit] + 1;
      shape.deepest = std::max(shape.deepest, shape.level[child]);
      shape.below[unit].push_back(child);
      pending.push_back(child);
    }
  }
  shape.valid = true;
  return shape;
}

class ChartLayout {
 public:
  ChartLayout(const compose::OrgChart& chart, const text::FontMetrics& metrics, const text::Hyphenator* hyphenator)
      : chart_(chart), metrics_(metrics), hyphenator_(hyphenator), shape_(shape_of(chart)) {
    natural_.assign(chart.units.size(), 0);
    unbreakable_.assign(chart.units.size(), 0);
    for (std::size_t u = 0; u < chart.units.size(); ++u) {
      double widest = 0;
      for (const Line& line : wrap(u, unbounded)) widest = std::max(widest, line.natural_width);
      natural_[u] = widest + 2 * chart.look.padding;
      for (const compose::Span& span : chart.units[u].spans) {
        if (!span.keep_together) continue;
        unbreakable_[u] = std::max(unbreakable_[u], text::text_width(metrics, span.face, span.size, span.text) +
                                                        2 * chart.look.padding);
      }
    }
  }

  /// Whether the lowest level can stand in columns: it is below the head, and none of its units has units beside it.
  [[nodiscard]] bool can_stack() const {
    if (shape_.deepest < 1) return false;
    for (std::size_t u = 0; u < chart_.units.size(); ++u) {
      if (shape_.level[u] == shape_.deepest && !shape_.beside[u] && (!shape_.left[u].empty() || !shape_.right[u].empty())) {
        return false;
      }
    }
    return true;
  }

  /// How many level gaps stand between the top row and the bottom one.
  [[nodiscard]] int level_gaps() const { return shape_.deepest; }

  /// The chart with boxes at most `cap` wide; with `stacked`, the lowest level's units in columns; `stretch` more
  /// room between each level and the next (and no more between boxes side by side: the chart is only taller).
  [[nodiscard]] OrgChartDrawing draw(double cap, bool stacked, double stretch = 0) {
    stretch_ = stretch;
    stacked_ = stacked && can_stack();
    size_boxes(cap);
    place_rows();
    rel_.assign(chart_.units.size(), 0);
    stack_index_.assign(chart_.units.size(), 0);
    const Contour whole = contour(0);
    double min_left = 0, max_right = 0;
    for (std::size_t row = 0; row < whole.rows(); ++row) {
      min_left = std::min(min_left, whole.left[row]);
      max_right = std::max(max_right, whole.right[row]);
    }
    OrgChartDrawing drawing;
    drawing.width = max_right - min_left;
    drawing.height = height_;
    drawing.stacked = stacked_;
    emit(0, -min_left, drawing.items);
    return drawing;
  }

 private:
  [[nodiscard]] std::vector<Line> wrap(std::size_t unit, double width) const {
    LineBreakParams params;
    params.width = std::max(1.0, width);
    params.align = compose::Align::center;
    params.hyphenator = chart_.hyphenate ? hyphenator_ : nullptr;
    return break_lines(chart_.units[unit].spans, metrics_, params);
  }

  [[nodiscard]] double padding() const { return chart_.look.padding; }
  [[nodiscard]] double gap() const { return chart_.look.sibling_gap; }
  /// Between the boxes of a column, and between a superior's line and the units beside it or in a column.
  [[nodiscard]] double small_gap() const { return chart_.look.level_gap / 2; }

  /// Widths (one for each level's row, one for each level's units beside lines) and heights alike within each.
  void size_boxes(double cap) {
    const auto levels = static_cast<std::size_t>(shape_.deepest + 1);
    const double narrowest = std::min(chart_.look.min_box_width, cap);
    std::vector<double> row_width(levels, narrowest), beside_width(levels, narrowest);
    row_height_.assign(levels, 0);
    beside_height_.assign(levels, 0);
    for (std::size_t u = 0; u < chart_.units.size(); ++u) {
      if (shape_.level[u] < 0) continue;
      double& width = (shape_.beside[u] ? beside_width : row_width)[static_cast<std::size_t>(shape_.level[u])];
      // Narrowed to the cap, but never below a run that may not be broken (the holder's name with its degrees).
      width = std::max(width, std::min(natural_[u], std::max(cap, unbreakable_[u])));
    }
    width_.assign(chart_.units.size(), 0);
    lines_.assign(chart_.units.size(), {});
    for (std::size_t u = 0; u < chart_.units.size(); ++u) {
      if (shape_.level[u] < 0) continue;
      const auto level = static_cast<std::size_t>(shape_.level[u]);
      width_[u] = (shape_.beside[u] ? beside_width : row_width)[level];
      lines_[u] = wrap(u, width_[u] - 2 * padding());
      const double height = static_cast<double>(std::max<std::size_t>(lines_[u].size(), 1)) * chart_.line_height +
                            2 * padding();
      double& level_height = (shape_.beside[u] ? beside_height_ : row_height_)[level];
      level_height = std::max(level_height, height);
    }
  }

  /// The top of each level's row and of the units beside its lines, and the chart's height. Units beside one line
  /// stand one under the other, those on the left and those on the right side by side.
  void place_rows() {
    const auto levels = static_cast<std::size_t>(shape_.deepest + 1);
    row_top_.assign(levels, 0);
    beside_top_.assign(levels, 0);
    std::vector<std::size_t> beside_count(levels, 0);
    for (std::size_t u = 0; u < chart_.units.size(); ++u) {
      if (shape_.level[u] < 0 || shape_.beside[u]) continue;
      auto& count = beside_count[static_cast<std::size_t>(shape_.level[u])];
      count = std::max({count, shape_.left[u].size(), shape_.right[u].size()});
    }
    double y = 0;
    for (std::size_t level = 0; level < levels; ++level) {
      row_top_[level] = y;
      y += row_height_[level];
      if (beside_count[level] > 0) {
        beside_top_[level] = y + small_gap();
        y = beside_top_[level] + static_cast<double>(beside_count[level]) * (beside_height_[level] + small_gap()) -
            small_gap();
      }
      if (level + 1 < levels) y += chart_.look.level_gap + stretch_;
    }
    height_ = y;
    if (stacked_) {
      // The lowest level in columns: as many boxes as the longest column, one under the other.
      const auto deepest = static_cast<std::size_t>(shape_.deepest);
      std::size_t longest = 0;
      for (std::size_t u = 0; u < chart_.units.size(); ++u) {
        if (shape_.level[u] == shape_.deepest - 1 && !shape_.beside[u]) longest = std::max(longest, shape_.below[u].size());
      }
      height_ = row_top_[deepest] + static_cast<double>(longest) * (row_height_[deepest] + small_gap()) - small_gap();
    }
  }

  [[nodiscard]] bool in_column(std::size_t unit) const { return stacked_ && shape_.level[unit] == shape_.deepest; }

  /// Places the units under and beside `unit` relative to its centre (rel_), and returns its subtree's contour.
  Contour contour(std::size_t unit) {
    Contour c;
    const double half = width_[unit] / 2;
    c.hold(0, -half, half);
    // The units beside its line: right-aligned to the line's left, or from its right.
    const bool line_down = !shape_.below[unit].empty() || !shape_.left[unit].empty() || !shape_.right[unit].empty();
    if (line_down) c.hold(1, 0, 0);
    for (std::size_t i = 0; i < shape_.left[unit].size(); ++i) {
      const std::size_t s = shape_.left[unit][i];
      rel_[s] = -small_gap() - width_[s];
      stack_index_[s] = i;
      c.hold(1, rel_[s], 0);
    }
    for (std::size_t i = 0; i < shape_.right[unit].size(); ++i) {
      const std::size_t s = shape_.right[unit][i];
      rel_[s] = small_gap();
      stack_index_[s] = i;
      c.hold(1, 0, rel_[s] + width_[s]);
    }
    const std::vector<std::size_t>& below = shape_.below[unit];
    if (below.empty()) return c;
    if (in_column(below.front())) {
      // A column right of the line: each box's left edge a small gap from it.
      for (std::size_t i = 0; i < below.size(); ++i) {
        rel_[below[i]] = small_gap();
        stack_index_[below[i]] = i;
        c.hold(2, 0, small_gap() + width_[below[i]]);
      }
      return c;
    }
    // Each subtree as far left as the ones before it allow, row by row; then the superior centred over the first
    // and the last.
    Contour placed;
    std::vector<double> offset(below.size(), 0);
    for (std::size_t i = 0; i < below.size(); ++i) {
      const Contour child = contour(below[i]);
      if (i > 0) {
        double shift = -1e300;
        const std::size_t common = std::min(placed.rows(), child.rows());
        for (std::size_t row = 0; row < common; ++row) {
          shift = std::max(shift, placed.right[row] + gap() - child.left[row]);
        }
        offset[i] = shift;
      }
      for (std::size_t row = 0; row < child.rows(); ++row) {
        placed.hold(row, child.left[row] + offset[i], child.right[row] + offset[i]);
      }
    }
    const double middle = (offset.front() + offset.back()) / 2;
    for (std::size_t i = 0; i < below.size(); ++i) rel_[below[i]] = offset[i] - middle;
    for (std::size_t row = 0; row < placed.rows(); ++row) c.hold(row + 2, placed.left[row] - middle, placed.right[row] - middle);
    return c;
  }

  [[nodiscard]] double box_height(std::size_t unit) const {
    const auto level = static_cast<std::size_t>(shape_.level[unit]);
    return shape_.beside[unit] ? beside_height_[level] : row_height_[level];
  }

  /// The box's top: its row's, one of a column's, or one of the boxes beside a line.
  [[nodiscard]] double box_top(std::size_t unit) const {
    const auto level = static_cast<std::size_t>(shape_.level[unit]);
    const auto index = static_cast<double>(stack_index_[unit]);
    if (shape_.beside[unit]) return beside_top_[level] + index * (beside_height_[level] + small_gap());
    if (in_column(unit)) return row_top_[level] + index * (row_height_[level] + small_gap());
    return row_top_[level];
  }

  void box(std::size_t unit, double left, std::vector<Item>& items) const {
    const double top = box_top(unit);
    const double height = box_height(unit);
    items.emplace_back(Rect{left, top, width_[unit], height, chart_.look.fill, chart_.look.line_color, chart_.look.border_width});
    const std::vector<Line>& lines = lines_[unit];
    double line_top = top + (height - static_cast<double>(lines.size()) * chart_.line_height) / 2;
    for (const Line& line : lines) {
      const double baseline =
          line_top + std::max(0.0, (chart_.line_height - line.ascent - line.descent) / 2) + line.ascent;
      for (const LineFragment& f : line.fragments) {
        if (f.text.empty()) continue;
        items.emplace_back(TextRun{left + padding() + line.indent + f.x, baseline, f.face, f.size, f.text,
                                   line.word_spacing, f.width, f.color, f.underline});
      }
      line_top += chart_.line_height;
    }
  }

  void rule(double x1, double y1, double x2, double y2, std::vector<Item>& items) const {
    items.emplace_back(Rule{x1, y1, x2, y2, chart_.look.connector_width, chart_.look.line_color});
  }

  /// Draws `unit` centred at x = `centre`, the lines from it and everything under and beside it.
  void emit(std::size_t unit, double centre, std::vector<Item>& items) const {
    box(unit, centre - width_[unit] / 2, items);
    const double bottom = box_top(unit) + box_height(unit);
    const std::vector<std::size_t>& below = shape_.below[unit];
    double line_end = bottom;  // how far its line comes down
    std::vector<std::pair<double, double>> branches;  // (y, x): a line from its line across to a box's edge
    for (const auto* side : {&shape_.left[unit], &shape_.right[unit]}) {
      for (std::size_t s : *side) {
        const double left = centre + rel_[s];
        box(s, left, items);
        const double middle = box_top(s) + box_height(s) / 2;
        branches.emplace_back(middle, side == &shape_.left[unit] ? left + width_[s] : left);
        line_end = std::max(line_end, middle);
      }
    }
    if (!below.empty() && in_column(below.front())) {
      for (std::size_t child : below) {
        const double left = centre + rel_[child];
        box(child, left, items);
        const double middle = box_top(child) + box_height(child) / 2;
        branches.emplace_back(middle, left);
        line_end = std::max(line_end, middle);
      }
    } else if (!below.empty()) {
      // Down to a bar halfway to the next row, along it over every box of that row, and down to each.
      const auto next = static_cast<std::size_t>(shape_.level[unit] + 1);
      const double bar = row_top_[next] - (chart_.look.level_gap + stretch_) / 2;
      line_end = std::max(line_end, bar);
      double from = centre, to = centre;
      for (std::size_t child : below) {
        const double x = centre + rel_[child];
        from = std::min(from, x);
        to = std::max(to, x);
        rule(x, bar, x, row_top_[next], items);
        emit(child, x, items);
      }
      if (to > from) rule(from, bar, to, bar, items);
    }
    if (line_end > bottom) rule(centre, bottom, centre, line_end, items);
    for (const auto& [y, x] : branches) rule(centre, y, x, y, items);
  }

  const compose::OrgChart& chart_;
  const text::FontMetrics& metrics_;
  const text::Hyphenator* hyphenator_;
  Shape shape_;
  std::vector<double> natural_;  ///< each unit's width with its text on as few lines as it has
  std::vector<double> unbreakable_;  ///< the widest run of its text that is never broken, and the padding
  bool stacked_ = false;
  double stretch_ = 0;
  std::vector<double> width_;
  std::vector<std::vector<Line>> lines_;
  std::vector<double> row_height_, beside_height_, row_top_, beside_top_;
  double height_ = 0;
  std::vector<double> rel_;               ///< centre (in a row) or left edge (beside, in a column) from the superior's centre
  std::vector<std::size_t> stack_index_;  ///< place in a column, or among the units beside one line
};

}  // namespace

OrgChartDrawing lay_out_org_chart(const compose::OrgChart& chart, double max_width, const text::FontMetrics& metrics,
                                  const text::Hyphenator* hyphenator) {
  if (chart.units.empty()) return {};
  ChartLayout layout(chart, metrics, hyphenator);
  const double narrowest = std::max(chart.look.min_box_width, 2 * chart.look.padding + 1);
  const double widest = std::max(chart.look.max_box_width, narrowest);
  const double step = std::max(2.0, (widest - narrowest) / 16);
  OrgChartDrawing drawing;
  double cap = widest;
  bool stacked = false;
  bool fits = false;
  for (bool stack : {false, true}) {
    if (stack && !layout.can_stack()) break;
    for (cap = widest;; cap = std::max(narrowest, cap - step)) {
      drawing = layout.draw(cap, stack);
      stacked = stack;
      fits = drawing.width <= max_width + 1e-6;
      if (fits || cap <= narrowest) break;
    }
    if (fits) break;
  }
  drawing.fits = fits;
  if (!chart.height || drawing.height <= 0) return drawing;
  // The height the plan asks for: a taller chart has its levels further apart (its boxes as they are, its lines
  // longer), a shorter one is drawn smaller.
  const double wanted = *chart.height;
  if (drawing.height < wanted && layout.level_gaps() > 0) {
    drawing = layout.draw(cap, stacked, (wanted - drawing.height) / layout.level_gaps());
    drawing.fits = fits;
  } else if (drawing.height > wanted) {
    scale_drawing(drawing, wanted / drawing.height);
  }
  return drawing;
}

}  // namespace naskah::layout

namespace naskah::layout {

OrgChartDrawing org_chart_on_page(const compose::OrgChart& chart, double max_width, double max_height,
                                  const text::FontMetrics& metrics, const text::Hyphenator* hyphenator) {
  OrgChartDrawing drawing = lay_out_org_chart(chart, max_width, metrics, hyphenator);
  const double factor = std::min({1.0, max_width / std::max(drawing.width, 1.0),
                                  max_height / std::max(drawing.height, 1.0)});
  if (factor < 1) scale_drawing(drawing, factor);
  return drawing;
}

}  // namespace naskah::layout
