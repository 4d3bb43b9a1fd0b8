#pragma once
/// How wide a piece of text wants to be, as CSS sizes table columns from their content (CSS 2.1 §17.5.2.2,
/// "automatic table layout"): its min-content width — the widest run no line may end inside, so that nothing is cut
/// — and its max-content width — its widest line when it breaks only where it must ('\n'). Measured on the same
/// boxes, glue and penalties the line breaker sets (ties, unbreakable spans, hyphenation points), so that a column
/// at least as wide as its cells' min-content never cuts a word, a figure or a name.

#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

struct ContentWidths {
  /// The widest run between two places a line may end, hyphenation points (and the hyphen drawn there) and the
  /// dots of codes included: narrower than this, something is cut between two letters.
  double min = 0;
  /// The same without hyphenation points and codes' dots: narrower than this, a word is hyphenated or a code broken.
  double min_unhyphenated = 0;
  /// With hyphenation points but codes whole: narrower than this, a code is broken at its dots (the last resort).
  double min_codes_whole = 0;
  /// The natural width of each line the text has when it breaks only where it must; max-content is the widest.
  std::vector<double> lines;
  /// Only when asked for: the width of each run between the places a line may end without hyphenation (its
  /// words, figures and names), widest first — how many hyphens a width costs.
  std::vector<double> words;
  [[nodiscard]] double max() const;
};

/// The widths of `spans`, hyphenated with `hyphenator` where one is given. When the min-content matters only above
/// `floor` (a column already that wide), only words wider than it are hyphenated and measured again, and a
/// min-content at or below the floor is given unhyphenated, or as the widest of the pieces above it: the
/// hyphenation of every word of a 50,000-row table would cost more than its layout.
ContentWidths measure_content(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                              const text::Hyphenator* hyphenator, double floor = 0, bool words = false);

}  // namespace naskah::layout
