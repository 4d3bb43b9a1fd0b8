#include "naskah/layout/chart.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "naskah/layout/chart_axis.hpp"
#include "naskah/layout/line_breaker.hpp"

namespace naskah::layout {
namespace {

constexpr double panel_gap = 14;     ///< between two panels
constexpr double tick_gap = 3;       ///< between an axis's numbers and the axis
constexpr double label_gap = 4;      ///< between the axis and the categories' labels
constexpr double legend_gap = 8;     ///< between the labels and the legend, and the legend and the key
constexpr double entry_gap = 12;     ///< between two entries of the legend on one line
constexpr double swatch = 7;         ///< a legend entry's square of colour
constexpr double marker = 4;         ///< a line's square at each point
constexpr double group_share = 0.7;  ///< of a category's width, what its bars take
constexpr int most_label_lines = 3;  ///< a label taking more under its group sends every label to the key
constexpr double unbounded = 1e6;

using compose::Span;

class ChartLayout {
 public:
  ChartLayout(const compose::Chart& chart, double width, const text::FontMetrics& metrics,
              const text::Hyphenator* hyphenator)
      : chart_(chart), width_(width), metrics_(metrics), hyphenator_(hyphenator) {}

  ChartDrawing draw() {
    ChartDrawing drawing;
    drawing.width = width_;
    std::size_t categories = 0;
    for (const compose::ChartPanel& panel : chart_.panels) categories += panel.categories.size();
    if (categories == 0) return drawing;

    // Each panel's axis, and the room its numbers take left of it.
    std::vector<ValueAxis> axes;
    std::vector<double> number_columns;
    double axes_width = 0;
    bool titled = false;
    for (const compose::ChartPanel& panel : chart_.panels) {
      double largest = 0;
      for (const compose::ChartCategory& category : panel.categories) {
        for (const auto& value : category.values) {
          if (value) largest = std::max(largest, *value);
        }
      }
      axes.push_back(value_axis(largest));
      double widest = 0;
      for (const AxisTick& tick : axes.back().ticks) widest = std::max(widest, number_width(tick.label));
      number_columns.push_back(widest + tick_gap);
      axes_width += number_columns.back();
      titled = titled || !panel.axis_title.empty();
    }
    const double plot_room =
        std::max(1.0, width_ - axes_width - panel_gap * static_cast<double>(chart_.panels.size() - 1));
    const double slot = plot_room / static_cast<double>(categories);

    // The categories' labels, or their numbers when a label would not stand in three lines under its group.
    std::vector<std::vector<Line>> labels;
    for (const compose::ChartPanel& panel : chart_.panels) {
      for (const compose::ChartCategory& category : panel.categories) {
        labels.push_back(wrap(category.label, slot - 2, compose::Align::center));
        drawing.keyed = drawing.keyed || labels.back().size() > static_cast<std::size_t>(most_label_lines);
      }
    }
    if (drawing.keyed) {
      for (std::size_t i = 0; i < labels.size(); ++i) {
        labels[i] = wrap({styled(chart_.label_style, std::to_string(i + 1))}, slot - 2, compose::Align::center);
      }
    }
    std::size_t label_lines = 1;
    for (const auto& lines : labels) label_lines = std::max(label_lines, lines.size());

    const double number_line = chart_.number_style.size * 1.2;
    plot_top_ = (titled ? number_line : 0) + number_line;  // the axis's unit, then room for the values over the bars
    plot_bottom_ = plot_top_ + chart_.plot_height;
    const double labels_top = plot_bottom_ + label_gap;
    double y = labels_top + static_cast<double>(label_lines) * chart_.line_height;

    double x = 0;
    std::size_t index = 0;
    for (std::size_t p = 0; p < chart_.panels.size(); ++p) {
      const compose::ChartPanel& panel = chart_.panels[p];
      const double plot_left = x + number_columns[p];
      const double plot_width = slot * static_cast<double>(panel.categories.size());
      draw_axis(panel, axes[p], x, plot_left, plot_width, drawing.items);
      for (std::size_t c = 0; c < panel.categories.size(); ++c, ++index) {
        const double left = plot_left + slot * static_cast<double>(c);
        lines_at(labels[index], left + 1, labels_top, drawing.items);
      }
      if (chart_.kind == compose::ChartKind::bars) {
        draw_bars(panel, axes[p].top, plot_left, slot, drawing.items);
      } else {
        draw_lines(panel, axes[p].top, plot_left, slot, drawing.items);
      }
      x = plot_left + plot_width + panel_gap;
    }
    y = draw_legend(y + legend_gap, drawing.items);
    if (drawing.keyed) y = draw_key(y + legend_gap, drawing.items);
    drawing.height = y;
    return drawing;
  }

