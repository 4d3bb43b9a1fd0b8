#include "naskah/layout/line_breaker.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "naskah/text/hyphenator.hpp"
#include "naskah/text/line_breaks.hpp"

namespace naskah::layout {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
// Official documents are rarely hyphenated: a word is split only when the spacing would otherwise be very loose
// (a penalty of 500 outweighs a line whose spaces stretch by about 1.7 times their stretchability).
constexpr double hyphen_penalty = 500;
constexpr double double_hyphen_demerits = 10000;
constexpr double tolerance = 1e-3;  // points

enum class Kind { box, glue, penalty };

/// The paragraph as Knuth & Plass model it: boxes (unbreakable text), glue (a space, where a line may end) and
/// penalties (other places a line may end: after a hyphen or slash, at a hyphenation point, a forced break).
struct Element {
  Kind kind = Kind::box;
  std::size_t span = 0;
  std::string text;     ///< box: its text; glue: " "
  double width = 0;     ///< box/glue: natural width; penalty: the width of the hyphen it adds
  double cost = 0;      ///< penalty: demerits for breaking here
  bool flagged = false; ///< penalty: a hyphen is inserted when breaking here
  bool forced = false;  ///< penalty: the line must end here
};

bool is_space(char c) { return c == ' ' || c == '\t'; }
bool is_newline(char c) { return c == '\n' || c == '\r'; }

class ItemBuilder {
 public:
  ItemBuilder(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics, const LineBreakParams& params)
      : spans_(spans), metrics_(metrics), params_(params) {
    for (const compose::Span& span : spans) {
      span_starts_.push_back(text_.size());
      text_ += span.text;
    }
  }

  std::vector<Element> build() {
    std::vector<text::LineBreakOpportunity> breaks = text::line_break_opportunities(text_);
    std::size_t start = 0;
    for (std::size_t b = 0; b <= breaks.size(); ++b) {
      std::size_t end = b < breaks.size() ? breaks[b].offset : text_.size();
      add_segment(start, end, b == breaks.size());
      start = end;
    }
    items_.push_back(Element{Kind::penalty, 0, "", 0, -infinity, false, true});
    return std::move(items_);
  }

 private:
  double width_of(std::size_t span, std::string_view piece) const {
    const compose::Span& s = spans_[span];
    return text::text_width(metrics_, s.face, s.size, piece);
  }

  std::size_t span_at(std::size_t offset) const {
    auto after = std::upper_bound(span_starts_.begin(), span_starts_.end(), offset);
    return static_cast<std::size_t>(after - span_starts_.begin()) - 1;
  }

  /// Adds the boxes of text_[from, to), split where spans change and at hyphenation points.
  void add_word(std::size_t from, std::size_t to) {
    std::vector<std::size_t> hyphens;
    if (params_.hyphenator != nullptr && to - from >= 5) {
      for (std::size_t h : params_.hyphenator->hyphenation_points(std::string_view(text_).substr(from, to - from))) {
        hyphens.push_back(from + h);
      }
    }
    std::size_t piece_start = from;
    std::size_t next_hyphen = 0;
    while (piece_start < to) {
      std::size_t span = span_at(piece_start);
      std::size_t span_end = span + 1 < span_starts_.size() ? span_starts_[span + 1] : text_.size();
      std::size_t piece_end = std::min(to, span_end);
      while (next_hyphen < hyphens.size() && hyphens[next_hyphen] <= piece_start) ++next_hyphen;
      bool at_hyphen = next_hyphen < hyphens.size() && hyphens[next_hyphen] < piece_end;
      if (at_hyphen) piece_end = hyphens[next_hyphen];
      std::string piece = text_.substr(piece_start, piece_end - piece_start);
      items_.push_back(Element{Kind::box, span, piece, width_of(span, piece)});
      if (at_hyphen) {
        std::size_t hyphen_span = span_at(piece_end - 1);
        items_.push_back(Element{Kind::penalty, hyphen_span, "", width_of(hyphen_span, "-"), hyphen_penalty, true, false});
      }
      piece_start = piece_end;
    }
  }

