#pragma once
/// Laying out a chart of the plan's data (compose::Chart) as one drawing of the text's width: for each panel a value
/// axis (layout/chart_axis) with its numbers and grid lines, the categories side by side — a group of bars, one per
/// series, or a point of each line — their labels under the axis, the values over the bars, and under it all the
/// legend. Panels share the width in proportion to their categories.
///
/// A category's label is broken into lines under its group; when some label would take more than three lines there,
/// every category is numbered instead and a key under the chart gives the labels in full. The drawing is then placed
/// as an image is (layout/chart_layouter).

#include "naskah/compose/document.hpp"
#include "naskah/layout/drawing.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

struct ChartDrawing : Drawing {
  /// Whether the categories are numbered, their labels given in the key under the chart.
  bool keyed = false;
};

/// Draws the chart `width` points wide.
ChartDrawing lay_out_chart(const compose::Chart& chart, double width, const text::FontMetrics& metrics,
                           const text::Hyphenator* hyphenator = nullptr);

}  // namespace naskah::layout
