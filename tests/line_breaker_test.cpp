#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include "fake_metrics.hpp"
#include "naskah/layout/layout_problems.hpp"
#include "naskah/layout/line_breaker.hpp"
#include "naskah/text/hyphenator.hpp"

using namespace naskah;

namespace {

const test::FixedWidthMetrics metrics;

std::vector<compose::Span> spans(const std::string& text) { return {test::span(text)}; }

std::string text_of(const layout::Line& line) {
  std::string out;
  for (const auto& f : line.fragments) out += f.text;
  return out;
}

/// The width the line is drawn at: its fragments with their word spacing.
double set_width(const layout::Line& line) {
  return line.fragments.empty() ? 0 : line.fragments.back().x + line.fragments.back().width;
}

/// Ragged text reporting what it cuts into `problems`.
layout::LineBreakParams ragged(layout::LayoutProblems& problems) {
  layout::LineBreakParams params;
  params.align = compose::Align::left;
  params.problems = &problems;
  return params;
}

}  // namespace

TEST_CASE("lines never exceed the measure, and justified lines fill it exactly", "[layout][linebreak-layout]") {
  std::string paragraph =
      "Rencana Kinerja Tahunan ini merupakan pedoman dan pengendali pembangunan daerah di bidang pengawasan atau "
      "sebagai arah dalam pencapaian visi dan misi yang dipakai sebagai acuan dalam pelaksanaan program dan kegiatan.";
  layout::LineBreakParams params;
  params.width = 203;  // 40 characters of 5 pt, and a little
  params.align = compose::Align::justify;
  auto lines = layout::break_lines(spans(paragraph), metrics, params);
  REQUIRE(lines.size() >= 5);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    INFO("line " << i << ": '" << text_of(lines[i]) << "'");
    CHECK(set_width(lines[i]) <= params.width + 1e-9);
    if (i + 1 < lines.size()) {
      CHECK(set_width(lines[i]) == Approx(params.width).margin(1e-9));
      CHECK(text_of(lines[i]).back() != ' ');
      CHECK(lines[i].ratio >= -1);
    } else {
      CHECK(lines[i].word_spacing == 0);  // the last line is not stretched
    }
  }
  std::string joined;
  for (const auto& line : lines) joined += (joined.empty() ? "" : " ") + text_of(line);
  CHECK(joined == paragraph);
}

TEST_CASE("spaces stretch and shrink by their font's measure, not the line's", "[layout][linebreak-layout]") {
  // An 8 pt cell 100 pt wide: a space is 4 pt, stretching by 2 pt and shrinking by 1.33 pt per unit of ratio.
  auto hyphenator = text::Hyphenator::indonesian();
  layout::LineBreakParams params;
  params.width = 100;
  params.align = compose::Align::justify;
  const std::vector<compose::Span> text = {test::span(
      "Persentase Rata-Rata Kinerja Pelayanan Administrasi Perkantoran Terpenuhi pada Sekretariat DPRD", 8)};
  auto lines = layout::break_lines(text, metrics, params);
  REQUIRE(lines.size() >= 3);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    INFO("line " << i << ": '" << text_of(lines[i]) << "'");
    const double expected = lines[i].ratio >= 0 ? lines[i].ratio * 2.0 : lines[i].ratio * 4.0 / 3.0;
    for (const auto& fragment : lines[i].fragments) {
      if (fragment.text.find(' ') != std::string::npos) CHECK(fragment.word_spacing == Approx(expected));
    }
  }
  // Such spaces are seen as the bad lines they are: with hyphenation at hand, the breaker hyphenates instead of
  // setting them (the old rule, stretch from the line's width, gave 40–56 pt spaces here).
  params.hyphenator = hyphenator.get();
  lines = layout::break_lines(text, metrics, params);
  CHECK(std::any_of(lines.begin(), lines.end(), [](const auto& l) { return l.hyphenated; }));
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    INFO("line " << i << ": '" << text_of(lines[i]) << "'");
    CHECK(4 + lines[i].word_spacing <= 16);
  }
}

