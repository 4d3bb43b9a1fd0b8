#include <catch2/catch.hpp>

#include "../src/layout/paragraph_layouter.hpp"
#include "layout_fixture.hpp"

// The protocol at its smallest: a paragraph offered regions, what it places in each and where it resumes. Lines of
// 20 pt (layout_fixture.hpp).

using namespace naskah;
using test::paragraph_of_lines;

namespace {

struct RecordedPage final : layout::PageContent {
  std::vector<layout::Item> placed;
  std::vector<std::pair<std::string, double>> anchors;
  std::vector<layout::Item>& items() override { return placed; }
  void anchor(const std::string& id, double y, const std::optional<layout::OutlineEntry>&) override {
    anchors.emplace_back(id, y);
  }
  [[nodiscard]] std::vector<double> baselines() const {
    std::vector<double> found;
    for (const auto& item : placed) found.push_back(std::get<layout::TextRun>(item).baseline);
    return found;
  }
};

const layout::PaginationContext pagination{test::fixed_metrics, nullptr, nullptr};
const layout::FlowContext flow{pagination, 250, 200};

layout::Region region(double top, double room, bool empty = false, layout::Follow follow = {}) {
  return layout::Region{20, 250, top, room, empty, 200, follow};
}

}  // namespace

TEST_CASE("a paragraph places the lines that fit its region and resumes on the next", "[layout][paragraph]") {
  compose::Paragraph p = paragraph_of_lines(5);
  p.anchor = "p";
  layout::detail::ParagraphLayouter layouter(p, flow);
  RecordedPage first;
  layout::Fragment f = layouter.lay_out(region(100, 60), first);
  CHECK(f.height == Approx(60));
  CHECK_FALSE(f.finished);
  CHECK(first.baselines() == std::vector<double>{113, 133, 153});
  CHECK(first.anchors == std::vector<std::pair<std::string, double>>{{"p", 100}});
  RecordedPage second;
  f = layouter.lay_out(region(30, 200, true), second);
  CHECK(f.height == Approx(40));
  CHECK(f.finished);
  CHECK(second.baselines() == std::vector<double>{43, 63});
  CHECK(second.anchors.empty());  // the anchor stands where the paragraph starts
}

TEST_CASE("a paragraph places nothing where it would leave an orphan, but always something on an empty page",
          "[layout][paragraph]") {
  compose::Paragraph p = paragraph_of_lines(5);
  layout::detail::ParagraphLayouter layouter(p, flow);
  RecordedPage page;
  layout::Fragment f = layouter.lay_out(region(100, 30), page);
  CHECK(f.height == 0);
  CHECK_FALSE(f.finished);
  CHECK(page.placed.empty());
  f = layouter.lay_out(region(30, 30, true), page);
  CHECK(f.height == Approx(20));
  CHECK(page.placed.size() == 1);
}

TEST_CASE("a paragraph leaves room for what must follow it, or carries its last lines to it",
          "[layout][paragraph]") {
  compose::Paragraph p = paragraph_of_lines(8);
  layout::detail::ParagraphLayouter layouter(p, flow);
  CHECK(layouter.first_height() == Approx(40));  // its orphans
  CHECK(layouter.whole_height() == Approx(160));
  RecordedPage page;
  // 160 pt of lines and 60 that must follow do not fit in 200: the last two lines go with what follows.
  layout::Fragment f = layouter.lay_out(region(30, 200, true, layout::Follow{60, 2}), page);
  CHECK(f.height == Approx(120));
  CHECK_FALSE(f.finished);
  // With room enough, all of it.
  layout::detail::ParagraphLayouter roomy(p, flow);
  CHECK(roomy.lay_out(region(30, 220, true, layout::Follow{60, 2}), page).finished);
  // Kept whole with what follows (a heading), it moves whole.
  compose::Paragraph heading = paragraph_of_lines(2);
  heading.style.keep_with_next = true;
  layout::detail::ParagraphLayouter kept(heading, flow);
  CHECK(kept.first_height() == Approx(40));
  f = kept.lay_out(region(100, 70, false, layout::Follow{40, layout::Follow::all_lines}), page);
  CHECK(f.height == 0);
  CHECK_FALSE(f.finished);
}

TEST_CASE("a centred title is balanced: its lines alike in length, never a word left under a full line",
          "[layout][paragraph]") {
  // Eleven words of 4 characters (20 pt each at 5 pt a character) in a 250 pt column: filled line by line, ten of
  // them make a first line of 245 pt and the eleventh stands alone under it.
  compose::Paragraph p;
  p.spans = {test::span("AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH IIII JJJJ KKKK")};
  p.style.line_height = 20;
  p.style.align = compose::Align::center;
  p.style.hyphenate = false;
  layout::detail::ParagraphLayouter layouter(p, flow);
  RecordedPage page;
  layouter.lay_out(region(0, 200, true), page);
  REQUIRE(page.placed.size() == 2);
  const auto& first = std::get<layout::TextRun>(page.placed[0]);
  const auto& second = std::get<layout::TextRun>(page.placed[1]);
  // Six words over five: 145 pt and 120 pt, each centred in the column (its middle at 20 + 125).
  CHECK(first.text == "AAAA BBBB CCCC DDDD EEEE FFFF");
  CHECK(second.text == "GGGG HHHH IIII JJJJ KKKK");
  CHECK(first.x + first.width / 2 == Approx(145));
  CHECK(second.x + second.width / 2 == Approx(145));

  // Left-aligned text is filled line by line, as before.
  p.style.align = compose::Align::left;
  layout::detail::ParagraphLayouter left(p, flow);
  RecordedPage filled;
  left.lay_out(region(0, 200, true), filled);
  REQUIRE(filled.placed.size() == 2);
  CHECK(std::get<layout::TextRun>(filled.placed[1]).text == "KKKK");
}