  void add_segment(std::size_t start, std::size_t end, bool last) {
    std::string_view segment = std::string_view(text_).substr(start, end - start);
    // The segment is a word, then the spaces or the line end after it.
    std::size_t content_end = segment.size();
    bool forced = false;
    while (content_end > 0 && is_newline(segment[content_end - 1])) {
      --content_end;
      forced = true;
    }
    std::size_t spaces_start = content_end;
    while (spaces_start > 0 && is_space(segment[spaces_start - 1])) --spaces_start;
    if (spaces_start > 0) add_word(start, start + spaces_start);
    if (forced) {
      items_.push_back(Element{Kind::penalty, span_at(start), "", 0, -infinity, false, true});
    } else if (spaces_start < content_end) {
      std::size_t span = span_at(start + spaces_start);
      items_.push_back(Element{Kind::glue, span, " ", width_of(span, " ")});
    } else if (!last && spaces_start > 0) {
      // A break without a space: after a hyphen, a slash, a dash.
      items_.push_back(Element{Kind::penalty, span_at(start), "", 0, 0, false, false});
    }
  }

  const std::vector<compose::Span>& spans_;
  const text::FontMetrics& metrics_;
  const LineBreakParams& params_;
  std::string text_;
  std::vector<std::size_t> span_starts_;
  std::vector<Element> items_;
};

/// Cuts boxes wider than the narrowest line between characters, so that every box fits some line. Returns whether
/// it cut any.
bool split_oversized_boxes(std::vector<Element>& items, double max_width, const std::vector<compose::Span>& spans,
                           const text::FontMetrics& metrics) {
  bool cut = false;
  std::vector<Element> out;
  out.reserve(items.size());
  for (Element& item : items) {
    if (item.kind != Kind::box || item.width <= max_width + tolerance) {
      out.push_back(std::move(item));
      continue;
    }
    cut = true;
    const compose::Span& span = spans[item.span];
    std::size_t i = 0;
    std::string piece;
    double piece_width = 0;
    while (i < item.text.size()) {
      std::size_t length = 1;
      while (i + length < item.text.size() && (static_cast<unsigned char>(item.text[i + length]) & 0xC0) == 0x80) ++length;
      std::string_view character = std::string_view(item.text).substr(i, length);
      double w = text::text_width(metrics, span.face, span.size, character);
      if (!piece.empty() && piece_width + w > max_width + tolerance) {
        out.push_back(Element{Kind::box, item.span, piece, piece_width});
        out.push_back(Element{Kind::penalty, item.span, "", 0, 0, false, false});
        piece.clear();
        piece_width = 0;
      }
      piece += character;
      piece_width += w;
      i += length;
    }
    if (!piece.empty()) out.push_back(Element{Kind::box, item.span, piece, piece_width});
  }
  items = std::move(out);
  return cut;
}

bool is_breakpoint(const std::vector<Element>& items, std::size_t i) {
  if (items[i].kind == Kind::penalty) return true;
  return items[i].kind == Kind::glue && i > 0 && items[i - 1].kind == Kind::box;
}

struct Choice {
  double demerits = infinity;
  std::ptrdiff_t previous = -1;  ///< the breakpoint before, -1 for the paragraph's start
  int lines = 0;
};

class Breaker {
 public:
  Breaker(const std::vector<Element>& items, const LineBreakParams& params) : items_(items), params_(params) {
    width_sum_.assign(items.size() + 1, 0);
    glue_count_.assign(items.size() + 1, 0);
    for (std::size_t i = 0; i < items.size(); ++i) {
      bool counts = items[i].kind != Kind::penalty;
      width_sum_[i + 1] = width_sum_[i] + (counts ? items[i].width : 0);
      glue_count_[i + 1] = glue_count_[i] + (items[i].kind == Kind::glue ? 1 : 0);
    }
  }

