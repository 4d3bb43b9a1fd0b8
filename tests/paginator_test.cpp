#include <catch2/catch.hpp>

#include <map>

#include <algorithm>

#include "layout_fixture.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/layout/org_chart.hpp"
#include "naskah/layout/paginator.hpp"

using namespace naskah;

using test::lines_per_page;
using test::paginate;
using test::paragraph_of_lines;
using test::small_page;

namespace {
const test::FixedWidthMetrics& metrics = test::fixed_metrics;
}  // namespace

TEST_CASE("a paragraph flows over pages", "[layout][paginate]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(25));
  CHECK(lines_per_page(paginate(seq)) == std::vector<std::size_t>{10, 10, 5});
}

TEST_CASE("a single widow line is not left at the top of a page", "[layout][paginate]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(11));
  // 10 would fit, but then 1 line would be alone on page 2: carry 2.
  CHECK(lines_per_page(paginate(seq)) == std::vector<std::size_t>{9, 2});
}

TEST_CASE("a single orphan line is not left at the foot of a page", "[layout][paginate]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(9));
  seq.blocks.push_back(paragraph_of_lines(4));
  // One line of the second paragraph would fit on page 1: move it whole.
  CHECK(lines_per_page(paginate(seq)) == std::vector<std::size_t>{9, 4});
}

TEST_CASE("a heading is kept with the start of what follows it", "[layout][paginate]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(8));
  compose::Paragraph heading = paragraph_of_lines(1, "Judul");
  heading.style.keep_with_next = true;
  heading.anchor = "h";
  seq.blocks.push_back(heading);
  seq.blocks.push_back(paragraph_of_lines(3));
  auto result = paginate(seq);
  CHECK(lines_per_page(result) == std::vector<std::size_t>{8, 4});
  CHECK(result.anchor_pages.at("h") == 1);
}

TEST_CASE("space before a paragraph is dropped at the top of a page, forced breaks start pages", "[layout][paginate]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  compose::Paragraph first = paragraph_of_lines(1);
  first.style.space_before = 100;
  seq.blocks.push_back(first);
  seq.blocks.push_back(compose::PageBreak{});
  seq.blocks.push_back(compose::PageBreak{});  // a second break does not make an empty page
  seq.blocks.push_back(paragraph_of_lines(1));
  auto result = paginate(seq);
  REQUIRE(result.pages.size() == 2);
  const auto& run = std::get<layout::TextRun>(result.pages[0].items.at(0));
  CHECK(run.baseline == Approx(30 + 5 + 8));  // top margin + half leading + ascent
}

TEST_CASE("the table of contents shows the page label of each anchor", "[layout][toc]") {
  compose::Document doc;
  compose::PageSequence front;
  front.page = small_page(10);
  front.numbering = compose::PageNumbering::lower_roman;
  compose::TableOfContents toc;
  toc.style.line_height = 20;
  toc.number_width = 30;
  for (const char* id : {"bab1", "bab2", "bab3"}) toc.entries.push_back(compose::TocEntry{{test::span(id)}, id, 0, true});
  front.blocks.push_back(toc);
  compose::PageSequence body;
  body.page = small_page(10);
  for (int b = 1; b <= 3; ++b) {
    compose::Paragraph heading = paragraph_of_lines(1, "BAB");
    heading.anchor = "bab" + std::to_string(b);
    heading.outline = layout::OutlineEntry{"BAB " + std::to_string(b), heading.anchor, 0};
    body.blocks.push_back(compose::PageBreak{});
    body.blocks.push_back(heading);
    body.blocks.push_back(paragraph_of_lines(b == 1 ? 15 : 3));
  }
  doc.sequences = {front, body};
  auto result = layout::layout_document(doc, metrics, nullptr);
  CHECK(result.passes == 2);
  const auto& pages = result.document.pages;
  REQUIRE(pages.size() == 1 + 4);
  CHECK(pages[0].label == "i");
  CHECK(pages[1].label == "1");
  CHECK(pages[3].label == "3");
  // The TOC's numbers: bab1 on page 1, bab2 on page 3 (bab 1 fills two pages), bab3 on page 4.
  std::vector<std::string> numbers;
  for (const auto& item : pages[0].items) {
    if (const auto* run = std::get_if<layout::TextRun>(&item); run && std::all_of(run->text.begin(), run->text.end(), ::isdigit)) {
      numbers.push_back(run->text);
    }
  }
  CHECK(numbers == std::vector<std::string>{"1", "3", "4"});
  auto links = std::count_if(pages[0].items.begin(), pages[0].items.end(),
                             [](const layout::Item& i) { return std::holds_alternative<layout::Link>(i); });
  CHECK(links == 3);
  REQUIRE(result.document.outline.size() == 3);
  CHECK(result.document.outline[1].title == "BAB 2");
  // The same labels for a writer that paginates on its own (the DOCX's table of contents).
  layout::CollectingSink sink;
  const layout::LayoutSummary summary = layout::layout_document(doc, metrics, nullptr, sink);
  CHECK(summary.anchor_labels == std::map<std::string, std::string>{{"bab1", "1"}, {"bab2", "3"}, {"bab3", "4"}});
}

