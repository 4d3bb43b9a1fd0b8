#pragma once
/// Laying out an organisation chart (compose::OrgChart) as a tidy tree: a row of boxes for each level, every
/// superior centred over the units under it, neighbouring subtrees as close as their contours allow and never
/// overlapping (Reingold & Tilford, "Tidier Drawings of Trees", 1981, with per-row contours as in Walker's
/// generalisation to trees of any degree), the boxes of one level alike in width and height, joined by orthogonal
/// lines. Units beside a superior's line (a Kelompok Jabatan Fungsional) stand in a row of their own between the
/// superior and the units under it.
///
/// To fit the width it is given, the boxes are first narrowed step by step from their natural width (their text
/// wrapped with the line breaker) down to the chart's narrowest; when a level is too wide even then, the units of
/// the lowest level are stacked one under the other under their superior, as organisation charts do; and only then
/// is the chart reported as not fitting. The result is one drawing of fixed size, its items relative to its
/// top-left corner, for pagination to place as it places an image.

#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/drawing.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

/// Rect (the boxes), Rule (the lines between them), TextRun (the boxes' text).
struct OrgChartDrawing : Drawing {
  /// Whether it is no wider than asked for. When not, it is as narrow as it can be made: the narrowest boxes, the
  /// lowest level stacked.
  bool fits = true;
  /// Whether the units of the lowest level stand one under the other.
  bool stacked = false;
};

/// Lays the chart out within `max_width` points (the text width) if it can be made to fit.
OrgChartDrawing lay_out_org_chart(const compose::OrgChart& chart, double max_width, const text::FontMetrics& metrics,
                                  const text::Hyphenator* hyphenator = nullptr);

/// The chart as a page shows it: laid out within `max_width`, and drawn smaller, whole, when it cannot be made to fit
/// that width or is taller than `max_height` (a page's text area) — what pagination places, and what a writer that
/// pictures the chart itself (the DOCX's) draws.
OrgChartDrawing org_chart_on_page(const compose::OrgChart& chart, double max_width, double max_height,
                                  const text::FontMetrics& metrics, const text::Hyphenator* hyphenator = nullptr);

}  // namespace naskah::layout
