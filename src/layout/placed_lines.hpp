#pragma once
// Lines of text as the blocks made of them (paragraphs, list items, entries of the table of contents) set them
// (internal to layout/): broken once, placed a page's worth at a time under the rules of orphans, widows and what
// must follow them.

#include <cstddef>
#include <optional>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/layout/block_layouter.hpp"
#include "naskah/layout/line_breaker.hpp"

namespace naskah::layout::detail {

/// A laid-out line and where its text starts, from the text area's left edge.
struct PlacedLine {
  Line line;
  double left = 0;
  double height = 0;
};

/// The spans broken into lines `width` wide less the style's indents, each line placed by its indent.
std::vector<PlacedLine> set_lines(const std::vector<compose::Span>& spans, const compose::ParagraphStyle& style,
                                  double width, const PaginationContext& context);

/// The height of lines [from, to).
double lines_height(const std::vector<PlacedLine>& lines, std::size_t from, std::size_t to);

/// How many of the lines from `next` on go in `region`: as many as fit, but never fewer than `orphans` at the
/// start of the block nor fewer than `widows` carried to the next page; and when the block ends here without room
/// for what must follow it (region.follow), its last follow.lines lines go to the next page with that (all of
/// them, when it keeps every line with it). 0 moves them all to the next page; on an empty page it is at least 1.
std::size_t lines_for_region(const std::vector<PlacedLine>& lines, std::size_t next, const Region& region,
                             int orphans, int widows);

/// Where a line's baseline is, `top` being the top of its line box: the leading shared above and below the glyphs,
/// as CSS does.
double baseline_in(const PlacedLine& placed, double top);

/// Appends the line's text runs, its text starting `left` (the text area's edge) + its own left, on `baseline`.
void draw_line(const PlacedLine& placed, double left, double baseline, std::vector<Item>& items);

/// Where a drawn line's text ends, word spacing included, from the same edge as `left`.
double line_end(const PlacedLine& placed, double left);

}  // namespace naskah::layout::detail
