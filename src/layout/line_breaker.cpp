#include "naskah/layout/line_breaker.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include "naskah/layout/layout_problems.hpp"
#include "paragraph_items.hpp"
#include "spare_vectors.hpp"

namespace naskah::layout {
namespace {

using detail::ItemKind;
using detail::ParagraphItem;
using detail::ParagraphItems;
using detail::SpareVectors;

// TeX's parameters (plain TeX's values, TeX: The Program §827–859), in its units: badness 0–10000, demerits.
constexpr double line_penalty = 10;                // \linepenalty: every line costs something, so fewer is better
constexpr double adj_demerits = 10000;             // \adjdemerits: a loose line next to a tight one
// Two hyphenated lines in a row (\doublehyphendemerits) cost as much as another hyphen; the last full line
// hyphenated (\finalhyphendemerits) half that — TeX's proportions to its hyphen penalty, at naskah's.
const double double_hyphen_demerits = detail::PenaltyCosts{}.hyphen * detail::PenaltyCosts{}.hyphen;
const double final_hyphen_demerits = double_hyphen_demerits / 2;
constexpr double inf_bad = 10000;                  // TeX's inf_bad: a line that cannot stretch enough
// Tolerances far looser than plain TeX's 100 and 200: Indonesian words are long (ber-, -kan, -an, compounds), and an
// official text is expected unhyphenated, as a word processor sets it, its spaces as wide as they must be. A
// badness of 3000 lets spaces stretch to about 2.5 times their width before a word is hyphenated; measured on the
// sample plan's 295 justified lines in Liberation Sans 12 pt on F4 with 4-3-3-3 cm margins: 26 end in a hyphen
// (800 and 2000 give 45, TeX's own values more), the widest space is 2.7 times natural.
constexpr double pretolerance = 3000;              // the first pass, without hyphenation
constexpr double tolerance = 8000;                 // the second pass, with hyphenation
constexpr double epsilon = 1e-9;                   // points

enum Fitness { very_loose = 0, loose = 1, decent = 2, tight = 3 };

struct Pass {
  double tolerance = pretolerance;
  bool emergency = false;  ///< add the emergency stretch to every line
};

/// How a line from one breakpoint to another would be set.
struct LineFit {
  double ratio = 0;      ///< adjustment ratio; +infinity when it must stretch and cannot
  double badness = 0;
  bool overfull = false; ///< wider than the measure even with all its shrink
};

/// The paragraph's items and the running sums over them: a line's natural width, stretch and shrink are
/// differences of two sums, so each candidate line costs O(1).
class Sums {
 public:
  explicit Sums(const std::vector<ParagraphItem>& items)
      : items_(items), width_(SpareVectors<double>::take()), stretch_(SpareVectors<double>::take()),
        shrink_(SpareVectors<double>::take()) {
    width_.assign(items.size() + 1, 0);
    stretch_.assign(items.size() + 1, 0);
    shrink_.assign(items.size() + 1, 0);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const bool counts = items[i].kind != ItemKind::penalty;
      width_[i + 1] = width_[i] + (counts ? items[i].width : 0);
      stretch_[i + 1] = stretch_[i] + (items[i].kind == ItemKind::glue ? items[i].stretch : 0);
      shrink_[i + 1] = shrink_[i] + (items[i].kind == ItemKind::glue ? items[i].shrink : 0);
    }
  }

  ~Sums() {
    SpareVectors<double>::give(std::move(width_));
    SpareVectors<double>::give(std::move(stretch_));
    SpareVectors<double>::give(std::move(shrink_));
  }
  Sums(const Sums&) = delete;
  Sums& operator=(const Sums&) = delete;

  /// The first item of the line after breakpoint `a` (-1: the paragraph's start): the glue and penalties a break
  /// leaves behind are discarded, as TeX discards them, up to a box or a forced break.
  [[nodiscard]] std::size_t line_start(std::ptrdiff_t a) const {
    std::size_t i = a < 0 ? 0 : static_cast<std::size_t>(a) + 1;
    while (i < items_.size() && items_[i].kind != ItemKind::box && !items_[i].forced()) ++i;
    return i;
  }