 private:
  [[nodiscard]] static Span styled(const Span& style, std::string text) {
    Span span = style;
    span.text = std::move(text);
    span.keep_together = true;
    return span;
  }

  [[nodiscard]] double number_width(const std::string& text) const {
    return text::text_width(metrics_, chart_.number_style.face, chart_.number_style.size, text);
  }

  [[nodiscard]] std::vector<Line> wrap(const std::vector<Span>& spans, double width, compose::Align align) const {
    LineBreakParams params;
    params.width = std::max(1.0, width);
    params.align = align;
    params.hyphenator = hyphenator_;
    return break_lines(spans, metrics_, params);
  }

  /// Lines of `chart_.line_height` from `top`, each at `left` plus its indent.
  void lines_at(const std::vector<Line>& lines, double left, double top, std::vector<Item>& items) const {
    for (const Line& line : lines) {
      const double baseline =
          top + std::max(0.0, (chart_.line_height - line.ascent - line.descent) / 2) + line.ascent;
      fragments_at(line, left + line.indent, baseline, items);
      top += chart_.line_height;
    }
  }

  static void fragments_at(const Line& line, double left, double baseline, std::vector<Item>& items) {
    for (const LineFragment& f : line.fragments) {
      if (f.text.empty()) continue;
      items.emplace_back(TextRun{left + f.x, baseline, f.face, f.size, f.text, f.word_spacing, f.width, f.color,
                                 f.underline});
    }
  }

  /// One line of `spans` centred on `centre`, its baseline at `baseline`: a value over its bar or point.
  void centred_at(const std::vector<Span>& spans, double centre, double baseline, std::vector<Item>& items) const {
    if (spans.empty()) return;
    const std::vector<Line> lines = wrap(spans, unbounded, compose::Align::left);
    if (lines.empty()) return;
    fragments_at(lines.front(), centre - lines.front().natural_width / 2, baseline, items);
  }

  [[nodiscard]] double y_of(double value, double top) const {
    return plot_bottom_ - std::clamp(value / top, 0.0, 1.0) * chart_.plot_height;
  }

  void draw_axis(const compose::ChartPanel& panel, const ValueAxis& axis, double left, double plot_left,
                 double plot_width, std::vector<Item>& items) const {
    const double ascent = chart_.number_style.size * metrics_.ascender(chart_.number_style.face) / 1000.0;
    if (!panel.axis_title.empty()) lines_at(wrap(panel.axis_title, unbounded, compose::Align::left), left, 0, items);
    for (const AxisTick& tick : axis.ticks) {
      const double y = y_of(tick.value, axis.top);
      if (tick.value > 0) items.emplace_back(Rule{plot_left, y, plot_left + plot_width, y, 0.5, chart_.grid_color});
      const double w = number_width(tick.label);
      items.emplace_back(TextRun{plot_left - tick_gap - w, y + ascent / 2, chart_.number_style.face,
                                 chart_.number_style.size, tick.label, 0, w, chart_.number_style.color});
    }
    items.emplace_back(Rule{plot_left, plot_top_, plot_left, plot_bottom_, 0.75, chart_.axis_color});
    items.emplace_back(Rule{plot_left, plot_bottom_, plot_left + plot_width, plot_bottom_, 0.75, chart_.axis_color});
  }

  void draw_bars(const compose::ChartPanel& panel, double top, double plot_left, double slot,
                 std::vector<Item>& items) const {
    const std::size_t series = std::max<std::size_t>(chart_.series.size(), 1);
    const double group = slot * group_share;
    const double bar = group / static_cast<double>(series);
    const double descent = -chart_.number_style.size * metrics_.descender(chart_.number_style.face) / 1000.0;
    for (std::size_t c = 0; c < panel.categories.size(); ++c) {
      const compose::ChartCategory& category = panel.categories[c];
      const double group_left = plot_left + slot * static_cast<double>(c) + (slot - group) / 2;
      for (std::size_t s = 0; s < category.values.size() && s < series; ++s) {
        if (!category.values[s]) continue;
        const double x = group_left + bar * static_cast<double>(s);
        const double y = y_of(*category.values[s], top);
        const layout::Color color = s < chart_.series.size() ? chart_.series[s].color : layout::Color{};
        // A hair of white between neighbouring bars of a group.
        const double inset = series > 1 ? std::min(0.5, bar / 10) : 0;
        items.emplace_back(Rect{x + inset, y, bar - 2 * inset, plot_bottom_ - y, color, std::nullopt, 0});
        if (s < category.value_labels.size()) centred_at(category.value_labels[s], x + bar / 2, y - 2 - descent, items);
      }
    }
  }

