#pragma once
// A fixed-width font for layout tests: every character is 500/1000 em wide (a space too), so widths are
// easy to reason about: at 10 pt, each character is 5 pt.

#include "naskah/text/font_metrics.hpp"

namespace naskah::test {

class FixedWidthMetrics final : public text::FontMetrics {
 public:
  [[nodiscard]] int advance(text::FontFace, char32_t) const override { return 500; }
  [[nodiscard]] bool has_glyph(text::FontFace, char32_t) const override { return true; }
  [[nodiscard]] int ascender(text::FontFace) const override { return 800; }
  [[nodiscard]] int descender(text::FontFace) const override { return -200; }
};

}  // namespace naskah::test

#include <string>

#include "naskah/compose/document.hpp"

namespace naskah::test {

inline compose::Span span(std::string text, double size = 10, text::FontFace face = {}) {
  compose::Span s;
  s.text = std::move(text);
  s.size = size;
  s.face = face;
  return s;
}

}  // namespace naskah::test
