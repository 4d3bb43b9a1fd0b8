#include <catch2/catch.hpp>

#include "layout_fixture.hpp"
#include "naskah/layout/paginator.hpp"

// Keep-with-next through the protocol: a heading asks the block after it for the height of its smallest first
// fragment — a table's header and first row, an image, a whole kept-together group — and goes to the next page
// with it when that does not fit below the heading. Pages of 10 lines of 20 pt (layout_fixture.hpp).

using namespace naskah;
using test::line_baseline;
using test::paginate;
using test::paragraph_of_lines;
using test::small_page;

namespace {

compose::Paragraph heading() {
  compose::Paragraph h = paragraph_of_lines(1, "Judul");
  h.style.keep_with_next = true;
  h.anchor = "judul";
  return h;
}

/// A table of one column with a header row and `rows` body rows of one line: 18 pt a row (12 pt lines, 3 pt of
/// padding above and below).
compose::Table table_of_rows(int rows) {
  compose::Table table;
  table.column_widths = {250};
  table.anchor = "tabel";
  auto row = [](const std::string& text) {
    compose::TableRow r;
    compose::TableCell c;
    c.spans = {test::span(text)};
    r.cells.push_back(c);
    return r;
  };
  table.header_rows.push_back(row("Kepala"));
  for (int i = 0; i < rows; ++i) table.body_rows.push_back(row("Baris " + std::to_string(i + 1)));
  return table;
}

double anchor_y(const layout::Page& page, const std::string& id) {
  for (const layout::Item& item : page.items) {
    if (const auto* anchor = std::get_if<layout::Anchor>(&item); anchor && anchor->id == id) return anchor->y;
  }
  FAIL("no anchor " << id);
  return 0;
}

}  // namespace

TEST_CASE("a heading goes to the next page with the table's header and first row", "[layout][flow]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(7));
  seq.blocks.push_back(heading());
  seq.blocks.push_back(table_of_rows(3));
  // 60 pt are left below the text: the heading (20) and the table's 6 pt of space and header and first row (36)
  // do not fit.
  auto result = paginate(seq);
  REQUIRE(result.pages.size() == 2);
  CHECK(result.anchor_pages.at("judul") == 1);
  CHECK(test::baselines_of(result.pages[1], "Judul") == std::vector<double>{line_baseline(0)});
  CHECK(anchor_y(result.pages[1], "tabel") == Approx(30 + 20 + 6));

  // With a line less of text above, they do: heading and table start on the first page, where the table's header
  // and first two rows fit.
  seq.blocks[0] = paragraph_of_lines(6);
  result = paginate(seq);
  REQUIRE(result.pages.size() == 2);
  CHECK(result.anchor_pages.at("judul") == 0);
  CHECK(result.anchor_pages.at("tabel") == 0);
  CHECK(test::baselines_of(result.pages[0], "Judul") == std::vector<double>{line_baseline(6)});
  CHECK(anchor_y(result.pages[0], "tabel") == Approx(30 + 7 * 20 + 6));
}

TEST_CASE("a heading goes to the next page with the image after it", "[layout][flow]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(7));
  seq.blocks.push_back(heading());
  seq.blocks.push_back(compose::ImageBlock{"logo.png", 100, 45, compose::Align::left, 0});
  auto result = paginate(seq);
  REQUIRE(result.pages.size() == 2);
  CHECK(test::lines_per_page(result) == std::vector<std::size_t>{7, 1});
  CHECK(result.anchor_pages.at("judul") == 1);
  const auto& image = std::get<layout::Image>(result.pages[1].items.back());
  CHECK(image.x == Approx(20));
  CHECK(image.y == Approx(30 + 20));
}

TEST_CASE("headings kept with each other go together, through the space between them", "[layout][flow]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(5));
  seq.blocks.push_back(heading());
  seq.blocks.push_back(compose::Spacer{20});
  compose::Paragraph second = heading();
  second.anchor = "sub";
  seq.blocks.push_back(second);
  seq.blocks.push_back(paragraph_of_lines(3, "isi"));
  // Heading, space, heading and the two first lines of the text need 100 pt, 100 are left: they fit. One line
  // more above and all of it moves.
  auto result = paginate(seq);
  CHECK(result.anchor_pages.at("judul") == 0);
  CHECK(result.anchor_pages.at("sub") == 0);
  seq.blocks[0] = paragraph_of_lines(6);
  result = paginate(seq);
  CHECK(result.anchor_pages.at("judul") == 1);
  CHECK(result.anchor_pages.at("sub") == 1);
  CHECK(test::baselines_of(result.pages[1], "Judul") == std::vector<double>{line_baseline(0), line_baseline(2)});
}

TEST_CASE("a heading goes to the next page with a group kept together after it", "[layout][flow]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(6));
  seq.blocks.push_back(heading());
  compose::Group group;
  group.blocks = {paragraph_of_lines(2, "satu"), paragraph_of_lines(2, "dua")};
  seq.blocks.push_back(group);
  // 80 pt are left: the heading and the group's first paragraph would fit, but the group goes whole (80 pt), so
  // the heading goes with it.
  auto result = paginate(seq);
  CHECK(test::lines_per_page(result) == std::vector<std::size_t>{6, 5});
  CHECK(result.anchor_pages.at("judul") == 1);
  CHECK(test::baselines_of(result.pages[1], "satu").front() == Approx(line_baseline(1)));
  // Not kept together, the group starts on the first page below the heading.
  std::get<compose::Group>(seq.blocks[2]).keep_together = false;
  result = paginate(seq);
  CHECK(result.anchor_pages.at("judul") == 0);
  CHECK(test::baselines_of(result.pages[0], "satu") == std::vector<double>{line_baseline(7), line_baseline(8)});
}
