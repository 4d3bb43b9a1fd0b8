#pragma once
// Pages and blocks of known geometry for the layout tests, in the fixed-width fake font (fake_metrics.hpp): at
// 10 pt a character is 5 pt wide, the glyphs stand 8 pt above the baseline and 2 pt below; in a 20 pt line box the
// baseline is 13 pt below the line's top.

#include <algorithm>
#include <string>
#include <vector>

#include "fake_metrics.hpp"
#include "naskah/layout/paginator.hpp"

namespace naskah::test {

inline const FixedWidthMetrics fixed_metrics;

/// Where the baseline of a 20 pt line of 10 pt text stands below the line's top.
inline constexpr double baseline_in_line = 13;

/// A page whose text area, at (20, 30), holds exactly `lines` lines of 20 pt, 50 characters wide (250 pt at 10 pt).
inline compose::PageStyle small_page(int lines) {
  compose::PageStyle page;
  page.width = 250 + 40;
  page.margin_left = page.margin_right = 20;
  page.margin_top = 30;
  page.margin_bottom = 30;
  page.height = 60 + 20.0 * lines;
  return page;
}

/// A left-aligned paragraph of `count` lines of 20 pt, each one word of 49 characters ending in `word`.
inline compose::Paragraph paragraph_of_lines(int count, const std::string& word = "kata") {
  compose::Paragraph p;
  std::string text;
  for (int i = 0; i < count; ++i) text += (i ? " " : "") + std::string(49 - word.size(), 'x') + word;
  p.spans = {span(text)};
  p.style.line_height = 20;
  p.style.align = compose::Align::left;
  p.style.hyphenate = false;
  return p;
}

inline layout::PaginatedSequence paginate(const compose::PageSequence& seq) {
  return layout::paginate(seq, layout::PaginationContext{fixed_metrics, nullptr, nullptr});
}

inline std::vector<layout::TextRun> runs_of(const layout::Page& page) {
  std::vector<layout::TextRun> runs;
  for (const layout::Item& item : page.items) {
    if (const auto* run = std::get_if<layout::TextRun>(&item)) runs.push_back(*run);
  }
  return runs;
}

/// The text runs on each page.
inline std::vector<std::size_t> lines_per_page(const layout::PaginatedSequence& seq) {
  std::vector<std::size_t> counts;
  for (const auto& page : seq.pages) counts.push_back(runs_of(page).size());
  return counts;
}

/// The baselines of the runs on a page whose text ends in `word`, top to bottom.
inline std::vector<double> baselines_of(const layout::Page& page, const std::string& word) {
  std::vector<double> found;
  for (const layout::TextRun& run : runs_of(page)) {
    if (run.text.size() >= word.size() && run.text.compare(run.text.size() - word.size(), word.size(), word) == 0) {
      found.push_back(run.baseline);
    }
  }
  return found;
}

/// The baseline of the `line`th 20 pt line (from 0) of a small_page's text area.
inline double line_baseline(int line) { return 30 + 20.0 * line + baseline_in_line; }

}  // namespace naskah::test