  [[nodiscard]] double width(std::size_t start, std::size_t b) const {
    if (start > b) return 0;
    const double penalty = items_[b].kind == ItemKind::penalty ? items_[b].width : 0;
    return width_[b] - width_[start] + penalty;
  }
  [[nodiscard]] double stretch(std::size_t start, std::size_t b) const {
    return start > b ? 0 : stretch_[b] - stretch_[start];
  }
  [[nodiscard]] double shrink(std::size_t start, std::size_t b) const {
    return start > b ? 0 : shrink_[b] - shrink_[start];
  }

 private:
  const std::vector<ParagraphItem>& items_;
  std::vector<double> width_, stretch_, shrink_;
};

/// A way of setting the paragraph up to a breakpoint: TeX's active (and passive) nodes in one.
struct Node {
  std::ptrdiff_t position = -1;  ///< the breakpoint's item, -1 for the paragraph's start
  Fitness fitness = decent;      ///< of the line ending here (the start counts as decent, as in TeX)
  double demerits = 0;           ///< of the best way here
  std::ptrdiff_t previous = -1;  ///< the node of the line before
  bool hyphenated = false;       ///< the line ending here ends with a hyphen
};

class Breaker {
 public:
  Breaker(const ParagraphItems& paragraph, const LineBreakParams& params, double em)
      : items_(paragraph.items), sums_(paragraph.items), params_(params) {
    ragged_ = params.align != compose::Align::justify;
    // Ragged lines keep their spaces natural; a stretchable margin takes the slack (TeX's \rightskip), wide
    // enough that narrow columns are not forced into hyphens to look even.
    margin_stretch_ = ragged_ ? std::max(3 * em, params.width / 3) : 0;
    emergency_stretch_ = std::max(3 * em, params.width / 10);
    // A node or two per breakpoint, a few active at once: room for most paragraphs, not grown push by push.
    nodes_ = SpareVectors<Node>::take();
    nodes_.reserve(items_.size() / 2 + 2);
    active_ = SpareVectors<std::size_t>::take();
    active_.reserve(16);
  }
  ~Breaker() {
    SpareVectors<Node>::give(std::move(nodes_));
    SpareVectors<std::size_t>::give(std::move(active_));
  }
  Breaker(const Breaker&) = delete;
  Breaker& operator=(const Breaker&) = delete;

  /// The chosen breakpoints in order, the last being the paragraph's end; nothing when the pass finds no way.
  std::optional<std::vector<std::size_t>> choose(const Pass& pass) {
    nodes_.clear();
    active_.clear();
    nodes_.push_back(Node{});
    active_.push_back(0);
    for (std::size_t b = 0; b < items_.size(); ++b) {
      if (!detail::is_breakpoint(items_, b)) continue;
      try_break(b, pass);
      if (active_.empty()) return std::nullopt;
    }
    // The last item is the forced end: every node now active ends there.
    std::ptrdiff_t best = -1;
    for (std::size_t k : active_) {
      if (nodes_[k].position != static_cast<std::ptrdiff_t>(items_.size()) - 1) continue;
      if (best < 0 || nodes_[k].demerits < nodes_[static_cast<std::size_t>(best)].demerits) {
        best = static_cast<std::ptrdiff_t>(k);
      }
    }
    if (best < 0) return std::nullopt;
    std::vector<std::size_t> breaks;
    for (std::ptrdiff_t k = best; k > 0; k = nodes_[static_cast<std::size_t>(k)].previous) {
      breaks.push_back(static_cast<std::size_t>(nodes_[static_cast<std::size_t>(k)].position));
    }
    std::reverse(breaks.begin(), breaks.end());
    return breaks;
  }

  [[nodiscard]] const Sums& sums() const { return sums_; }
  [[nodiscard]] double measure(std::ptrdiff_t a) const {
    return a < 0 ? params_.width - params_.first_line_indent : params_.width;
  }
  [[nodiscard]] bool ragged() const { return ragged_; }

