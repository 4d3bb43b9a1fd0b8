#pragma once
// Internal to the DOCX writer: the properties of runs and paragraphs as Word keeps them (fonts by family name, sizes
// in half points, lengths in twips, line spacing as Word's "1,5 spasi"), made from the document tree's spans and
// paragraph styles, and written in the order the schema wants — only where they differ from their style's.

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/text/font_set.hpp"

namespace naskah::docx::detail {

/// What a run looks like.
struct RunLook {
  std::string font;  ///< the family's name
  bool bold = false;
  bool italic = false;
  bool underline = false;
  long size = 24;  ///< half points
  std::string color = "000000";
  friend bool operator==(const RunLook&, const RunLook&) = default;
};

RunLook run_look(const compose::Span& span, const text::FontSet& fonts);

/// How far apart lines are: a multiple of the font's own line height (Word's "auto", in 240ths: 360 is 1,5 spasi),
/// which follows the type when an editor changes it, or exactly so many twips (spacers, lines of no text).
struct LineSpacing {
  long value = 240;
  bool exact = false;
  friend bool operator==(const LineSpacing&, const LineSpacing&) = default;
};

/// `line_height` points as a multiple of the line of the largest type among `spans`; exact when there is none.
LineSpacing line_spacing(double line_height, const std::vector<compose::Span>& spans, const text::FontMetrics& metrics);

/// What a paragraph looks like.
struct ParagraphLook {
  std::string align = "left";  ///< Word's jc: left, center, right, both
  long left = 0, right = 0;
  long first = 0;  ///< the first line's indent; negative: hanging
  long before = 0, after = 0;
  LineSpacing line;
  bool keep_next = false;
  friend bool operator==(const ParagraphLook&, const ParagraphLook&) = default;
};

const char* justification(compose::Align align);

/// The paragraph style's look for text in `spans`.
ParagraphLook paragraph_look(const compose::ParagraphStyle& style, const std::vector<compose::Span>& spans,
                             const text::FontMetrics& metrics);

/// Properties of a paragraph besides its look, in the schema's order when written.
struct ParagraphExtras {
  std::string style;  ///< the style's id
  bool page_break_before = false;
  std::optional<std::pair<int, int>> numbering;  ///< numId and level
  std::vector<long> tab_stops;                   ///< left-aligned
  std::optional<long> right_leader_tab;          ///< a right tab with dot leaders (a table of contents' numbers)
  std::optional<int> outline_level;
  std::optional<RunLook> mark;  ///< the paragraph mark's run look (an empty paragraph's height follows it)
};

/// Writes <w:pPr> into `paragraph`: the extras, and the look where it differs from `base` (all of it without one).
/// Returns the pPr, to which a section's properties may still be appended.
pugi::xml_node write_paragraph_properties(pugi::xml_node paragraph, const ParagraphLook& look, const ParagraphLook* base,
                                          const ParagraphExtras& extras, const RunLook* mark_base = nullptr);

/// Writes <w:rPr> into `run` where `look` differs from `base` (all of it without one); nothing when they agree.
void write_run_properties(pugi::xml_node run, const RunLook& look, const RunLook* base);

/// The run's text: '\n' a line break, '\t' a tab; with `keep_together` its spaces and hyphens do not break.
void write_run_text(pugi::xml_node run, std::string_view text, bool keep_together);

}  // namespace naskah::docx::detail
