#pragma once
// Internal to the DOCX writer: an organisation chart as a picture. Layout draws the chart (layout/org_chart.hpp) —
// boxes, the lines between them, their text — as it does for the PDF; cairo (Debian's libcairo2) paints that drawing
// into a PNG with the document's own font files, which Word and LibreOffice both show as they show any picture.
// (DrawingML shapes with text boxes would be editable, but a grouped chart of text boxes is laid out anew by each
// word processor, and LibreOffice and Word place the text of grouped boxes differently.)

#include <string>

#include "naskah/layout/org_chart.hpp"
#include "naskah/text/font_set.hpp"

namespace naskah::docx::detail {

/// The drawing as a PNG of `dots_per_inch` resolution, white behind it. Throws DocxError when cairo fails.
std::string chart_png(const layout::OrgChartDrawing& drawing, const text::FontSet& fonts, double dots_per_inch);

}  // namespace naskah::docx::detail
