#include "naskah/layout/content_width.hpp"

#include <algorithm>
#include <functional>

#include "paragraph_items.hpp"

namespace naskah::layout {
namespace {

using detail::ItemKind;
using detail::ParagraphItem;

/// The widest run between breakpoints (a run ending at a penalty includes the hyphen it draws), and the natural
/// width of every forced line and of every run.
void widest_runs(const std::vector<ParagraphItem>& items, double& widest, std::vector<double>* lines,
                 std::vector<double>* runs = nullptr) {
  double run = 0;
  double line = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ParagraphItem& item = items[i];
    if (detail::is_breakpoint(items, i)) {
      const double hyphen = item.kind == ItemKind::penalty ? item.width : 0;
      widest = std::max(widest, run + hyphen);
      if (runs != nullptr && run > 0) runs->push_back(run + hyphen);
      run = 0;
      if (item.forced()) {
        if (lines != nullptr) lines->push_back(line);
        line = 0;
      } else if (item.kind == ItemKind::glue) {
        line += item.width;
      }
      continue;
    }
    if (item.kind != ItemKind::penalty) {
      run += item.width;
      line += item.width;
    }
  }
}

}  // namespace

double ContentWidths::max() const {
  return lines.empty() ? 0 : *std::max_element(lines.begin(), lines.end());
}

ContentWidths measure_content(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                              const text::Hyphenator* hyphenator, double floor, bool words) {
  ContentWidths out;
  detail::ItemOptions options;  // nothing cut: the runs are what is measured
  const detail::ParagraphItems plain = detail::build_paragraph_items(spans, metrics, options);
  widest_runs(plain.items, out.min_unhyphenated, &out.lines, words ? &out.words : nullptr);
  std::sort(out.words.begin(), out.words.end(), std::greater<>());
  out.min = out.min_codes_whole = out.min_unhyphenated;
  if (out.min_unhyphenated <= floor) return out;
  options.hyphenator = hyphenator;
  options.hyphenate_wider_than = floor;
  options.leave_out_narrow = true;  // runs no wider than the floor cannot make the min-content exceed it
  if (hyphenator != nullptr) {
    const detail::ParagraphItems hyphenated = detail::build_paragraph_items(spans, metrics, options);
    out.min_codes_whole = 0;
    widest_runs(hyphenated.items, out.min_codes_whole, nullptr);
    out.min = out.min_codes_whole;
  }
  // Codes broken at their dots, a measure of their own: only a cell holding a kode pays for it.
  if (std::any_of(spans.begin(), spans.end(), [](const compose::Span& s) { return s.code; })) {
    options.break_codes = true;
    const detail::ParagraphItems broken = detail::build_paragraph_items(spans, metrics, options);
    out.min = 0;
    widest_runs(broken.items, out.min, nullptr);
  }
  return out;
}

}  // namespace naskah::layout