TEST_CASE("a long entry of the contents goes on under its first word, its label hanging in front", "[layout][toc]") {
  compose::PageSequence front;
  front.page = small_page(10);
  compose::TableOfContents toc;
  toc.style.line_height = 20;
  toc.number_width = 30;
  // 220 pt for the title: 44 characters of 5 pt a line.
  compose::TocEntry entry{{test::span("A. Evaluasi Pelaksanaan Rencana Kinerja Tahunan Perangkat Daerah")}, "a", 0, false};
  entry.label_bytes = 3;
  toc.entries.push_back(entry);
  front.blocks.push_back(toc);
  auto result = paginate(front);
  REQUIRE(result.pages.size() == 1);
  std::vector<double> lefts;
  std::vector<std::string> lines;
  for (const auto& item : result.pages[0].items) {
    if (const auto* run = std::get_if<layout::TextRun>(&item)) {
      lefts.push_back(run->x);
      lines.push_back(run->text);
    }
  }
  REQUIRE(lines.size() == 2);
  CHECK(lines[0] == "A. Evaluasi Pelaksanaan Rencana Kinerja");
  CHECK(lefts[0] == Approx(20));
  CHECK(lefts[1] == Approx(20 + 3 * 5));  // under "Evaluasi", past "A. "
  // The link covers the whole entry, its label too.
  const auto link = std::find_if(result.pages[0].items.begin(), result.pages[0].items.end(),
                                 [](const layout::Item& i) { return std::holds_alternative<layout::Link>(i); });
  REQUIRE(link != result.pages[0].items.end());
  CHECK(std::get<layout::Link>(*link).x == Approx(20));
}

TEST_CASE("portrait and landscape pages, A4 and F4, in one document", "[layout][paginate]") {
  compose::Document doc;
  compose::PageSequence portrait;
  portrait.page.width = 595.276;  // A4
  portrait.page.height = 841.89;
  portrait.blocks.push_back(paragraph_of_lines(2));
  compose::PageSequence landscape;
  landscape.page.width = 935.433;  // F4 (215 × 330 mm) turned
  landscape.page.height = 609.449;
  landscape.numbering = compose::PageNumbering::arabic;
  landscape.restart_numbering = false;
  landscape.blocks.push_back(paragraph_of_lines(2));
  doc.sequences = {portrait, landscape};
  auto result = layout::layout_document(doc, metrics, nullptr);
  REQUIRE(result.document.pages.size() == 2);
  CHECK(result.document.pages[0].width < result.document.pages[0].height);
  CHECK(result.document.pages[1].width == Approx(935.433));
  CHECK(result.document.pages[1].height == Approx(609.449));
  CHECK(result.document.pages[1].label == "2");  // the numbering runs on
}