  void draw_lines(const compose::ChartPanel& panel, double top, double plot_left, double slot,
                  std::vector<Item>& items) const {
    const double ascent = chart_.number_style.size * metrics_.ascender(chart_.number_style.face) / 1000.0;
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {
      const layout::Color color = chart_.series[s].color;
      bool joined = false;  // whether the category before has a point to join
      double last_x = 0, last_y = 0;
      for (std::size_t c = 0; c < panel.categories.size(); ++c) {
        const compose::ChartCategory& category = panel.categories[c];
        if (s >= category.values.size() || !category.values[s]) {
          joined = false;  // a year without a figure breaks the line
          continue;
        }
        const double x = plot_left + slot * (static_cast<double>(c) + 0.5);
        const double y = y_of(*category.values[s], top);
        if (joined) items.emplace_back(Rule{last_x, last_y, x, y, chart_.line_width, color});
        joined = true;
        last_x = x;
        last_y = y;
      }
    }
    // Markers and values over the lines, the first series' values above its points and the second's below.
    for (std::size_t s = 0; s < chart_.series.size(); ++s) {
      for (std::size_t c = 0; c < panel.categories.size(); ++c) {
        const compose::ChartCategory& category = panel.categories[c];
        if (s >= category.values.size() || !category.values[s]) continue;
        const double x = plot_left + slot * (static_cast<double>(c) + 0.5);
        const double y = y_of(*category.values[s], top);
        items.emplace_back(Rect{x - marker / 2, y - marker / 2, marker, marker, chart_.series[s].color, std::nullopt, 0});
        if (s >= 2 || s >= category.value_labels.size()) continue;
        const double baseline = s == 0 ? y - marker : y + marker + ascent;
        centred_at(category.value_labels[s], x, baseline, items);
      }
    }
  }

  /// The series, a square of colour before each name: side by side while they fit, a long name on lines of its own.
  double draw_legend(double top, std::vector<Item>& items) const {
    if (chart_.series.empty()) return top - legend_gap;
    double x = 0;
    double row_height = 0;
    for (const compose::ChartSeries& entry : chart_.series) {
      const std::vector<Line> lines = wrap(entry.name, width_ - swatch - 4, compose::Align::left);
      double natural = 0;
      for (const Line& line : lines) natural = std::max(natural, line.natural_width);
      const double entry_width = swatch + 4 + natural;
      if (x > 0 && (x + entry_width > width_ || lines.size() > 1)) {
        top += row_height;
        x = 0;
        row_height = 0;
      }
      items.emplace_back(Rect{x, top + (chart_.line_height - swatch) / 2, swatch, swatch, entry.color, std::nullopt, 0});
      lines_at(lines, x + swatch + 4, top, items);
      row_height = std::max(row_height, static_cast<double>(lines.size()) * chart_.line_height);
      x += entry_width + entry_gap;
      if (lines.size() > 1) {
        top += row_height;
        x = 0;
        row_height = 0;
      }
    }
    return top + row_height;
  }

  /// "1  Persentase …": the labels of numbered categories in full.
  double draw_key(double top, std::vector<Item>& items) const {
    std::size_t index = 0;
    for (const compose::ChartPanel& panel : chart_.panels) {
      for (const compose::ChartCategory& category : panel.categories) {
        std::vector<Span> spans = {styled(chart_.label_style, std::to_string(++index) + ".")};
        spans.push_back(styled(chart_.label_style, " "));
        spans.back().keep_together = false;
        spans.insert(spans.end(), category.label.begin(), category.label.end());
        const std::vector<Line> lines = wrap(spans, width_, compose::Align::left);
        lines_at(lines, 0, top, items);
        top += static_cast<double>(lines.size()) * chart_.line_height;
      }
    }
    return top;
  }

  const compose::Chart& chart_;
  double width_;
  const text::FontMetrics& metrics_;
  const text::Hyphenator* hyphenator_;
  double plot_top_ = 0;
  double plot_bottom_ = 0;
};

}  // namespace

ChartDrawing lay_out_chart(const compose::Chart& chart, double width, const text::FontMetrics& metrics,
                           const text::Hyphenator* hyphenator) {
  return ChartLayout(chart, width, metrics, hyphenator).draw();
}

}  // namespace naskah::layout
