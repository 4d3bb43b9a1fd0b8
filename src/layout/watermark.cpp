#include "naskah/layout/watermark.hpp"

#include <cmath>
#include <numbers>

namespace naskah::layout {

void add_watermark(Page& page, std::string_view text, text::FontFace face, const text::FontMetrics& metrics) {
  const double em_width = text::text_width(metrics, face, 1.0, text);  // the text's width at 1 pt
  if (em_width <= 0) return;
  const double diagonal = std::hypot(page.width, page.height);
  const double size = 0.55 * diagonal / em_width;
  const double angle = std::atan2(page.height, page.width);
  // The text's middle — half its width along the diagonal, a third of its size across it (about the middle of
  // capitals) — on the page's centre. y grows downwards here, so "up the diagonal" is −y.
  const double half = em_width * size / 2;
  const double rise = size / 3;
  const double x = page.width / 2 - half * std::cos(angle) + rise * std::sin(angle);
  const double baseline = page.height / 2 + half * std::sin(angle) + rise * std::cos(angle);
  TextRun mark{x, baseline, face, size, std::string(text), 0, em_width * size, Color{217, 217, 217}, false,
               angle * 180 / std::numbers::pi};
  page.items.insert(page.items.begin(), std::move(mark));
}

void add_watermark(LaidOutDocument& document, std::string_view text, text::FontFace face,
                   const text::FontMetrics& metrics) {
  for (Page& page : document.pages) add_watermark(page, text, face, metrics);
}

}  // namespace naskah::layout