namespace {

/// Every page handed on, in the order it came: sequence, index, label, and whether it carries the given text.
struct RecordingSink final : layout::PageSink {
  struct Arrival {
    std::size_t sequence;
    std::size_t index;
    std::string label;
  };
  std::vector<Arrival> arrivals;
  void add_page(std::size_t sequence, std::size_t index, layout::Page page) override {
    arrivals.push_back(Arrival{sequence, index, page.label});
  }
  [[nodiscard]] std::vector<std::string> labels_of(std::size_t sequence) const {
    std::vector<std::string> labels;
    for (const Arrival& a : arrivals) {
      if (a.sequence == sequence) labels.push_back(a.label);
    }
    return labels;
  }
};

/// A cover (unnumbered), front matter in roman numerals holding a table of contents of `toc_entries` entries
/// (20 pt each, on pages of 10 lines), and a body of `body_pages` pages, numbered as asked.
compose::Document document_with_toc(int toc_entries, int body_pages, compose::PageNumbering front_numbering) {
  compose::Document doc;
  compose::PageSequence cover;
  cover.page = small_page(10);
  cover.numbering = compose::PageNumbering::none;
  cover.blocks.push_back(paragraph_of_lines(1, "SAMPUL"));
  compose::PageSequence front;
  front.page = small_page(10);
  front.numbering = front_numbering;
  compose::TableOfContents toc;
  toc.style.line_height = 20;
  toc.number_width = 30;
  for (int i = 0; i < toc_entries; ++i) toc.entries.push_back(compose::TocEntry{{test::span("bab")}, "bab1", 0, true});
  front.blocks.push_back(toc);
  compose::PageSequence body;
  body.page = small_page(10);
  body.numbering = compose::PageNumbering::arabic;
  body.restart_numbering = front_numbering != compose::PageNumbering::arabic;
  compose::Paragraph heading = paragraph_of_lines(1, "BAB");
  heading.anchor = "bab1";
  body.blocks.push_back(heading);
  body.blocks.push_back(paragraph_of_lines(body_pages * 10 - 1));
  doc.sequences = {cover, front, body};
  return doc;
}

}  // namespace

TEST_CASE("pages are handed on as soon as their numbers are final, those that wait on the contents come last",
          "[layout][toc]") {
  // The body is numbered apart from the front matter: its pages are final in the first pass and come before
  // the front matter, whose table of contents is laid out again once the body's numbers are known.
  const compose::Document doc = document_with_toc(3, 4, compose::PageNumbering::lower_roman);
  RecordingSink sink;
  const layout::LayoutSummary summary = layout::layout_document(doc, metrics, nullptr, sink);
  CHECK(summary.passes == 2);
  std::vector<std::size_t> order;
  for (const auto& a : sink.arrivals) order.push_back(a.sequence);
  CHECK(order == std::vector<std::size_t>{0, 2, 2, 2, 2, 1});
  CHECK(sink.labels_of(2) == std::vector<std::string>{"1", "2", "3", "4"});
  CHECK(sink.labels_of(1) == std::vector<std::string>{"i"});
  // Within a sequence, pages come in order, each once.
  std::vector<std::size_t> body_indexes;
  for (const auto& a : sink.arrivals) {
    if (a.sequence == 2) body_indexes.push_back(a.index);
  }
  CHECK(body_indexes == std::vector<std::size_t>{0, 1, 2, 3});

  // Kept whole, the same pages come out in document order.
  const layout::LayoutResult kept = layout::layout_document(doc, metrics, nullptr);
  std::vector<std::string> labels;
  for (const auto& page : kept.document.pages) labels.push_back(page.label);
  CHECK(labels == std::vector<std::string>{"", "i", "1", "2", "3", "4"});
}