TEST_CASE("the optimum fit sets a paragraph more evenly than filling each line in turn", "[layout][linebreak-layout]") {
  // The paragraph of Knuth & Plass's paper, at a measure where filling line by line leaves one line very loose and
  // the total-fit algorithm spreads the slack: a greedy breaker (or any that looks at one line at a time) fails.
  const std::string paragraph =
      "In olden times when wishing still helped one, there lived a king whose daughters were all beautiful; and "
      "the youngest was so beautiful that the sun itself, which has seen so much, was astonished whenever it "
      "shone in her face. Close by the king's castle lay a great dark forest, and under an old lime-tree in the "
      "forest was a well, and when the day was very warm, the king's child went out into the forest and sat down "
      "by the side of the cool fountain; and when she was bored she took a golden ball, and threw it up on high "
      "and caught it; and this ball was her favorite plaything.";
  layout::LineBreakParams params;
  params.width = 196;  // 39 characters of 5 pt and a point
  params.align = compose::Align::justify;
  const auto lines = layout::break_lines(spans(paragraph), metrics, params);

  // First fit, with the same spaces (5 pt, stretching by 2.5 and shrinking by 1.67): as many words as fit at
  // their shrunk width, then the next line.
  std::vector<std::string> words;
  for (std::size_t at = 0; at < paragraph.size();) {
    std::size_t next = paragraph.find(' ', at);
    if (next == std::string::npos) next = paragraph.size();
    words.push_back(paragraph.substr(at, next - at));
    at = next + 1;
  }
  std::vector<double> greedy_ratios;
  for (std::size_t w = 0; w < words.size();) {
    double natural = 5.0 * static_cast<double>(words[w].size());
    std::size_t spaces = 0;
    std::size_t end = w + 1;
    while (end < words.size()) {
      const double wider = natural + 5 + 5.0 * static_cast<double>(words[end].size());
      if (wider - static_cast<double>(spaces + 1) * 5 / 3 > params.width) break;
      natural = wider;
      ++spaces;
      ++end;
    }
    if (end < words.size()) {
      const double slack = params.width - natural;
      greedy_ratios.push_back(slack >= 0 ? slack / (2.5 * static_cast<double>(spaces))
                                         : slack / (5.0 / 3 * static_cast<double>(spaces)));
    }
    w = end;
  }
  auto worst = [](const std::vector<double>& ratios) {
    double m = 0;
    for (double r : ratios) m = std::max(m, std::abs(r));
    return m;
  };
  auto badness = [](const std::vector<double>& ratios) {
    double b = 0;
    for (double r : ratios) b += 100 * std::abs(r * r * r);
    return b;
  };
  std::vector<double> optimum_ratios;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) optimum_ratios.push_back(lines[i].ratio);
  INFO("first fit: worst " << worst(greedy_ratios) << ", badness " << badness(greedy_ratios));
  INFO("optimum: worst " << worst(optimum_ratios) << ", badness " << badness(optimum_ratios));
  CHECK(worst(optimum_ratios) < worst(greedy_ratios));
  CHECK(badness(optimum_ratios) < badness(greedy_ratios) / 2);
  // And these are the lines (a change of the algorithm shows here first).
  CHECK(text_of(lines[0]) == "In olden times when wishing still helped");
  CHECK(text_of(lines[1]) == "one, there lived a king whose daughters");
}