 private:
  /// TeX's try_break (§829): every active node is weighed as the start of a line ending at b; the best way to b in
  /// each fitness class becomes an active node; nodes whose line to b is already too wide (or that a forced break
  /// passes) can start no later line and leave the active list.
  void try_break(std::size_t b, const Pass& pass) {
    const ParagraphItem& end = items_[b];
    const bool forced = end.forced();
    std::array<double, 4> best_demerits;
    best_demerits.fill(std::numeric_limits<double>::infinity());
    std::array<std::ptrdiff_t, 4> best_from{-1, -1, -1, -1};
    std::size_t kept = 0;
    for (std::size_t k : active_) {
      const Node& a = nodes_[k];
      const LineFit fit = fit_line(a.position, b, forced, pass);
      const bool deactivate = fit.overfull || forced;
      if (!fit.overfull && fit.badness <= pass.tolerance) {
        const Fitness fitness = fitness_of(fit);
        double d = demerits(fit.badness, end);
        // Two hyphenated lines in a row; or the last line of the paragraph after a hyphenated one (TeX counts the
        // paragraph's end as a hyphenated break for this).
        if (a.hyphenated && forced) d += final_hyphen_demerits;
        if (a.hyphenated && end.flagged) d += double_hyphen_demerits;
        if (std::abs(static_cast<int>(fitness) - static_cast<int>(a.fitness)) > 1) d += adj_demerits;
        const double total = a.demerits + d;
        if (total < best_demerits[fitness]) {
          best_demerits[fitness] = total;
          best_from[fitness] = static_cast<std::ptrdiff_t>(k);
        }
      }
      if (!deactivate) active_[kept++] = k;
    }
    active_.resize(kept);
    const double least = *std::min_element(best_demerits.begin(), best_demerits.end());
    if (least == std::numeric_limits<double>::infinity()) return;
    for (int f = 0; f < 4; ++f) {
      if (best_from[f] < 0 || best_demerits[f] > least + adj_demerits) continue;
      Node node;
      node.position = static_cast<std::ptrdiff_t>(b);
      node.fitness = static_cast<Fitness>(f);
      node.demerits = best_demerits[f];
      node.previous = best_from[f];
      node.hyphenated = end.flagged;
      active_.push_back(nodes_.size());
      nodes_.push_back(node);
    }
  }

  LineFit fit_line(std::ptrdiff_t a, std::size_t b, bool forced, const Pass& pass) const {
    const std::size_t start = sums_.line_start(a);
    const double width = sums_.width(start, b);
    double stretch = ragged_ ? margin_stretch_ : sums_.stretch(start, b);
    const double shrink = ragged_ ? 0 : sums_.shrink(start, b);
    if (pass.emergency) stretch += emergency_stretch_;
    const double shortfall = measure(a) - width;
    LineFit fit;
    if (shortfall > epsilon) {
      if (forced) return fit;  // the last line of a paragraph (or before '\n') may be as short as it likes
      if (stretch <= epsilon) {
        fit.ratio = std::numeric_limits<double>::infinity();
        fit.badness = inf_bad;
        return fit;
      }
      fit.ratio = shortfall / stretch;
    } else if (shortfall < -epsilon) {
      if (shrink <= epsilon || -shortfall > shrink + epsilon) {
        fit.overfull = true;
        return fit;
      }
      fit.ratio = shortfall / shrink;
    }
    fit.badness = std::min(inf_bad, 100 * std::abs(fit.ratio * fit.ratio * fit.ratio));
    return fit;
  }

  static Fitness fitness_of(const LineFit& fit) {
    if (fit.badness > 99 && fit.ratio > 0) return very_loose;
    if (fit.badness > 12) return fit.ratio > 0 ? loose : tight;
    return decent;
  }