  /// The chosen breakpoints, in order; the last is the final forced penalty. `total` receives their demerits.
  std::vector<std::size_t> choose(double* total_demerits = nullptr) {
    std::vector<std::size_t> candidates;
    for (std::size_t i = 0; i < items_.size(); ++i) {
      if (is_breakpoint(items_, i)) candidates.push_back(i);
    }
    std::vector<Choice> best(items_.size());
    double widest = std::max(params_.width, params_.width - params_.first_line_indent);
    for (std::size_t c = 0; c < candidates.size(); ++c) {
      std::size_t b = candidates[c];
      // Consider every earlier breakpoint (and the start) whose line to b can fit, nearest first.
      for (std::ptrdiff_t k = static_cast<std::ptrdiff_t>(c) - 1; k >= -1; --k) {
        std::ptrdiff_t a = k < 0 ? -1 : static_cast<std::ptrdiff_t>(candidates[static_cast<std::size_t>(k)]);
        if (a >= 0 && best[static_cast<std::size_t>(a)].demerits == infinity) continue;
        double natural = line_width(a, b);
        if (natural > widest + tolerance) break;
        double line = demerits(a, b, natural);
        if (line == infinity) {
          if (a >= 0 && items_[static_cast<std::size_t>(a)].forced) break;  // nothing before a forced break
          continue;
        }
        double total = (a < 0 ? 0 : best[static_cast<std::size_t>(a)].demerits) + line;
        if (total < best[b].demerits) best[b] = Choice{total, a, (a < 0 ? 0 : best[static_cast<std::size_t>(a)].lines) + 1};
        if (a >= 0 && items_[static_cast<std::size_t>(a)].forced) break;
      }
    }
    if (total_demerits != nullptr) *total_demerits = best.back().demerits;
    std::vector<std::size_t> breaks;
    std::ptrdiff_t at = static_cast<std::ptrdiff_t>(items_.size()) - 1;
    while (at >= 0) {
      breaks.push_back(static_cast<std::size_t>(at));
      at = best[static_cast<std::size_t>(at)].previous;
    }
    std::reverse(breaks.begin(), breaks.end());
    return breaks;
  }

  /// The first item of a line that starts after breakpoint a: discardable glue and penalties are skipped.
  std::size_t line_start(std::ptrdiff_t a) const {
    std::size_t i = a < 0 ? 0 : static_cast<std::size_t>(a) + 1;
    while (i < items_.size() && items_[i].kind != Kind::box && !items_[i].forced) ++i;
    return i;
  }

  double line_width(std::ptrdiff_t a, std::size_t b) const {
    std::size_t start = line_start(a);
    if (start > b) return 0;
    double width = width_sum_[b] - width_sum_[start];
    if (items_[b].kind == Kind::penalty) width += items_[b].width;
    return width;
  }

  int glues(std::ptrdiff_t a, std::size_t b) const {
    std::size_t start = line_start(a);
    return start > b ? 0 : glue_count_[b] - glue_count_[start];
  }

  double measure(std::ptrdiff_t a) const { return a < 0 ? params_.width - params_.first_line_indent : params_.width; }

 private:
  double demerits(std::ptrdiff_t a, std::size_t b, double natural) const {
    double slack = measure(a) - natural;
    if (slack < -tolerance) return infinity;
    const Element& end = items_[b];
    double penalty = end.kind == Kind::penalty && !end.forced ? end.cost : 0;
    double badness = 0;
    if (!end.forced) {
      int spaces = glues(a, b);
      if (params_.align == compose::Align::justify) {
        // Stretch per space relative to a space's width: 1 means spaces twice as wide.
        double stretchable = spaces * 0.5 * std::max(1.0, params_.width / 100.0);
        const double ratio = slack / stretchable;
        badness = spaces == 0 ? 10000 : std::min(10000.0, 100 * ratio * ratio * ratio);
      } else {
        const double ratio = slack / std::max(1.0, measure(a));
        badness = std::min(10000.0, 100 * ratio * ratio * 10);
      }
    }
    double d = (1 + badness) * (1 + badness) + (penalty > 0 ? penalty * penalty : 0);
    if (end.flagged && a >= 0 && items_[static_cast<std::size_t>(a)].flagged) d += double_hyphen_demerits;
    return d;
  }