TEST_CASE("runs that are one figure never break: amounts, Rp with its amount, numbers with their unit",
          "[layout][linebreak-layout]") {
  layout::LineBreakParams params;
  params.align = compose::Align::left;
  SECTION("Rp and its amount go to the next line together") {
    params.width = 150;  // 30 characters
    auto lines = layout::break_lines(spans("dengan total anggaran Rp 77.474.955.000 untuk"), metrics, params);
    REQUIRE(lines.size() == 2);
    CHECK(text_of(lines[0]) == "dengan total anggaran");
    CHECK(text_of(lines[1]) == "Rp 77.474.955.000 untuk");
  }
  SECTION("a number keeps its unit, a date its month and year") {
    params.width = 75;  // 15 characters
    auto lines = layout::break_lines(spans("target 42 Kelompok pada 02 Januari 2024"), metrics, params);
    std::vector<std::string> texts;
    for (const auto& line : lines) texts.push_back(text_of(line));
    CHECK(texts == std::vector<std::string>{"target", "42 Kelompok", "pada", "02 Januari 2024"});
  }
  SECTION("a span marked as one run is never broken inside, though it has spaces") {
    params.width = 110;  // 22 characters
    compose::Span name = test::span("Dr. MOH. RIZAL LAHADJI, M.Pd.");
    name.keep_together = true;  // 29 characters: wider than the line
    params.width = 150;
    auto lines = layout::break_lines({test::span("oleh "), name}, metrics, params);
    REQUIRE(lines.size() == 2);
    CHECK(text_of(lines[0]) == "oleh");
    CHECK(text_of(lines[1]) == "Dr. MOH. RIZAL LAHADJI, M.Pd.");
  }
}

TEST_CASE("a kode wider than its line ends a line after a dot, with no hyphen and no warning, only then",
          "[layout][linebreak-layout]") {
  layout::LayoutProblems problems;
  layout::LineBreakParams params = ragged(problems);
  compose::Span kode = test::span("1.01.02.2.01.0001");  // 17 characters, 85 pt
  kode.keep_together = kode.code = true;
  SECTION("too narrow: broken at dots") {
    params.width = 50;
    auto lines = layout::break_lines({kode}, metrics, params);
    REQUIRE(lines.size() == 2);
    CHECK(text_of(lines[0]).back() == '.');
    CHECK(text_of(lines[0]) + text_of(lines[1]) == "1.01.02.2.01.0001");
    for (const auto& line : lines) CHECK(set_width(line) <= 50 + 1e-9);
    CHECK(problems.overfull_runs().empty());
  }
  SECTION("wide enough: whole") {
    params.width = 90;
    auto lines = layout::break_lines({kode}, metrics, params);
    REQUIRE(lines.size() == 1);
    CHECK(text_of(lines[0]) == "1.01.02.2.01.0001");
  }
  SECTION("a figure that is no kode is cut where it must, and reported") {
    kode.code = false;
    params.width = 50;
    auto lines = layout::break_lines({kode}, metrics, params);
    REQUIRE(lines.size() == 2);
    CHECK(text_of(lines[0]) == "1.01.02.2.");
    CHECK(problems.overfull_runs().size() == 1);
  }
}