TEST_CASE("a table of contents counted into the body's numbering holds the body until its length is known",
          "[layout][toc]") {
  // Twelve entries take two pages, numbered 1 and 2: the body's first page is 3, which the first pass could not
  // know, so its pages wait for the contents and come after them.
  const compose::Document doc = document_with_toc(12, 2, compose::PageNumbering::arabic);
  RecordingSink sink;
  layout::layout_document(doc, metrics, nullptr, sink);
  std::vector<std::size_t> order;
  for (const auto& a : sink.arrivals) order.push_back(a.sequence);
  CHECK(order == std::vector<std::size_t>{0, 1, 1, 2, 2});
  CHECK(sink.labels_of(1) == std::vector<std::string>{"1", "2"});
  CHECK(sink.labels_of(2) == std::vector<std::string>{"3", "4"});
}

TEST_CASE("a sequence without blocks has no page", "[layout][paginate]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  const layout::PaginatedSequence result = paginate(seq);
  CHECK(result.page_count == 0);
  CHECK(result.pages.empty());
}

TEST_CASE("an organisation chart is placed as an image of its drawing's size, its items on the page", "[layout][paginate]") {
  compose::OrgChart chart;
  chart.line_height = 12;
  chart.look.min_box_width = 40;
  chart.look.max_box_width = 80;
  for (const char* name : {"KEPALA", "BAGIAN A", "BAGIAN B"}) {
    compose::OrgChartUnit unit;
    unit.spans = {test::span(name)};
    chart.units.push_back(std::move(unit));
  }
  chart.units[0].units = {1, 2};
  chart.space_before = 10;
  compose::PageSequence seq;
  seq.page = small_page(20);
  seq.blocks.push_back(paragraph_of_lines(2));
  seq.blocks.push_back(chart);
  seq.blocks.push_back(paragraph_of_lines(1));
  const layout::PaginatedSequence out = paginate(seq);
  REQUIRE(out.pages.size() == 1);
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(chart, 250, metrics);
  std::vector<layout::Rect> boxes;
  double last_baseline = 0;
  for (const layout::Item& item : out.pages[0].items) {
    if (const auto* rect = std::get_if<layout::Rect>(&item)) boxes.push_back(*rect);
    if (const auto* run = std::get_if<layout::TextRun>(&item)) last_baseline = std::max(last_baseline, run->baseline);
  }
  REQUIRE(boxes.size() == 3);
  // Centred in the text width, below the two lines and the space before it.
  const double left = 20 + (250 - drawing.width) / 2;
  const double top = 30 + 2 * 20 + 10;
  const auto& head = std::get<layout::Rect>(drawing.items.front());
  CHECK(boxes[0].x == Approx(left + head.x));
  CHECK(boxes[0].y == Approx(top + head.y));
  // The paragraph after it starts under it.
  CHECK(last_baseline > top + drawing.height);
}

TEST_CASE("a chart too wide for any page is made smaller to fit the text width", "[layout][paginate]") {
  compose::OrgChart chart;
  chart.line_height = 12;
  chart.look.min_box_width = 60;
  chart.look.max_box_width = 60;
  compose::OrgChartUnit head;
  head.spans = {test::span("KEPALA")};
  chart.units.push_back(head);
  for (int i = 0; i < 8; ++i) {  // eight units of 60 pt under the head, in one row: far wider than 250 pt
    compose::OrgChartUnit unit;
    unit.spans = {test::span("UNIT")};
    chart.units.push_back(unit);
    chart.units[0].units.push_back(chart.units.size() - 1);
  }
  compose::PageSequence seq;
  seq.page = small_page(4);  // 80 pt high: the column of eight is too tall, so it is scaled
  seq.blocks.push_back(chart);
  const layout::PaginatedSequence out = paginate(seq);
  REQUIRE(out.pages.size() == 1);
  for (const layout::Item& item : out.pages[0].items) {
    if (const auto* rect = std::get_if<layout::Rect>(&item)) {
      CHECK(rect->x >= 20 - 1e-6);
      CHECK(rect->x + rect->width <= 270 + 1e-6);
      CHECK(rect->y + rect->height <= 30 + 80 + 1e-6);
    }
  }
}
