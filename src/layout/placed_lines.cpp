#include "placed_lines.hpp"

#include <algorithm>

namespace naskah::layout::detail {

namespace {
constexpr double epsilon = 1e-6;
}

std::vector<PlacedLine> set_lines(const std::vector<compose::Span>& spans, const compose::ParagraphStyle& style,
                                  double width, const PaginationContext& context) {
  LineBreakParams params;
  params.width = std::max(1.0, width - style.left_indent - style.right_indent);
  params.first_line_indent = style.first_indent;
  params.align = style.align;
  params.hyphenator = style.hyphenate ? context.hyphenator : nullptr;
  params.problems = context.problems;
  std::vector<Line> broken = break_lines(spans, context.metrics, params);
  double shift = 0;
  if (style.align == compose::Align::center && broken.size() > 1) {
    // A centred title on more lines than one is balanced, as a typesetter sets a cover or a caption (and as CSS's
    // text-wrap: balance does): the narrowest measure that takes as many lines, breaking no more words, so that no
    // line is left with a word or two under a full one ("SEKRETARIAT DEWAN PERWAKILAN RAKYAT / DAERAH").
    auto hyphens = [](const std::vector<Line>& ls) {
      return std::count_if(ls.begin(), ls.end(), [](const Line& l) { return l.hyphenated; });
    };
    LineBreakParams trial = params;
    trial.problems = nullptr;  // a trial measure too narrow is no problem of the plan's
    double fits = params.width, too_narrow = 0;
    for (int step = 0; step < 14 && fits - too_narrow > 0.25; ++step) {
      trial.width = (fits + too_narrow) / 2;
      const std::vector<Line> tried = break_lines(spans, context.metrics, trial);
      const bool same = tried.size() == broken.size() && hyphens(tried) <= hyphens(broken);
      (same ? fits : too_narrow) = trial.width;
    }
    if (fits < params.width) {
      shift = (params.width - fits) / 2;  // centred in the balanced measure, that measure centred in the column
      params.width = fits;
      broken = break_lines(spans, context.metrics, params);
    }
  }
  std::vector<PlacedLine> lines;
  for (Line& line : broken) {
    double left = style.left_indent + shift + line.indent;
    lines.push_back(PlacedLine{std::move(line), left, style.line_height});
  }
  return lines;
}

double lines_height(const std::vector<PlacedLine>& lines, std::size_t from, std::size_t to) {
  double height = 0;
  for (std::size_t i = from; i < to && i < lines.size(); ++i) height += lines[i].height;
  return height;
}

std::size_t lines_for_region(const std::vector<PlacedLine>& lines, std::size_t next, const Region& region,
                             int orphans_wanted, int widows_wanted) {
  const std::size_t rest = lines.size() - next;
  std::size_t fit = 0;
  double used = 0;
  while (fit < rest && used + lines[next + fit].height <= region.room + epsilon) used += lines[next + fit++].height;
  std::size_t take = fit;
  // What must follow the block's end: when the rest would end here without room for it, its last lines go with it.
  const auto kept = static_cast<std::size_t>(std::max(0, region.follow.lines));
  if (kept > 0 && fit == rest && used + region.follow.height > region.room + epsilon) {
    take = kept >= rest ? 0 : rest - kept;
  } else if (kept >= rest && fit < rest) {
    take = 0;  // kept whole with what follows, and not even whole here
  }
  if (take < rest) {
    const auto orphans = static_cast<std::size_t>(std::max(1, orphans_wanted));
    const auto widows = static_cast<std::size_t>(std::max(1, widows_wanted));
    if (next == 0 && take < orphans) take = 0;  // too few lines would stay at the foot
    if (take > 0 && rest - take < widows) take = rest > widows ? rest - widows : 0;  // too few would go over
    if (next == 0 && take > 0 && take < orphans) take = 0;
    if (take == 0 && region.page_is_empty) take = std::max<std::size_t>(fit, 1);  // nothing better is possible
  }
  return std::min(take, rest);
}

double baseline_in(const PlacedLine& placed, double top) {
  const double glyphs = placed.line.ascent + placed.line.descent;
  return top + std::max(0.0, (placed.height - glyphs) / 2) + placed.line.ascent;
}

void draw_line(const PlacedLine& placed, double left, double baseline, std::vector<Item>& items) {
  const Line& line = placed.line;
  for (const LineFragment& f : line.fragments) {
    if (f.text.empty()) continue;
    items.emplace_back(TextRun{left + placed.left + f.x, baseline, f.face, f.size, f.text, f.word_spacing, f.width,
                               f.color, f.underline});
  }
}

double line_end(const PlacedLine& placed, double left) {
  const std::vector<LineFragment>& fragments = placed.line.fragments;
  return left + placed.left + (fragments.empty() ? 0 : fragments.back().x + fragments.back().width);
}

}  // namespace naskah::layout::detail
