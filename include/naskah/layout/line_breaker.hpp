#pragma once
/// Breaking a paragraph into lines. The text's break opportunities come from ICU (UAX #14), hyphenation points
/// of long words from libhyphen's Indonesian patterns; among them the breaker chooses the set of breaks that
/// minimises the total badness of the paragraph (Knuth & Plass, "Breaking Paragraphs into Lines", 1981, reduced
/// to boxes, glue and penalties with a cubic badness), so that justified lines are evenly spaced and a word is
/// hyphenated only when that makes the paragraph better. A word wider than the line is cut between characters
/// rather than allowed to overflow.

#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

/// A run of text in one style within a line, placed relative to the line's start.
struct LineFragment {
  std::string text;
  text::FontFace face;
  double size = 12;
  bool underline = false;
  Color color;
  double x = 0;      ///< from the start of the line's text, word spacing included
  double width = 0;  ///< natural width plus word spacing of its spaces
};

struct Line {
  std::vector<LineFragment> fragments;
  double indent = 0;          ///< from the paragraph's left edge to the line's text, alignment included
  double natural_width = 0;   ///< without added word spacing
  double word_spacing = 0;    ///< added to every space (justified lines)
  double ascent = 0;          ///< points above the baseline, of the tallest face
  double descent = 0;         ///< points below the baseline (positive)
  bool hyphenated = false;    ///< ends with an inserted hyphen
  bool forced_end = false;    ///< ends at a forced break ('\n') or the paragraph's end
};

struct LineBreakParams {
  double width = 400;            ///< the measure: paragraph width less its indents
  double first_line_indent = 0;  ///< the first line is shorter (or longer, if negative) by this much
  compose::Align align = compose::Align::justify;
  const text::Hyphenator* hyphenator = nullptr;  ///< no hyphenation when null
};

/// Breaks the spans into lines. '\n' in a span is a forced break. Never returns a line wider than its measure,
/// except by less than a thousandth of a point of rounding.
std::vector<Line> break_lines(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                              const LineBreakParams& params);

}  // namespace naskah::layout