TEST_CASE("text no line can hold is cut between characters, stays inside and is reported as overfull",
          "[layout][linebreak-layout]") {
  layout::LayoutProblems problems;
  layout::LineBreakParams params = ragged(problems);
  SECTION("two styled runs with no break between them, together wider than the line") {
    compose::Span regular = test::span("Kabupaten");
    regular.origin = {1, 12, 7};
    compose::Span bold = test::span("LuwuTimur", 10, {0, true, false});
    bold.origin = {1, 12, 20};
    params.width = 50;  // 10 characters; the two runs make 18
    auto lines = layout::break_lines({regular, bold}, metrics, params);
    REQUIRE(lines.size() == 2);
    for (const auto& line : lines) CHECK(set_width(line) <= 50 + 1e-9);
    CHECK(text_of(lines[0]) + text_of(lines[1]) == "KabupatenLuwuTimur");
    REQUIRE(problems.overfull_runs().size() == 1);
    CHECK(problems.overfull_runs()[0].text == "KabupatenLuwuTimur");
    CHECK(problems.overfull_runs()[0].origin == compose::TextOrigin{1, 12, 7});
    CHECK(problems.overfull_runs()[0].width == Approx(90));
    CHECK(problems.overfull_runs()[0].measure == Approx(50));
  }
  SECTION("an amount wider than its column") {
    params.width = 40;  // 8 characters; the amount has 15
    auto lines = layout::break_lines(spans("198.456.321.500"), metrics, params);
    REQUIRE(lines.size() == 2);
    CHECK(text_of(lines[0]) == "198.456.");
    REQUIRE(problems.overfull_runs().size() == 1);
  }
  SECTION("a cut never separates a character's bytes or a letter from its accent") {
    params.width = 20;  // 4 characters
    // "é" precomposed (2 bytes) and "e" + COMBINING ACUTE (3 bytes): 1 character wide each in the fake font, which
    // gives every code point 5 pt, so the combining sequence is 10 pt of one cluster.
    auto lines = layout::break_lines(spans("abc\xC3\xA9" "de\xCC\x81" "fgh"), metrics, params);
    std::string rebuilt;
    for (const auto& line : lines) {
      const std::string t = text_of(line);
      CHECK(set_width(line) <= 20 + 1e-9);
      // Whole code points, and no line starts with the combining accent.
      CHECK((static_cast<unsigned char>(t.front()) & 0xC0) != 0x80);
      CHECK(t.rfind("\xCC\x81", 0) != 0);
      rebuilt += t;
    }
    CHECK(rebuilt == "abc\xC3\xA9" "de\xCC\x81" "fgh");
    CHECK(problems.overfull_runs().size() == 1);
  }
  SECTION("a name that must stand on one line, wider than it: broken at a space, and said to be") {
    compose::Span name = test::span("Dr. Ir. H. ANDI MUHAMMAD RIZAL");  // 30 characters, 150 pt
    name.keep_together = true;
    name.origin = {1, 12, 3};
    params.width = 100;
    auto lines = layout::break_lines({name}, metrics, params);
    REQUIRE(lines.size() == 2);
    CHECK(text_of(lines[0]) == "Dr. Ir. H. ANDI");
    CHECK(text_of(lines[1]) == "MUHAMMAD RIZAL");
    REQUIRE(problems.overfull_runs().size() == 1);
    CHECK_FALSE(problems.overfull_runs()[0].letters_cut);
  }
  SECTION("a paragraph that fits reports nothing") {
    params.width = 200;
    layout::break_lines(spans("Rencana Kinerja Tahunan"), metrics, params);
    CHECK(problems.overfull_runs().empty());
  }
}

TEST_CASE("hyphenation is used sparingly: only where spacing would otherwise be very loose",
          "[layout][linebreak-layout]") {
  auto hyphenator = text::Hyphenator::indonesian();
  layout::LineBreakParams params;
  params.align = compose::Align::justify;
  params.hyphenator = hyphenator.get();
  params.width = 300;  // 60 characters: a body line
  const std::string paragraph =
      "Dewan Perwakilan Rakyat Daerah dalam kedudukannya mempunyai hak dan kewajiban, serta tugas dan wewenang "
      "yang semakin meningkat. Oleh karena itu keberadaan Sekretariat Dewan Perwakilan Rakyat Daerah sangat "
      "penting dalam menunjang pelaksanaan tugas dan wewenang serta hak dan kewajiban Dewan Perwakilan Rakyat "
      "Daerah, unsur penyelenggaraan Pemerintahan Daerah adalah Kepala Daerah beserta Perangkat Daerah.";
  auto lines = layout::break_lines(spans(paragraph), metrics, params);
  const auto hyphenated = std::count_if(lines.begin(), lines.end(), [](const auto& l) { return l.hyphenated; });
  CHECK(hyphenated == 0);
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) CHECK(lines[i].ratio <= 2.7);
  // In a column of 12 characters the same text cannot do without.
  params.width = 60;
  params.align = compose::Align::left;
  lines = layout::break_lines(spans("Kesekretariatan Pertanggungjawaban"), metrics, params);
  CHECK(std::any_of(lines.begin(), lines.end(), [](const auto& l) { return l.hyphenated; }));
}

