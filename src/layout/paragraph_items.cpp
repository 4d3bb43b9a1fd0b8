#include "paragraph_items.hpp"

#include <algorithm>

#include "naskah/text/hyphenator.hpp"
#include "naskah/text/line_breaks.hpp"
#include "naskah/text/ties.hpp"
#include "spare_vectors.hpp"

namespace naskah::layout::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_newline(char c) { return c == '\n' || c == '\r'; }

/// Whether text ends with a hyphen or a dash, after which a line ending counts as hyphenated.
bool ends_with_dash(std::string_view text) {
  if (text.empty()) return false;
  if (text.back() == '-') return true;
  for (std::string_view dash : {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014"}) {
    if (text.size() >= dash.size() && text.substr(text.size() - dash.size()) == dash) return true;
  }
  return false;
}

class Builder {
 public:
  Builder(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics, const ItemOptions& options)
      : spans_(spans), metrics_(metrics), options_(options) {
    std::size_t size = 0;
    for (const compose::Span& span : spans) size += span.text.size();
    out_.text.reserve(size);
    out_.items = SpareVectors<ParagraphItem>::take();
    out_.span_starts = SpareVectors<std::uint32_t>::take();
    // A word and the space after it are two items, and words run about six letters: room for most paragraphs'
    // items at once, rather than the vector's growth copying them over and over.
    out_.items.reserve(size / 3 + 2);
    for (const compose::Span& span : spans) {
      out_.span_starts.push_back(static_cast<std::uint32_t>(out_.text.size()));
      out_.text += span.text;
    }
  }

  ParagraphItems build() {
    const std::string& text = out_.text;
    if (!text.empty()) {
      find_unbreakable();
      std::size_t start = 0;
      // Held while it is gone through (a range-for would not keep the pointer alive, only what it points to).
      const auto opportunities = text::shared_line_break_opportunities(text);
      for (const text::LineBreakOpportunity& opportunity : *opportunities) {
        if (!opportunity.mandatory && !may_break_at(opportunity.offset)) continue;
        add_segment(start, opportunity.offset, false);
        start = opportunity.offset;
      }
      add_segment(start, text.size(), true);
    }
    push_penalty(spans_.empty() ? 0 : static_cast<std::uint32_t>(spans_.size() - 1), out_.text.size(), 0,
                 penalty_forced, false, false);
    if (options_.narrowest_line > 0) cut_overwide_runs();
    return std::move(out_);
  }

 private:
  // ---- where lines may not end ----

  /// Marks the bytes after which no line may end: inside an unbreakable span, and at a tie.
  void find_unbreakable() {
    const std::string& text = out_.text;
    no_break_before_.assign(text.size() + 1, 0);
    for (std::size_t s = 0; s < spans_.size(); ++s) {
      if (!spans_[s].keep_together) continue;
      const std::size_t from = out_.span_starts[s];
      const std::size_t to = from + spans_[s].text.size();
      for (std::size_t i = from + 1; i < to; ++i) no_break_before_[i] = true;
    }
    const auto ties = text::shared_tied_spaces(text);
    for (std::size_t space : *ties) {
      // ICU offers the break after the run of spaces: the offset following the tied space's run.
      std::size_t after = space + 1;
      while (after < text.size() && text[after] == ' ') ++after;
      no_break_before_[after] = true;
    }
  }

  [[nodiscard]] bool may_break_at(std::size_t offset) const { return !no_break_before_[offset]; }

  [[nodiscard]] bool in_unbreakable_span(std::size_t offset) const {
    const std::uint32_t span = span_at(offset);
    return spans_[span].keep_together;
  }

  // ---- measuring ----

  [[nodiscard]] std::uint32_t span_at(std::size_t offset) const {
    auto after = std::upper_bound(out_.span_starts.begin(), out_.span_starts.end(), static_cast<std::uint32_t>(offset));
    return static_cast<std::uint32_t>(after - out_.span_starts.begin()) - 1;
  }

  [[nodiscard]] std::size_t span_end(std::uint32_t span) const {
    return span + 1 < out_.span_starts.size() ? out_.span_starts[span + 1] : out_.text.size();
  }

  [[nodiscard]] double width_of(std::uint32_t span, std::string_view piece) const {
    const compose::Span& s = spans_[span];
    return text::text_width(metrics_, s.face, s.size, piece);
  }

  // ---- items ----

  void push_box(std::uint32_t span, std::size_t from, std::size_t to) {
    ParagraphItem box;
    box.kind = ItemKind::box;
    box.span = span;
    box.begin = static_cast<std::uint32_t>(from);
    box.end = static_cast<std::uint32_t>(to);
    box.width = width_of(span, std::string_view(out_.text).substr(from, to - from));
    out_.items.push_back(box);
  }

  /// One interword space (a run of spaces counts as one): its font's space, stretching by a half and shrinking by
  /// a third of it.
  void push_glue(std::size_t at, bool breakable) {
    ParagraphItem glue;
    glue.kind = ItemKind::glue;
    glue.span = span_at(at);
    glue.begin = static_cast<std::uint32_t>(at);
    glue.end = static_cast<std::uint32_t>(at + 1);
    glue.width = width_of(glue.span, " ");
    glue.stretch = glue.width / 2;
    glue.shrink = glue.width / 3;
    glue.breakable = breakable;
    out_.items.push_back(glue);
  }

  /// A place a line may end at `position` of the text, costing `cost`, adding `width` (a hyphen) when it does.
  void push_penalty(std::uint32_t span, std::size_t position, double width, double cost, bool flagged,
                    bool inserts_hyphen) {
    ParagraphItem penalty;
    penalty.kind = ItemKind::penalty;
    penalty.span = span;
    penalty.begin = penalty.end = static_cast<std::uint32_t>(position);
    penalty.width = width;
    penalty.cost = cost;
    penalty.flagged = flagged;
    penalty.inserts_hyphen = inserts_hyphen;
    out_.items.push_back(penalty);
  }

  /// Whether the run text[from, to) (words and the tied spaces between them) is to be hyphenated.
  [[nodiscard]] bool wide_enough_to_hyphenate(std::size_t from, std::size_t to) const {
    return options_.hyphenator != nullptr && wider_than_floor(from, to);
  }

  /// Whether the run text[from, to) is wider than options_.hyphenate_wider_than (always, when that is 0 or less).
  [[nodiscard]] bool wider_than_floor(std::size_t from, std::size_t to) const {
    if (options_.hyphenate_wider_than <= 0) return true;
    double width = 0;
    for (std::size_t at = from; at < to;) {
      const std::uint32_t span = span_at(at);
      const std::size_t end = std::min(to, span_end(span));
      width += width_of(span, std::string_view(out_.text).substr(at, end - at));
      at = end;
    }
    return width > options_.hyphenate_wider_than;
  }

  /// Whether a line may end at `offset`, after a dot inside a code (not after its last character).
  [[nodiscard]] bool after_code_dot(std::size_t offset) const {
    if (offset == 0 || out_.text[offset - 1] != '.') return false;
    const std::uint32_t span = span_at(offset - 1);
    return spans_[span].code && offset < span_end(span);
  }

  /// The boxes of the word text[from, to): split where spans change and, when hyphenating, at its hyphenation
  /// points (each a penalty that draws a hyphen), except inside an unbreakable span; when codes may break, after
  /// their dots (a penalty that draws nothing).
  void add_word(std::size_t from, std::size_t to, bool hyphenate) {
    std::vector<std::size_t>& breaks = breaks_;  // where a piece ends
    breaks.clear();
    if (hyphenate && to - from >= 5) {
      const std::string_view word = std::string_view(out_.text).substr(from, to - from);
      const auto points = options_.hyphenator->shared_hyphenation_points(word);
      for (std::size_t h : *points) {
        if (!in_unbreakable_span(from + h - 1) && !in_unbreakable_span(from + h)) breaks.push_back(from + h);
      }
    }
    if (options_.break_codes) {
      for (std::size_t at = from + 1; at < to; ++at) {
        if (after_code_dot(at)) breaks.push_back(at);
      }
      std::sort(breaks.begin(), breaks.end());  // a code's dots are never hyphenation points: no duplicates
    }
    std::size_t piece_start = from;
    std::size_t next_break = 0;
    while (piece_start < to) {
      const std::uint32_t span = span_at(piece_start);
      std::size_t piece_end = std::min(to, span_end(span));
      while (next_break < breaks.size() && breaks[next_break] <= piece_start) ++next_break;
      const bool at_break = next_break < breaks.size() && breaks[next_break] < piece_end;
      if (at_break) piece_end = breaks[next_break];
      push_box(span, piece_start, piece_end);
      if (at_break) {
        const std::uint32_t before = span_at(piece_end - 1);
        if (after_code_dot(piece_end)) {
          push_penalty(before, piece_end, 0, options_.costs.code_dot, false, false);
        } else {
          push_penalty(before, piece_end, width_of(before, "-"), options_.costs.hyphen, true, true);
        }
      }
      piece_start = piece_end;
    }
  }

  /// text[start, end) runs from one place a line may end to the next: words, with the spaces between them tied
  /// (no line may end there), then the spaces or the line end after the last word.
  void add_segment(std::size_t start, std::size_t end, bool last) {
    const std::string_view text(out_.text);
    std::size_t content_end = end;
    bool forced = false;
    while (content_end > start && is_newline(text[content_end - 1])) {
      --content_end;
      forced = true;
    }
    std::size_t trailing = content_end;
    while (trailing > start && is_space(text[trailing - 1])) --trailing;
    // The words and the tied spaces between them.
    if (options_.leave_out_narrow && !wider_than_floor(start, trailing)) return;
    const bool hyphenate = wide_enough_to_hyphenate(start, trailing);
    std::size_t i = start;
    while (i < trailing) {
      if (is_space(text[i])) {
        push_glue(i, false);
        while (i < trailing && is_space(text[i])) ++i;
        continue;
      }
      std::size_t word_end = i;
      while (word_end < trailing && !is_space(text[word_end])) ++word_end;
      add_word(i, word_end, hyphenate);
      i = word_end;
    }
    const std::uint32_t span = span_at(start);
    if (forced) {
      push_penalty(span, content_end, 0, penalty_forced, false, false);
    } else if (trailing < content_end) {
      if (!last) push_glue(trailing, true);  // spaces ending the paragraph are dropped, as TeX drops them
    } else if (!last && trailing > start) {
      // A line may end here without a space: after a hyphen or a dash (the line then counts as hyphenated), a slash.
      const bool dash = ends_with_dash(text.substr(start, trailing - start));
      push_penalty(span_at(trailing - 1), trailing, 0, dash ? options_.costs.explicit_hyphen : 0, dash, false);
    }
  }

  // ---- the last resort ----

  /// Runs no line may end inside that are wider than the narrowest line cannot be set at all: their boxes are cut
  /// between characters (grapheme clusters, never inside one), their ties become breakable, and each is listed.
  void cut_overwide_runs() {
    std::vector<ParagraphItem>& items = out_.items;
    std::vector<ParagraphItem> rebuilt;
    bool any = false;
    std::size_t run_start = 0;  // the first item after the last breakpoint
    double width = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const bool breakpoint = is_breakpoint(items, i);
      if (!breakpoint) {
        if (items[i].kind != ItemKind::penalty) width += items[i].width;
        continue;
      }
      const double line = width + (items[i].kind == ItemKind::penalty ? items[i].width : 0);
      if (line > options_.narrowest_line + 1e-9 && has_box(run_start, i)) {
        if (!any) rebuilt.assign(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(run_start));
        any = true;
        cut_run(run_start, i, line, rebuilt);
      } else if (any) {
        rebuilt.insert(rebuilt.end(), items.begin() + static_cast<std::ptrdiff_t>(run_start),
                       items.begin() + static_cast<std::ptrdiff_t>(i));
      }
      if (any) rebuilt.push_back(items[i]);
      run_start = i + 1;
      width = 0;
    }
    if (any) items = std::move(rebuilt);
  }

  [[nodiscard]] bool has_box(std::size_t from, std::size_t to) const {
    for (std::size_t i = from; i < to; ++i) {
      if (out_.items[i].kind == ItemKind::box) return true;
    }
    return false;
  }

  void cut_run(std::size_t from, std::size_t to, double width, std::vector<ParagraphItem>& rebuilt) {
    const std::vector<ParagraphItem>& items = out_.items;
    OverwideRun run;
    run.first_item = rebuilt.size();
    run.width = width;
    for (std::size_t i = from; i < to; ++i) {
      const ParagraphItem& item = items[i];
      if (item.kind == ItemKind::glue) {
        ParagraphItem glue = item;
        glue.breakable = true;
        rebuilt.push_back(glue);
        run.text += ' ';
        continue;
      }
      if (item.kind != ItemKind::box) {
        rebuilt.push_back(item);
        continue;
      }
      const std::string_view text = item_text(out_, item);
      run.text += text;
      if (run.origin.file == 0) run.origin = spans_[item.span].origin;
      if (spans_[item.span].keep_together) run.unbreakable = true;
      std::size_t piece = 0;
      std::vector<std::size_t> boundaries = text::grapheme_boundaries(text);
      boundaries.push_back(text.size());
      for (std::size_t boundary : boundaries) {
        ParagraphItem box = item;
        box.begin = item.begin + static_cast<std::uint32_t>(piece);
        box.end = item.begin + static_cast<std::uint32_t>(boundary);
        box.width = width_of(item.span, text.substr(piece, boundary - piece));
        rebuilt.push_back(box);
        if (boundary < text.size()) {
          ParagraphItem cut;
          cut.kind = ItemKind::penalty;
          cut.span = item.span;
          cut.begin = cut.end = box.end;
          cut.cost = options_.costs.cut;
          cut.cut = true;
          rebuilt.push_back(cut);
        }
        piece = boundary;
      }
    }
    if (run.origin.file == 0 && !spans_.empty()) run.origin = spans_[items[from].span].origin;
    run.end_item = rebuilt.size();
    out_.overwide.push_back(std::move(run));
  }

  const std::vector<compose::Span>& spans_;
  const text::FontMetrics& metrics_;
  const ItemOptions& options_;
  ParagraphItems out_;
  std::vector<std::uint8_t> no_break_before_ = SpareVectors<std::uint8_t>::take();
  std::vector<std::size_t> breaks_;  ///< add_word's, its memory kept from word to word

 public:
  ~Builder() { SpareVectors<std::uint8_t>::give(std::move(no_break_before_)); }
  Builder(const Builder&) = delete;
  Builder& operator=(const Builder&) = delete;
};

}  // namespace

ParagraphItems::~ParagraphItems() {
  SpareVectors<ParagraphItem>::give(std::move(items));
  SpareVectors<std::uint32_t>::give(std::move(span_starts));
}

ParagraphItems build_paragraph_items(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                                     const ItemOptions& options) {
  return Builder(spans, metrics, options).build();
}

}  // namespace naskah::layout::detail
