#include <catch2/catch.hpp>

#include <algorithm>

#include "fake_metrics.hpp"
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

std::size_t spaces_in(const layout::Line& line) {
  std::string t = text_of(line);
  return static_cast<std::size_t>(std::count(t.begin(), t.end(), ' '));
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
    CHECK(lines[i].natural_width <= params.width + 1e-9);
    double filled = lines[i].natural_width + lines[i].word_spacing * static_cast<double>(spaces_in(lines[i]));
    if (i + 1 < lines.size()) {
      CHECK(filled == Approx(params.width).margin(1e-9));
      CHECK(text_of(lines[i]).back() != ' ');
    } else {
      CHECK(lines[i].word_spacing == 0);  // the last line is not stretched
    }
  }
  std::string joined;
  for (const auto& line : lines) joined += (joined.empty() ? "" : " ") + text_of(line);
  CHECK(joined == paragraph);
}

TEST_CASE("a forced break ends a line; centred lines are centred", "[layout][linebreak-layout]") {
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
  for (const auto& line : lines) CHECK(line.natural_width <= 50 + 1e-9);
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