TEST_CASE("a forced break ends a line, centred lines are centred", "[layout][linebreak-layout]") {
  layout::LineBreakParams params;
  params.width = 100;
  params.align = compose::Align::center;
  auto lines = layout::break_lines(spans("BAB I\nPENDAHULUAN"), metrics, params);
  REQUIRE(lines.size() == 2);
  CHECK(text_of(lines[0]) == "BAB I");
  CHECK(lines[0].indent == Approx((100 - 25) / 2.0));
  CHECK(text_of(lines[1]) == "PENDAHULUAN");
  CHECK(lines[1].indent == Approx((100 - 55) / 2.0));
}

TEST_CASE("a word wider than the measure is cut, never overflows", "[layout][linebreak-layout]") {
  layout::LineBreakParams params;
  params.width = 50;  // 10 characters
  auto lines = layout::break_lines(spans("https://sakip.luwutimurkab.go.id/dokumen/rkt-2024.pdf ok"), metrics, params);
  REQUIRE(lines.size() >= 5);
  for (const auto& line : lines) CHECK(set_width(line) <= 50 + 1e-9);
  CHECK(text_of(lines[0]) == "https://");  // ICU allows a break after "//"
}

TEST_CASE("narrow measures hyphenate Indonesian words at pattern points", "[layout][linebreak-layout]") {
  auto hyphenator = text::Hyphenator::indonesian();
  layout::LineBreakParams params;
  params.width = 60;  // 12 characters
  params.align = compose::Align::left;
  params.hyphenator = hyphenator.get();
  auto lines = layout::break_lines(spans("Pertanggungjawaban Kesekretariatan"), metrics, params);
  bool any_hyphen = std::any_of(lines.begin(), lines.end(), [](const layout::Line& l) { return l.hyphenated; });
  CHECK(any_hyphen);
  for (const auto& line : lines) {
    CHECK(line.natural_width <= 60 + 1e-9);
    if (line.hyphenated) CHECK(text_of(line).back() == '-');
  }
  // Every hyphen stands at one of the patterns' points of its word, and removing them gives the text back.
  std::string rebuilt;
  for (const auto& line : lines) {
    std::string t = text_of(line);
    if (!line.hyphenated) {
      rebuilt += t + " ";
      continue;
    }
    rebuilt += t.substr(0, t.size() - 1);
    std::string tail = rebuilt.substr(rebuilt.rfind(' ') == std::string::npos ? 0 : rebuilt.rfind(' ') + 1);
    std::string word = std::string("Pertanggungjawaban").rfind(tail, 0) == 0 ? "Pertanggungjawaban" : "Kesekretariatan";
    auto points = hyphenator->hyphenation_points(word);
    CHECK(std::find(points.begin(), points.end(), tail.size()) != points.end());
  }
  CHECK(rebuilt == "Pertanggungjawaban Kesekretariatan ");
  // Without a hyphenator the same words are cut between letters instead.
  params.hyphenator = nullptr;
  auto cut = layout::break_lines(spans("Pertanggungjawaban"), metrics, params);
  CHECK(text_of(cut[0]) == "Pertanggungj");
}

TEST_CASE("styled runs stay separate fragments at their positions", "[layout][linebreak-layout]") {
  std::vector<compose::Span> mixed = {test::span("Puji "), test::span("syukur", 10, {0, true, false}),
                                      test::span(" kehadirat")};
  layout::LineBreakParams params;
  params.width = 500;
  params.align = compose::Align::left;
  auto lines = layout::break_lines(mixed, metrics, params);
  REQUIRE(lines.size() == 1);
  REQUIRE(lines[0].fragments.size() == 3);
  CHECK(lines[0].fragments[1].text == "syukur");
  CHECK(lines[0].fragments[1].face.bold);
  CHECK(lines[0].fragments[1].x == Approx(25));
  CHECK(lines[0].fragments[2].x == Approx(55));
}
