#pragma once
// Internal to the template loader: the values a template writes in its attributes — lengths with units, line
// heights, shares of the text width, colours, numbering styles — and text with {placeholders}.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/compose/template.hpp"
#include "naskah/plan/length.hpp"
#include "naskah/plan/parsed.hpp"

namespace naskah::compose::detail {

// Lengths and shares of the text width are read as plans read a figure's lebar (plan/length.hpp).
using plan::parse_extent;
using plan::parse_length;
using plan::points_per_mm;

/// A line height: a factor of the font size ("1.5") or a length ("18pt").
struct LineHeight {
  double value = 0;
  bool factor = false;      ///< of the size
  bool font_lines = false;  ///< of the font's own line height (line-spacing="1.5", as word processors set it)
};
plan::Parsed<LineHeight> parse_line_height(std::string_view text);
/// A multiple of the font's own line height ("1.5", or "1,5" as Indonesian writes it), above 0 and at most 10.
plan::Parsed<LineHeight> parse_line_spacing(std::string_view text);

/// A colour as "#RRGGBB" (hexadecimal digits in either case): "#D9D9D9" is a light grey.
plan::Parsed<text::Color> parse_color(std::string_view text);

/// "1", "a", "A", "i", "I" — the same words as the plan's <ol type>.
plan::Parsed<plan::NumberStyle> parse_number_style(std::string_view text);

/// Parses template text: folds white space and splits out {placeholders}. Each problem is passed to `problem`
/// with the byte index into `text` where it is. A name is known when it is one of `local` (the names only this text
/// has: {nomor} and {judul} of a heading) or a fact of the whole plan, of an item named by its number, or of the
/// current item of the repetitions `scope` (plan/placeholders.hpp); others are problems ("did you mean").
using TextProblem = std::function<void(std::size_t index, std::string_view rule, std::string message)>;
std::vector<TemplateText::Piece> parse_template_text(std::string_view text, const std::vector<std::string_view>& local,
                                                     const std::vector<plan::ItemKind>& scope,
                                                     const TextProblem& problem);

}  // namespace naskah::compose::detail
