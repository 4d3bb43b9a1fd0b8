#pragma once
/// Breaking a paragraph into lines as TeX does (Knuth & Plass, "Breaking Paragraphs into Lines", 1981; TeX: The
/// Program §813–890). The paragraph becomes boxes, glue and penalties (paragraph_items.hpp): ICU's break
/// opportunities less the ties and unbreakable runs, libhyphen's Indonesian hyphenation points, and interword glue
/// from the font (a space that stretches by ½ and shrinks by ⅓ of its width). Among all ways to break it the breaker
/// chooses the one of least total demerits, counting each line's badness (100·r³ for an adjustment ratio r), the
/// penalties of its break, a change of more than one fitness class (very loose, loose, decent, tight) between
/// neighbouring lines, and two hyphenated lines in a row.
///
/// Passes, as TeX's: first without hyphenation and a tolerance of 100 (most paragraphs end here, unhyphenated);
/// then with hyphenation and a tolerance of 200; then with an emergency stretch added to every line and any badness
/// accepted. A run no line can hold — a word, a figure or a name wider than the measure — is cut between two
/// characters as the last resort (never inside a character or a cluster of a letter and its accents) and recorded
/// in LayoutProblems as overfull. No line is ever wider than its measure.
///
/// Ragged text (left, right, centred) is broken the same way, its spaces at their natural width and the line's
/// slack taken by a stretchable margin, so that its lines are even rather than merely filled.

#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

class LayoutProblems;

/// A run of text in one style within a line, placed relative to the line's start.
struct LineFragment {
  std::string text;
  text::FontFace face;
  double size = 12;
  bool underline = false;
  Color color;
  double x = 0;             ///< from the start of the line's text, word spacing included
  double width = 0;         ///< natural width plus word spacing of its spaces
  double word_spacing = 0;  ///< added to (or, when negative, taken from) each of its spaces: justified lines
};

struct Line {
  std::vector<LineFragment> fragments;
  double indent = 0;          ///< from the paragraph's left edge to the line's text, alignment included
  double natural_width = 0;   ///< without added word spacing
  double word_spacing = 0;    ///< of its first fragment with spaces (every fragment carries its own)
  double ascent = 0;          ///< points above the baseline, of the tallest face
  double descent = 0;         ///< points below the baseline (positive)
  bool hyphenated = false;    ///< ends with an inserted hyphen
  bool forced_end = false;    ///< ends at a forced break ('\n') or the paragraph's end
  /// The adjustment ratio its spaces were set with: 0 natural, 1 stretched by their full stretchability, -1 shrunk
  /// by all of their shrinkability (more than 1 only when the paragraph could not be set better).
  double ratio = 0;
};

struct LineBreakParams {
  double width = 400;            ///< the measure: paragraph width less its indents
  double first_line_indent = 0;  ///< the first line is shorter (or longer, if negative) by this much
  compose::Align align = compose::Align::justify;
  const text::Hyphenator* hyphenator = nullptr;  ///< no hyphenation when null
  LayoutProblems* problems = nullptr;            ///< where overfull runs are recorded; none when null
};

/// Breaks the spans into lines. '\n' in a span is a forced break. Never returns a line wider than its measure,
/// except by less than a thousandth of a point of rounding. An empty text gives one empty line.
std::vector<Line> break_lines(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                              const LineBreakParams& params);

}  // namespace naskah::layout