  /// TeX §859: (l + b)² plus the square of a positive penalty, minus that of a negative one that is not forced.
  static double demerits(double badness, const ParagraphItem& end) {
    double d = line_penalty + badness;
    d = d * d;
    if (end.kind == ItemKind::penalty && !end.forced()) d += end.cost >= 0 ? end.cost * end.cost : -end.cost * end.cost;
    return d;
  }

  const std::vector<ParagraphItem>& items_;
  Sums sums_;
  const LineBreakParams& params_;
  bool ragged_ = false;
  double margin_stretch_ = 0;
  double emergency_stretch_ = 0;
  std::vector<Node> nodes_;
  std::vector<std::size_t> active_;
};

/// The line from breakpoint a to b as fragments of one style each, its spaces set to fill the measure when
/// justified, aligned otherwise.
Line make_line(const ParagraphItems& paragraph, const Breaker& breaker, std::ptrdiff_t a, std::size_t b,
               const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
               const LineBreakParams& params) {
  const std::vector<ParagraphItem>& items = paragraph.items;
  const Sums& sums = breaker.sums();
  const ParagraphItem& end = items[b];
  const std::size_t start = sums.line_start(a);
  const double measure = breaker.measure(a);
  Line line;
  line.hyphenated = end.inserts_hyphen;
  line.forced_end = end.forced();
  line.natural_width = sums.width(start, b);

  // The spaces' adjustment: stretched to fill a justified line, shrunk wherever a line is set tighter than natural.
  const double shortfall = measure - line.natural_width;
  double ratio = 0;
  if (shortfall < -epsilon && sums.shrink(start, b) > epsilon) {
    ratio = std::max(-1.0, shortfall / sums.shrink(start, b));
  } else if (shortfall > epsilon && !breaker.ragged() && !line.forced_end && sums.stretch(start, b) > epsilon) {
    ratio = shortfall / sums.stretch(start, b);
  }
  line.ratio = ratio;

  auto style_of = [&](std::uint32_t span) -> const compose::Span& { return spans[span]; };
  for (std::size_t i = start; i < b && i < items.size(); ++i) {
    const ParagraphItem& item = items[i];
    if (item.kind == ItemKind::penalty) continue;
    const compose::Span& span = style_of(item.span);
    const bool same_style = !line.fragments.empty() && line.fragments.back().face == span.face &&
                            line.fragments.back().size == span.size &&
                            line.fragments.back().underline == span.underline &&
                            line.fragments.back().color == span.color;
    if (!same_style) line.fragments.push_back(LineFragment{"", span.face, span.size, span.underline, span.color, 0, 0, 0});
    LineFragment& fragment = line.fragments.back();
    if (item.kind == ItemKind::glue) {
      const double extra = ratio >= 0 ? ratio * item.stretch : ratio * item.shrink;
      fragment.text += ' ';
      fragment.width += item.width + extra;
      fragment.word_spacing = extra;
    } else {
      fragment.text += detail::item_text(paragraph, item);
      fragment.width += item.width;
    }
  }
  if (line.hyphenated && !line.fragments.empty()) {
    line.fragments.back().text += "-";
    line.fragments.back().width += end.width;
  }
  double x = 0;
  for (LineFragment& fragment : line.fragments) {
    fragment.x = x;
    x += fragment.width;
    if (line.word_spacing == 0 && fragment.word_spacing != 0) line.word_spacing = fragment.word_spacing;
    line.ascent = std::max(line.ascent, metrics.ascender(fragment.face) * fragment.size / 1000.0);
    line.descent = std::max(line.descent, -metrics.descender(fragment.face) * fragment.size / 1000.0);
  }
  const double slack = std::max(0.0, measure - x);
  switch (params.align) {
    case compose::Align::center: line.indent = slack / 2; break;
    case compose::Align::right: line.indent = slack; break;
    case compose::Align::justify:
    case compose::Align::left: break;
  }
  if (a < 0) line.indent += params.first_line_indent;
  if (line.fragments.empty() && !spans.empty()) {
    line.ascent = metrics.ascender(spans.front().face) * spans.front().size / 1000.0;
    line.descent = -metrics.descender(spans.front().face) * spans.front().size / 1000.0;
  }
  return line;
}

std::vector<Line> set_lines(const ParagraphItems& paragraph, const Breaker& breaker,
                            const std::vector<std::size_t>& breaks, const std::vector<compose::Span>& spans,
                            const text::FontMetrics& metrics, const LineBreakParams& params) {
  std::vector<Line> lines;
  lines.reserve(breaks.size());
  std::ptrdiff_t previous = -1;
  for (std::size_t b : breaks) {
    lines.push_back(make_line(paragraph, breaker, previous, b, spans, metrics, params));
    previous = static_cast<std::ptrdiff_t>(b);
  }
  return lines;
}

/// Reports the runs the chosen lines cut between two characters, and the unbreakable ones broken anywhere. (A run
/// too wide for a line that could be broken at one of its ties instead — "3 Rekomendasi" in a narrow column — is
/// set without a word; a name with its degrees is not.)
void report_cuts(const ParagraphItems& paragraph, const std::vector<std::size_t>& breaks, double narrowest,
                 const LineBreakParams& params) {
  if (params.problems == nullptr || paragraph.overwide.empty()) return;
  std::size_t run = 0;
  std::size_t reported = paragraph.overwide.size();  // once per run, however many times it is cut
  for (std::size_t b : breaks) {
    while (run < paragraph.overwide.size() && paragraph.overwide[run].end_item <= b) ++run;
    if (run == paragraph.overwide.size()) break;
    const bool inside = paragraph.overwide[run].first_item <= b;
    if (!inside || run == reported || !(paragraph.items[b].cut || paragraph.overwide[run].unbreakable)) continue;
    const detail::OverwideRun& cut = paragraph.overwide[run];
    params.problems->overfull(OverfullRun{cut.origin, cut.text, cut.width, narrowest, paragraph.items[b].cut});
    reported = run;
  }
}

}  // namespace

