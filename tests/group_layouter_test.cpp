#include <catch2/catch.hpp>

#include "layout_fixture.hpp"
#include "naskah/layout/paginator.hpp"

// Groups on pages of 10 lines of 20 pt (layout_fixture.hpp): kept whole where they fit, moved whole where they do
// not, broken only when taller than a page; the lines of text they take along.

using namespace naskah;
using test::baselines_of;
using test::line_baseline;
using test::lines_per_page;
using test::paginate;
using test::paragraph_of_lines;
using test::small_page;

namespace {

compose::Group group_of(std::vector<compose::Block> blocks, int keep_with_previous_lines = 0) {
  compose::Group group;
  group.blocks = std::move(blocks);
  group.keep_with_previous_lines = keep_with_previous_lines;
  return group;
}

}  // namespace

TEST_CASE("a group that does not fit below the text moves whole to the next page", "[layout][group]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(7));
  seq.blocks.push_back(group_of({paragraph_of_lines(2, "satu"), paragraph_of_lines(2, "dua")}));
  auto result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{7, 4});
  CHECK(baselines_of(result.pages[1], "satu") == std::vector<double>{line_baseline(0), line_baseline(1)});
  CHECK(baselines_of(result.pages[1], "dua") == std::vector<double>{line_baseline(2), line_baseline(3)});

  // Not kept together, its first paragraph fills the page and the second, which would leave an orphan, moves.
  std::get<compose::Group>(seq.blocks[1]).keep_together = false;
  result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{9, 2});
  CHECK(baselines_of(result.pages[0], "satu") == std::vector<double>{line_baseline(7), line_baseline(8)});
}

TEST_CASE("a group that fits stays where it is", "[layout][group]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(6));
  seq.blocks.push_back(group_of({paragraph_of_lines(2, "satu"), paragraph_of_lines(2, "dua")}, 2));
  auto result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{10});
  CHECK(baselines_of(result.pages[0], "dua") == std::vector<double>{line_baseline(8), line_baseline(9)});
}

TEST_CASE("a group taller than a page is broken like its blocks", "[layout][group]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(3));
  seq.blocks.push_back(group_of({paragraph_of_lines(8, "satu"), paragraph_of_lines(8, "dua")}));
  // It starts where it stands; its first paragraph breaks after 6 lines (7 would leave a widow), the second
  // follows on the next page.
  auto result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{9, 10});
  CHECK(baselines_of(result.pages[0], "satu").front() == Approx(line_baseline(3)));
  CHECK(baselines_of(result.pages[1], "satu") == std::vector<double>{line_baseline(0), line_baseline(1)});
  CHECK(baselines_of(result.pages[1], "dua").front() == Approx(line_baseline(2)));
}

TEST_CASE("a group that moves to the next page takes the last lines of the text before it along", "[layout][group]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(8));
  seq.blocks.push_back(group_of({paragraph_of_lines(3, "tanda")}, 2));
  auto result = paginate(seq);
  REQUIRE(result.pages.size() == 2);
  CHECK(baselines_of(result.pages[0], "kata").size() == 6);
  CHECK(baselines_of(result.pages[1], "kata") == std::vector<double>{line_baseline(0), line_baseline(1)});
  CHECK(baselines_of(result.pages[1], "tanda") ==
        std::vector<double>{line_baseline(2), line_baseline(3), line_baseline(4)});

  // Three lines asked for, three go.
  std::get<compose::Group>(seq.blocks[1]).keep_with_previous_lines = 3;
  result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{5, 6});

  // Without it, the group alone heads the next page.
  std::get<compose::Group>(seq.blocks[1]).keep_with_previous_lines = 0;
  result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{8, 3});
  CHECK(baselines_of(result.pages[1], "tanda").front() == Approx(line_baseline(0)));
}

TEST_CASE("a text too short to leave lines behind goes along whole", "[layout][group]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(5));
  seq.blocks.push_back(paragraph_of_lines(3, "akhir"));
  seq.blocks.push_back(group_of({paragraph_of_lines(3, "tanda")}, 2));
  // Two of the three lines would go with the group, one would stay as an orphan: all three go.
  auto result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{5, 6});
  CHECK(baselines_of(result.pages[1], "akhir").front() == Approx(line_baseline(0)));
}

TEST_CASE("a group kept together is not broken to give its lines to the group after it", "[layout][group]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(group_of({paragraph_of_lines(8)}));
  seq.blocks.push_back(group_of({paragraph_of_lines(5, "tanda")}, 2));
  auto result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{8, 5});
  CHECK(baselines_of(result.pages[1], "tanda").front() == Approx(line_baseline(0)));
}