  const std::vector<Element>& items_;
  const LineBreakParams& params_;
  std::vector<double> width_sum_;
  std::vector<int> glue_count_;
};

Line make_line(const std::vector<Element>& items, const Breaker& breaker, std::ptrdiff_t a, std::size_t b,
               const std::vector<compose::Span>& spans, const text::FontMetrics& metrics, const LineBreakParams& params) {
  Line line;
  const Element& end = items[b];
  line.hyphenated = end.kind == Kind::penalty && end.flagged;
  line.forced_end = end.forced;
  std::size_t start = breaker.line_start(a);
  for (std::size_t i = start; i < b && i < items.size(); ++i) {
    const Element& item = items[i];
    if (item.kind == Kind::penalty) continue;
    const compose::Span& span = spans[item.span];
    bool same_style = !line.fragments.empty() && line.fragments.back().face == span.face &&
                      line.fragments.back().size == span.size && line.fragments.back().underline == span.underline &&
                      line.fragments.back().color == span.color;
    if (!same_style) line.fragments.push_back(LineFragment{"", span.face, span.size, span.underline, span.color, 0, 0});
    line.fragments.back().text += item.text;
    line.fragments.back().width += item.width;
  }
  if (line.hyphenated && !line.fragments.empty()) {
    line.fragments.back().text += "-";
    line.fragments.back().width += end.width;
  }
  double measure = breaker.measure(a);
  line.natural_width = breaker.line_width(a, b);
  double slack = std::max(0.0, measure - line.natural_width);
  int spaces = breaker.glues(a, b);
  switch (params.align) {
    case compose::Align::justify:
      if (!line.forced_end && spaces > 0) line.word_spacing = slack / spaces;
      break;
    case compose::Align::center: line.indent = slack / 2; break;
    case compose::Align::right: line.indent = slack; break;
    case compose::Align::left: break;
  }
  if (a < 0) line.indent += params.first_line_indent;
  double x = 0;
  for (LineFragment& fragment : line.fragments) {
    fragment.x = x;
    auto count = static_cast<double>(std::count(fragment.text.begin(), fragment.text.end(), ' '));
    fragment.width += count * line.word_spacing;
    x += fragment.width;
    line.ascent = std::max(line.ascent, metrics.ascender(fragment.face) * fragment.size / 1000.0);
    line.descent = std::max(line.descent, -metrics.descender(fragment.face) * fragment.size / 1000.0);
  }
  if (line.fragments.empty() && !spans.empty()) {
    line.ascent = metrics.ascender(spans.front().face) * spans.front().size / 1000.0;
    line.descent = -metrics.descender(spans.front().face) * spans.front().size / 1000.0;
  }
  return line;
}

/// Lines chosen with the hyphenation points of `params` (none without a hyphenator); `demerits` receives their
/// total, `cut` whether a word wider than a line had to be cut between characters.
std::vector<Line> break_with(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                             const LineBreakParams& params, double* demerits, bool* cut) {
  std::vector<Element> items = ItemBuilder(spans, metrics, params).build();
  double narrowest = std::min(params.width, params.width - params.first_line_indent);
  *cut = split_oversized_boxes(items, std::max(1.0, narrowest), spans, metrics);
  Breaker breaker(items, params);
  std::vector<Line> lines;
  std::ptrdiff_t previous = -1;
  for (std::size_t b : breaker.choose(demerits)) {
    lines.push_back(make_line(items, breaker, previous, b, spans, metrics, params));
    previous = static_cast<std::ptrdiff_t>(b);
  }
  return lines;
}

}  // namespace

std::vector<Line> break_lines(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                              const LineBreakParams& params) {
  double demerits = 0;
  bool cut = false;
  if (params.hyphenator != nullptr) {
    // First without hyphenation, as TeX does: most paragraphs set well without it. Any line ending in a hyphen
    // costs hyphen_penalty² demerits, so when the unhyphenated lines cost less than that in all, no hyphenated
    // choice could beat them and they are the very lines the full search would find — at a fraction of the cost
    // (no hyphenation points to look up, fewer breakpoints to weigh).
    LineBreakParams without = params;
    without.hyphenator = nullptr;
    std::vector<Line> lines = break_with(spans, metrics, without, &demerits, &cut);
    if (!cut && demerits < hyphen_penalty * hyphen_penalty) return lines;
  }
  return break_with(spans, metrics, params, &demerits, &cut);
}

}  // namespace naskah::layout