std::vector<Line> break_lines(const std::vector<compose::Span>& spans, const text::FontMetrics& metrics,
                              const LineBreakParams& params) {
  const double narrowest = std::max(1.0, std::min(params.width, params.width - params.first_line_indent));
  const double em = spans.empty() ? 12 : spans.front().size;
  detail::ItemOptions options;
  options.narrowest_line = narrowest;

  // First without hyphenation, as TeX does: most paragraphs set well without it — unless a word is too wide for
  // any line, which its hyphenation points may yet save.
  ParagraphItems plain = detail::build_paragraph_items(spans, metrics, options);
  {
    Breaker breaker(plain, params, em);
    if (plain.overwide.empty()) {
      if (auto breaks = breaker.choose(Pass{pretolerance, false})) {
        return set_lines(plain, breaker, *breaks, spans, metrics, params);
      }
    }
  }
  // Then with hyphenation, and codes allowed to end a line after a dot.
  std::optional<ParagraphItems> hyphenated;
  const bool codes = std::any_of(spans.begin(), spans.end(), [](const compose::Span& s) { return s.code; });
  if (params.hyphenator != nullptr || codes) {
    options.hyphenator = params.hyphenator;
    options.break_codes = true;
    hyphenated = detail::build_paragraph_items(spans, metrics, options);
  }
  const ParagraphItems& paragraph = hyphenated ? *hyphenated : plain;
  Breaker breaker(paragraph, params, em);
  auto breaks = breaker.choose(Pass{tolerance, false});
  // The emergency pass: every line may stretch by the emergency stretch more, and any badness is accepted. It
  // always succeeds, since every run that no line could hold has been cut to fit.
  if (!breaks) breaks = breaker.choose(Pass{std::numeric_limits<double>::infinity(), true});
  if (!breaks) return {Line{}};  // unreachable: the emergency pass accepts any line that fits
  report_cuts(paragraph, *breaks, narrowest, params);
  return set_lines(paragraph, breaker, *breaks, spans, metrics, params);
}

}  // namespace naskah::layout
