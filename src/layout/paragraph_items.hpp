#pragma once
// Internal to layout/: a paragraph as Knuth and Plass model it ("Breaking Paragraphs into Lines", 1981) — boxes of
// unbreakable text, glue (the spaces, which stretch and shrink) and penalties (the other places a line may end) —
// built from styled spans. The line breaker chooses among its breakpoints; the table layouter measures columns
// from it (content_width.hpp).
//
// Where a line may end: ICU's opportunities (UAX #14), less those inside a span that is one unbreakable run
// (Span::keep_together) and those at a tie (text/ties.hpp: "Rp 1.000", "42 Kelompok", "02 Januari 2024"), plus
// the hyphenation points of libhyphen's Indonesian patterns when hyphenating, and the dots of a code when its
// breaks are allowed. A tied space is still glue — drawn,
// stretched and shrunk as every space is — but no line ends there.
//
// The glue of a space comes from its font, as TeX's does: its natural width is the space's advance, it stretches by
// half of that and shrinks by a third.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout::detail {

enum class ItemKind : std::uint8_t { box, glue, penalty };

/// Demerits of a line ending at a penalty of this cost or more (TeX's "infinity").
inline constexpr double penalty_never = 10000;
/// A line must end here (a forced break, the paragraph's end).
inline constexpr double penalty_forced = -10000;

struct ParagraphItem {
  ItemKind kind = ItemKind::box;
  std::uint32_t span = 0;   ///< the span its text (or, for a hyphen, the hyphen's face) comes from
  std::uint32_t begin = 0;  ///< its text in the paragraph's text: [begin, end) (a penalty: empty)
  std::uint32_t end = 0;
  double width = 0;         ///< box, glue: natural width; penalty: the width of the hyphen it adds
  double stretch = 0;       ///< glue
  double shrink = 0;        ///< glue
  double cost = 0;          ///< penalty: demerits for ending a line here (penalty_forced: must end)
  bool flagged = false;     ///< penalty: the line ends with a hyphen (inserted, or the word's own)
  bool inserts_hyphen = false;  ///< penalty: a hyphen is drawn when the line ends here
  bool breakable = true;    ///< glue: false for a tie
  bool cut = false;         ///< penalty: a last-resort cut inside a run too wide for any line

  [[nodiscard]] bool forced() const { return kind == ItemKind::penalty && cost <= penalty_forced; }
};

/// A run of items no line may end inside, wider than the narrowest line: cut at its characters as the last resort
/// (its ties, if it has any, first become places a line may end).
struct OverwideRun {
  std::size_t first_item = 0;  ///< its items are items[first_item, end_item)
  std::size_t end_item = 0;
  std::string text;
  double width = 0;
  compose::TextOrigin origin;
  /// It holds a span marked keep_together (a name with its degrees): a break anywhere in it breaks a promise.
  bool unbreakable = false;
};

struct ParagraphItems {
  std::string text;                       ///< the spans' texts, one after another
  std::vector<std::uint32_t> span_starts; ///< where each span's text begins in `text`
  std::vector<ParagraphItem> items;       ///< ends with a forced penalty
  std::vector<OverwideRun> overwide;      ///< runs that had to be cut (empty when every run fits)

  ParagraphItems() = default;
  ParagraphItems(ParagraphItems&&) noexcept = default;
  ParagraphItems& operator=(ParagraphItems&&) noexcept = default;
  ParagraphItems(const ParagraphItems&) = default;
  ParagraphItems& operator=(const ParagraphItems&) = default;
  /// Gives its items' memory back for the thread's next paragraph (spare_vectors.hpp).
  ~ParagraphItems();
};

/// Penalty costs, in TeX's units (demerits grow with their square).
struct PenaltyCosts {
  double hyphen = 4000;     ///< a hyphen inserted at a hyphenation point (TeX: \hyphenpenalty 50; official text
                            ///< is rarely hyphenated: dearer here than a line of badness 3,900)
  double explicit_hyphen = 50;  ///< after a word's own hyphen or dash (TeX: \exhyphenpenalty)
  double cut = 5000;        ///< inside a run too wide for any line, between two characters
  double code_dot = 4500;   ///< after a dot of a code (Span::code): dearer than a hyphen, cheaper than a cut
};

struct ItemOptions {
  const text::Hyphenator* hyphenator = nullptr;  ///< no hyphenation points when null
  /// Only words wider than this are hyphenated (measuring a column needs the pieces of its widest words only).
  double hyphenate_wider_than = 0;
  /// Runs between two places a line may end no wider than hyphenate_wider_than are left out, items and all: a
  /// column's narrowest width above that floor is measured on the others alone (most of a cell's words).
  bool leave_out_narrow = false;
  /// Whether a line may end after a dot of a code (Span::code): in the passes after the first, as hyphens.
  bool break_codes = false;
  /// Runs wider than this are cut between their characters (grapheme clusters); 0 or less: never cut.
  double narrowest_line = 0;
  PenaltyCosts costs;
};

/// The paragraph's items. Widths are measured with `metrics`; every box is at least one character.
ParagraphItems build_paragraph_items(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                                     const ItemOptions& options);

/// The text of an item.
inline std::string_view item_text(const ParagraphItems& p, const ParagraphItem& item) {
  return std::string_view(p.text).substr(item.begin, item.end - item.begin);
}

/// Whether a line may end at items[i]: a penalty below penalty_never, or breakable glue right after a box.
inline bool is_breakpoint(const std::vector<ParagraphItem>& items, std::size_t i) {
  const ParagraphItem& item = items[i];
  if (item.kind == ItemKind::penalty) return item.cost < penalty_never;
  return item.kind == ItemKind::glue && item.breakable && i > 0 && items[i - 1].kind == ItemKind::box;
}

}  // namespace naskah::layout::detail
