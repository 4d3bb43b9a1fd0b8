#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <random>
#include <memory>
#include <sstream>

#include "fake_metrics.hpp"
#include "table_fixture.hpp"
#include "naskah/layout/paginator.hpp"
#include "naskah/layout/table_grid.hpp"
#include "naskah/layout/table_layout.hpp"
#include "naskah/text/hyphenator.hpp"

using namespace naskah;

// Geometry of these tests: the fake font is 5 pt a character at 10 pt, with 8 pt above the baseline and 2 below;
// cells have 3 pt of padding and 12 pt lines, so a one-line row is 18 pt tall.

namespace {

const test::FixedWidthMetrics metrics;
constexpr double row18 = 18;

/// A page whose text area is text_width × text_height, at (20, 30).
compose::PageStyle page_of(double text_height, double text_width = 300) {
  compose::PageStyle page;
  page.width = text_width + 40;
  page.margin_left = page.margin_right = 20;
  page.margin_top = page.margin_bottom = 30;
  page.height = text_height + 60;
  return page;
}

using test::cell;
using test::row;

compose::Table table_of(std::vector<double> widths) {
  compose::Table t;
  t.column_widths = std::move(widths);
  return t;
}

layout::PaginatedSequence lay_out(const compose::PageSequence& seq) {
  return layout::paginate(seq, layout::PaginationContext{metrics, nullptr, nullptr});
}

layout::PaginatedSequence lay_out(const compose::Table& table, const compose::PageStyle& page) {
  compose::PageSequence seq;
  seq.page = page;
  seq.blocks.push_back(table);
  return lay_out(seq);
}

std::vector<layout::TextRun> runs_of(const layout::Page& page) {
  std::vector<layout::TextRun> runs;
  for (const layout::Item& item : page.items) {
    if (const auto* run = std::get_if<layout::TextRun>(&item)) runs.push_back(*run);
  }
  return runs;
}

/// The text runs of a page whose text is exactly `text`.
std::vector<layout::TextRun> find_runs(const layout::Page& page, const std::string& text) {
  std::vector<layout::TextRun> found;
  for (const layout::TextRun& run : runs_of(page)) {
    if (run.text == text) found.push_back(run);
  }
  return found;
}

std::size_t count_runs(const layout::Page& page, const std::string& text) { return find_runs(page, text).size(); }

std::vector<layout::Rule> rules_of(const layout::Page& page) {
  std::vector<layout::Rule> rules;
  for (const layout::Item& item : page.items) {
    if (const auto* rule = std::get_if<layout::Rule>(&item)) rules.push_back(*rule);
  }
  return rules;
}

constexpr double eps = 1e-6;

/// Whether the page's rules draw the segment (x1, y1)–(x2, y2), horizontal or vertical, whole.
bool ruled(const layout::Page& page, double x1, double y1, double x2, double y2) {
  for (const layout::Rule& r : rules_of(page)) {
    if (y1 == y2 && std::abs(r.y1 - y1) < eps && std::abs(r.y2 - y1) < eps && std::min(r.x1, r.x2) <= x1 + eps &&
        std::max(r.x1, r.x2) >= x2 - eps) {
      return true;
    }
    if (x1 == x2 && std::abs(r.x1 - x1) < eps && std::abs(r.x2 - x1) < eps && std::min(r.y1, r.y2) <= y1 + eps &&
        std::max(r.y1, r.y2) >= y2 - eps) {
      return true;
    }
  }
  return false;
}

bool boxed(const layout::Page& page, double left, double top, double right, double bottom) {
  return ruled(page, left, top, right, top) && ruled(page, left, bottom, right, bottom) &&
         ruled(page, left, top, left, bottom) && ruled(page, right, top, right, bottom);
}

/// The reusable checker: on every page, every text run (those `select` picks) lies in the box its borders make —
/// the nearest rules left and right of it across its baseline, above and below it across its start — with the
/// padding kept on all sides: nothing overflows its cell, and every cell with text is closed on all four sides.
void check_runs_inside_cells(const layout::PaginatedSequence& seq, double padding = 3,
                             const std::function<bool(const layout::TextRun&)>& select = nullptr) {
  std::vector<std::string> failures;
  for (std::size_t p = 0; p < seq.pages.size(); ++p) {
    std::vector<layout::Rule> horizontal;
    std::vector<layout::Rule> vertical;
    for (const layout::Rule& r : rules_of(seq.pages[p])) (r.y1 == r.y2 ? horizontal : vertical).push_back(r);
    for (const layout::TextRun& run : runs_of(seq.pages[p])) {
      if (select && !select(run)) continue;
      double ascent = run.size * 0.8;
      double descent = run.size * 0.2;
      double b = run.baseline;
      double left = -1e9, right = 1e9, top = -1e9, bottom = 1e9;
      for (const layout::Rule& r : vertical) {
        if (std::min(r.y1, r.y2) <= b && b <= std::max(r.y1, r.y2) && r.x1 <= run.x + eps) left = std::max(left, r.x1);
      }
      for (const layout::Rule& r : vertical) {
        if (std::min(r.y1, r.y2) <= b && b <= std::max(r.y1, r.y2) && r.x1 > left + eps) right = std::min(right, r.x1);
      }
      for (const layout::Rule& r : horizontal) {
        if (std::min(r.x1, r.x2) <= run.x && run.x <= std::max(r.x1, r.x2) && r.y1 <= b) top = std::max(top, r.y1);
      }
      for (const layout::Rule& r : horizontal) {
        if (std::min(r.x1, r.x2) <= run.x && run.x <= std::max(r.x1, r.x2) && r.y1 > b) bottom = std::min(bottom, r.y1);
      }
      std::ostringstream where;
      where << "page " << p << " '" << run.text << "' at " << run.x << "," << b << " in [" << left << ", " << right
            << "] x [" << top << ", " << bottom << "]";
      if (left < -1e8 || right > 1e8 || top < -1e8 || bottom > 1e8) {
        failures.push_back("not enclosed: " + where.str());
      } else if (run.x < left + padding - 1e-3 || run.x + run.width > right - padding + 1e-3 ||
                 b - ascent < top + padding - 1e-3 || b + descent > bottom - padding + 1e-3) {
        failures.push_back("outside its cell: " + where.str());
      }
    }
  }
  INFO((failures.empty() ? std::string() : failures.front()) << " (" << failures.size() << " failures)");
  CHECK(failures.empty());
}

/// Every page holds some text.
void check_no_empty_pages(const layout::PaginatedSequence& seq) {
  for (std::size_t p = 0; p < seq.pages.size(); ++p) {
    INFO("page " << p);
    CHECK(!runs_of(seq.pages[p]).empty());
  }
}

/// The texts of all runs of all pages, in page order, each with its page.
std::vector<std::pair<std::size_t, std::string>> all_texts(const layout::PaginatedSequence& seq) {
  std::vector<std::pair<std::size_t, std::string>> texts;
  for (std::size_t p = 0; p < seq.pages.size(); ++p) {
    std::vector<layout::TextRun> runs = runs_of(seq.pages[p]);
    std::stable_sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.baseline < b.baseline; });
    for (const auto& run : runs) texts.emplace_back(p, run.text);
  }
  return texts;
}

std::string token(char letter, int i, int digits) {
  std::string n = std::to_string(i);
  return std::string(1, letter) + std::string(static_cast<std::size_t>(digits) - n.size(), '0') + n;
}

/// "L00 L01 …": `count` tokens that fill a line each in a column whose content is one token wide.
std::string tokens(char letter, int count, int digits) {
  std::string text;
  for (int i = 0; i < count; ++i) text += (i ? " " : "") + token(letter, i, digits);
  return text;
}

compose::Table numbered_table(int body_rows) {
  compose::Table t = table_of({40, 100});
  t.header_rows.push_back(row({cell("No"), cell("Nama")}));
  for (int i = 0; i < body_rows; ++i) {
    t.body_rows.push_back(row({cell(std::to_string(i + 1)), cell("baris " + std::to_string(i + 1))}));
  }
  return t;
}

}  // namespace

// --- the grid ---

TEST_CASE("grid: cells skip slots covered from above, short rows get empty cells", "[table][grid]") {
  std::vector<compose::TableRow> rows = {
      row({cell("a", 2), cell("b"), cell("c")}),
      row({cell("d", 1, 2)}),
      row({}),
  };
  layout::TableGrid grid = layout::resolve_grid(rows, 3);
  REQUIRE(grid.rows == 3);
  REQUIRE(grid.row_begin == std::vector<std::size_t>{0, 3, 4, 7});
  CHECK(grid.cells[0].row_span == 2);
  CHECK(grid.cells[3].col == 1);  // "d" skips the slot "a" covers
  CHECK(grid.cells[3].col_span == 2);
  for (std::size_t i = 4; i < 7; ++i) {
    CHECK(grid.cells[i].source == nullptr);
    CHECK(grid.cells[i].col == static_cast<int>(i - 4));
  }
  CHECK(grid.dropped == 0);
  CHECK(grid.clamped == 0);
}

TEST_CASE("grid: spans are clamped at the table's edges and at slots taken from above", "[table][grid]") {
  std::vector<compose::TableRow> rows = {
      row({cell("a"), cell("b", 3), cell("c", 1, 9)}),
      row({cell("d", 1, 3), cell("e"), cell("f"), cell("g")}),
  };
  layout::TableGrid grid = layout::resolve_grid(rows, 3);
  CHECK(grid.cells[1].row_span == 2);  // clamped at the last row
  CHECK(grid.cells[2].col_span == 1);  // clamped at the last column
  CHECK(grid.cells[3].col_span == 1);  // stops before "b"'s slot
  CHECK(grid.cells[4].col == 2);
  CHECK(grid.dropped == 2);            // "f" and "g" find no slot
  CHECK(grid.clamped == 3);
  CHECK(layout::resolve_grid(rows, 0).cells.empty());
}

// --- single pages ---

TEST_CASE("a one-row table is centred, boxed and its text sits in its cells", "[table]") {
  compose::Table t = table_of({50, 100});
  t.body_rows.push_back(row({cell("satu"), cell("dua tiga")}));
  auto seq = lay_out(t, page_of(200));
  REQUIRE(seq.pages.size() == 1);
  const auto& page = seq.pages[0];
  double left = 20 + (300 - 150) / 2.0;
  double top = 30;
  CHECK(boxed(page, left, top, left + 50, top + row18));
  CHECK(boxed(page, left + 50, top, left + 150, top + row18));
  REQUIRE(count_runs(page, "satu") == 1);
  auto run = find_runs(page, "satu")[0];
  CHECK(run.x == Approx(left + 3));
  CHECK(run.baseline == Approx(top + 3 + 1 + 8));  // padding, half the leading, ascent
  // Three horizontal rules' worth of lines merged: the top and the bottom; three verticals.
  CHECK(rules_of(page).size() == 5);
  check_runs_inside_cells(seq);
}

TEST_CASE("cells align their lines left, right, centre, middle and bottom vertically, fills come first", "[table]") {
  compose::Table t = table_of({100, 100});
  compose::TableCell tall = cell("a b c");  // three lines at a width of 2 characters
  compose::TableCell right = cell("kanan");
  right.align = compose::Align::right;
  right.valign = compose::VerticalAlign::middle;
  right.fill = layout::Color{200, 200, 200};
  t.column_widths = {16, 100};
  t.body_rows.push_back(row({tall, right}));
  compose::TableCell centre = cell("tengah");
  centre.align = compose::Align::center;
  centre.valign = compose::VerticalAlign::bottom;
  t.body_rows.push_back(row({cell("x\ny\nz"), centre}));  // forced breaks
  auto seq = lay_out(t, page_of(200));
  REQUIRE(seq.pages.size() == 1);
  const auto& page = seq.pages[0];
  double left = 20 + (300 - 116) / 2.0;
  double row_height = 3 * 12 + 6;
  auto kanan = find_runs(page, "kanan");
  REQUIRE(kanan.size() == 1);
  CHECK(kanan[0].x == Approx(left + 116 - 3 - 25));
  CHECK(kanan[0].baseline == Approx(30 + 3 + 12 + 9));  // the middle of three lines
  auto tengah = find_runs(page, "tengah");
  REQUIRE(tengah.size() == 1);
  CHECK(tengah[0].x == Approx(left + 16 + 3 + (94 - 30) / 2.0));
  CHECK(tengah[0].baseline == Approx(30 + row_height + 3 + 24 + 9));  // the last of three lines
  CHECK(count_runs(page, "z") == 1);
  // The fill: a Rect over the cell, before any text.
  auto first_of = [&](auto is) { return std::find_if(page.items.begin(), page.items.end(), is); };
  auto fill = first_of([](const layout::Item& i) { return std::holds_alternative<layout::Rect>(i); });
  auto text = first_of([](const layout::Item& i) { return std::holds_alternative<layout::TextRun>(i); });
  REQUIRE(fill != page.items.end());
  CHECK(fill < text);
  const auto& rect = std::get<layout::Rect>(*fill);
  CHECK(rect.x == Approx(left + 16));
  CHECK(rect.height == Approx(row_height));
  check_runs_inside_cells(seq);
}

TEST_CASE("empty cells and short rows are drawn with all their borders", "[table]") {
  compose::Table t = table_of({50, 50, 50});
  t.body_rows.push_back(row({cell("a"), cell("b"), cell("c")}));
  t.body_rows.push_back(row({cell("d")}));
  t.body_rows.push_back(row({}));
  t.body_rows.push_back(row({cell("", 1, 2)}));
  auto seq = lay_out(t, page_of(300));
  REQUIRE(seq.pages.size() == 1);
  const auto& page = seq.pages[0];
  double left = 20 + 75;
  for (int r = 0; r < 4; ++r) {
    double top = 30 + r * row18;  // an empty row is as tall as a line
    for (int c = 0; c < 3; ++c) {
      INFO("row " << r << " column " << c);
      if (r == 3 && c < 2) continue;
      CHECK(boxed(page, left + 50 * c, top, left + 50 * (c + 1), top + row18));
    }
  }
  CHECK(boxed(page, left, 30 + 3 * row18, left + 100, 30 + 4 * row18));
  CHECK_FALSE(ruled(page, left + 50, 30 + 3 * row18 + 1, left + 50, 30 + 4 * row18 - 1));  // no line inside a span
  check_runs_inside_cells(seq);
}

TEST_CASE("a span running past the table's last row or column is clamped", "[table]") {
  compose::Table t = table_of({50, 50});
  t.body_rows.push_back(row({cell("panjang", 10), cell("b")}));
  t.body_rows.push_back(row({cell("c", 1, 5)}));
  auto seq = lay_out(t, page_of(300));
  REQUIRE(seq.pages.size() == 1);
  const auto& page = seq.pages[0];
  double left = 20 + 100;
  CHECK(boxed(page, left, 30, left + 50, 30 + 2 * row18));
  CHECK(boxed(page, left + 50, 30 + row18, left + 100, 30 + 2 * row18));
  CHECK_FALSE(ruled(page, left + 1, 30 + row18, left + 49, 30 + row18));
  check_runs_inside_cells(seq);
}

TEST_CASE("a spanning cell taller than its rows stretches its last row", "[table]") {
  compose::Table t = table_of({16, 50});
  t.body_rows.push_back(row({cell("a b c d", 2), cell("x")}));  // four lines over two rows of one line
  t.body_rows.push_back(row({cell("y")}));
  t.body_rows.push_back(row({cell("-"), cell("z")}));
  auto seq = lay_out(t, page_of(300));
  const auto& page = seq.pages[0];
  double left = 20 + (300 - 66) / 2.0;
  CHECK(boxed(page, left + 16, 30, left + 66, 30 + row18));                 // the first row keeps its height
  CHECK(boxed(page, left + 16, 30 + row18, left + 66, 30 + 4 * 12 + 6));    // the last takes the excess
  CHECK(boxed(page, left, 30 + 54, left + 16, 30 + 54 + row18));
  check_runs_inside_cells(seq);
}

// --- across pages ---

TEST_CASE("header rows are repeated at the top of every page", "[table]") {
  compose::Table t = numbered_table(50);
  t.header_rows.push_back(row({cell("(1)"), cell("(2)")}));
  auto seq = lay_out(t, page_of(10 * row18));  // two header rows and eight body rows a page
  REQUIRE(seq.pages.size() == 7);               // 8 × 6 = 48, then 2
  for (const auto& page : seq.pages) {
    auto no = find_runs(page, "No");
    REQUIRE(no.size() == 1);
    CHECK(no[0].baseline == Approx(30 + 12));
    CHECK(count_runs(page, "(2)") == 1);
  }
  for (std::size_t p = 0; p < 7; ++p) {
    auto first = find_runs(seq.pages[p], "baris " + std::to_string(p * 8 + 1));
    REQUIRE(first.size() == 1);
    CHECK(first[0].baseline == Approx(30 + 2 * row18 + 12));
  }
  check_runs_inside_cells(seq);
  check_no_empty_pages(seq);
}

TEST_CASE("a row that does not fit moves to the next page whole", "[table]") {
  compose::Table t = table_of({16, 100});
  for (int i = 0; i < 8; ++i) t.body_rows.push_back(row({cell("-"), cell("r" + std::to_string(i))}));
  t.body_rows.push_back(row({cell("a b c"), cell("tiga")}));  // 42 pt: 36 are left
  auto seq = lay_out(t, page_of(10 * row18));
  REQUIRE(seq.pages.size() == 2);
  CHECK(count_runs(seq.pages[0], "r7") == 1);
  CHECK(count_runs(seq.pages[1], "a") == 1);
  CHECK(count_runs(seq.pages[1], "c") == 1);
  check_runs_inside_cells(seq);
}

TEST_CASE("a span crossing one, two and three page breaks repeats its text on every page", "[table]") {
  for (int breaks = 1; breaks <= 3; ++breaks) {
    INFO(breaks << " page breaks");
    compose::Table t = table_of({120, 60});
    t.header_rows.push_back(row({cell("Sasaran"), cell("Isi")}));
    for (int i = 0; i < 4; ++i) t.body_rows.push_back(row({cell("sebelum"), cell("s" + std::to_string(i))}));
    int span = 9 * breaks;  // from row 4 of page 1 to row 4 of page breaks + 1
    for (int i = 0; i < span; ++i) {
      std::vector<compose::TableCell> cells;
      if (i == 0) cells.push_back(cell("Sasaran A", span));
      cells.push_back(cell("r" + std::to_string(i)));
      t.body_rows.push_back(row(cells));
    }
    t.body_rows.push_back(row({cell("sesudah"), cell("akhir")}));
    auto seq = lay_out(t, page_of(10 * row18));  // a header row and nine body rows a page
    REQUIRE(seq.pages.size() == static_cast<std::size_t>(breaks + 1));
    CHECK(count_runs(seq.pages[0], "Sasaran A") == 1);
    CHECK(count_runs(seq.pages[0], "Sasaran A (lanj.)") == 0);
    for (int p = 1; p <= breaks; ++p) {
      INFO("page " << p);
      const auto& page = seq.pages[static_cast<std::size_t>(p)];
      auto continued = find_runs(page, "Sasaran A (lanj.)");
      REQUIRE(continued.size() == 1);
      CHECK(continued[0].baseline == Approx(30 + row18 + 12));  // at the page's first body row
      CHECK(count_runs(page, "Sasaran A") == 0);
      // The piece is one box from the first body row to the span's last row on this page, with no line inside.
      double left = 20 + 60;
      double rows_here = p < breaks ? 9 : 4;
      CHECK(boxed(page, left, 30 + row18, left + 120, 30 + row18 + rows_here * row18));
      CHECK_FALSE(ruled(page, left + 1, 30 + 2 * row18, left + 119, 30 + 2 * row18));
    }
    CHECK(count_runs(seq.pages.back(), "akhir") == 1);
    check_runs_inside_cells(seq);
    check_no_empty_pages(seq);
  }
}

TEST_CASE("the repeated text of a continued span makes the last row of its piece taller", "[table]") {
  compose::Table t = table_of({45, 60});  // 39 pt for text: 7 characters a line
  t.header_rows.push_back(row({cell("P"), cell("K")}));
  for (int i = 0; i < 7; ++i) t.body_rows.push_back(row({cell("-"), cell("r" + std::to_string(i))}));
  t.body_rows.push_back(row({cell("Prog Kerja", 3), cell("k1")}));
  t.body_rows.push_back(row({cell("k2")}));
  t.body_rows.push_back(row({cell("k3")}));
  t.body_rows.push_back(row({cell("-"), cell("k4")}));
  auto seq = lay_out(t, page_of(10 * row18));
  REQUIRE(seq.pages.size() == 2);
  const auto& second = seq.pages[1];
  // "Prog Kerja (lanj.)" takes three lines: "Prog", "Kerja", "(lanj.)" — the mark is never broken; its only row
  // here grows to hold them.
  CHECK(count_runs(second, "Prog") == 1);
  CHECK(count_runs(second, "Kerja") == 1);
  CHECK(count_runs(second, "(lanj.)") == 1);
  double left = 20 + 97.5;
  double top = 30 + row18;
  CHECK(boxed(second, left, top, left + 45, top + 3 * 12 + 6));
  CHECK(boxed(second, left + 45, top, left + 105, top + 3 * 12 + 6));
  CHECK(count_runs(second, "k4") == 1);
  check_runs_inside_cells(seq);
}

TEST_CASE("a long text repeated on the next page shows three lines of it, cut after a word", "[table]") {
  compose::Table t = table_of({80, 40});  // 74 pt for text: 14 characters a line
  t.header_rows.push_back(row({cell("Sasaran"), cell("K")}));
  for (int i = 0; i < 3; ++i) t.body_rows.push_back(row({cell("-"), cell("r" + std::to_string(i))}));
  t.body_rows.push_back(row({cell("Meningkatnya akuntabilitas kinerja dan keuangan daerah", 8), cell("k0")}));
  for (int i = 1; i < 8; ++i) t.body_rows.push_back(row({cell("k" + std::to_string(i))}));
  auto seq = lay_out(t, page_of(10 * row18));
  REQUIRE(seq.pages.size() == 2);
  // On the first page, the whole text (five lines); on the next, three lines of it, cut after a word, and the mark.
  CHECK(count_runs(seq.pages[0], "daerah") == 1);
  std::vector<std::string> repeated;
  for (const auto& run : runs_of(seq.pages[1])) {
    if (run.x < 110 + 80 && run.baseline > 30 + row18) repeated.push_back(run.text);
  }
  CHECK(repeated == std::vector<std::string>{"Meningkatnya", "akuntabilitas", "kinerja dan\u2026", "(lanj.)"});
  check_runs_inside_cells(seq);
}

TEST_CASE("a number continued on the next page carries the mark under it", "[table]") {
  compose::Table t = table_of({50, 60});  // 44 pt for text: the mark's 7 characters fit
  t.header_rows.push_back(row({cell("NO"), cell("Isi")}));
  for (int i = 0; i < 7; ++i) t.body_rows.push_back(row({cell("-"), cell("r" + std::to_string(i))}));
  compose::TableCell number = cell("3", 4);
  number.continuation = compose::Continuation::below;
  t.body_rows.push_back(row({number, cell("a")}));
  for (const char* text : {"b", "c", "d"}) t.body_rows.push_back(row({cell(text)}));
  auto seq = lay_out(t, page_of(10 * row18));
  REQUIRE(seq.pages.size() == 2);
  auto number_runs = find_runs(seq.pages[1], "3");
  auto marks = find_runs(seq.pages[1], "(lanj.)");
  REQUIRE(number_runs.size() == 1);
  REQUIRE(marks.size() == 1);
  CHECK(marks[0].baseline == Approx(number_runs[0].baseline + 12));  // the next line, in the same cell
  CHECK(marks[0].x < 115 + 50);
}

TEST_CASE("a row taller than a page is split at a line boundary of its cells", "[table]") {
  compose::Table t = table_of({21, 60});  // 15 pt of text: one token "L00" a line
  t.body_rows.push_back(row({cell("a"), cell("b")}));
  t.body_rows.push_back(row({cell(tokens('L', 30, 2)), cell("x\ny")}));
  t.body_rows.push_back(row({cell("c"), cell("d")}));
  auto seq = lay_out(t, page_of(10 * row18));
  // Page 1: after row 1 (18 pt), (162 - 6) / 12 = 13 lines; page 2: (180 - 6) / 12 = 14; page 3: the last 3.
  REQUIRE(seq.pages.size() == 3);
  std::vector<std::string> expected;
  for (int i = 0; i < 30; ++i) expected.push_back(token('L', i, 2));
  std::vector<std::string> got;
  std::vector<std::size_t> per_page(3, 0);
  for (const auto& [page, text] : all_texts(seq)) {
    if (text.size() == 3 && text[0] == 'L') {
      got.push_back(text);
      ++per_page[page];
    }
  }
  CHECK(got == expected);
  CHECK(per_page == std::vector<std::size_t>{13, 14, 3});
  CHECK(count_runs(seq.pages[0], "y") == 1);  // the other cell of the row had shown all its lines
  CHECK(count_runs(seq.pages[1], "y") == 0);
  CHECK(count_runs(seq.pages[2], "d") == 1);
  // The row's piece is closed at the foot of page 1 and reopened at the top of page 2.
  double left = 20 + (300 - 81) / 2.0;
  CHECK(boxed(seq.pages[0], left, 30 + row18, left + 21, 30 + row18 + 13 * 12 + 6));
  CHECK(boxed(seq.pages[1], left, 30, left + 21, 30 + 14 * 12 + 6));
  CHECK(boxed(seq.pages[1], left + 21, 30, left + 81, 30 + 14 * 12 + 6));
  check_runs_inside_cells(seq);
  check_no_empty_pages(seq);
}

TEST_CASE("a cell of 200 lines flows over as many pages as it needs", "[table]") {
  compose::Table t = table_of({26, 40});  // 20 pt of text: one token "T000" a line
  t.header_rows.push_back(row({cell("H"), cell("I")}));
  t.body_rows.push_back(row({cell(tokens('T', 200, 3)), cell("satu")}));
  auto seq = lay_out(t, page_of(10 * row18));
  // (180 - 18 - 6) / 12 = 13 lines a page: 15 pages of 13 and one of 5.
  REQUIRE(seq.pages.size() == 16);
  std::vector<std::string> got;
  for (const auto& [page, text] : all_texts(seq)) {
    if (text.size() == 4 && text[0] == 'T') got.push_back(text);
  }
  REQUIRE(got.size() == 200);
  for (int i = 0; i < 200; ++i) CHECK(got[static_cast<std::size_t>(i)] == token('T', i, 3));
  for (const auto& page : seq.pages) CHECK(count_runs(page, "H") == 1);
  CHECK(count_runs(seq.pages[0], "satu") == 1);
  check_runs_inside_cells(seq);
  check_no_empty_pages(seq);
}

TEST_CASE("a spanning cell taller than a page is cut at each page's foot and continues", "[table]") {
  compose::Table t = table_of({26, 40});
  t.body_rows.push_back(row({cell(tokens('T', 200, 3), 3), cell("r0")}));
  t.body_rows.push_back(row({cell("r1")}));
  t.body_rows.push_back(row({cell("r2")}));
  t.body_rows.push_back(row({cell("-"), cell("r3")}));
  auto seq = lay_out(t, page_of(10 * row18));
  std::vector<std::string> got;
  for (const auto& [page, text] : all_texts(seq)) {
    if (text.size() == 4 && text[0] == 'T') got.push_back(text);
  }
  REQUIRE(got.size() == 200);
  for (int i = 0; i < 200; ++i) CHECK(got[static_cast<std::size_t>(i)] == token('T', i, 3));
  std::size_t r2_pages = 0;
  for (const auto& page : seq.pages) r2_pages += count_runs(page, "r2");
  CHECK(r2_pages == 1);
  CHECK(count_runs(seq.pages.back(), "r3") == 1);
  check_runs_inside_cells(seq);
  check_no_empty_pages(seq);
}

TEST_CASE("a spanning cell is cut at the page's foot only when moving it would leave a quarter page empty", "[table]") {
  // 360 pt of text a page: a quarter is 90 pt. Rows of filler, then an item spanning two rows whose name needs more
  // lines than are left; five lines (60 pt and padding) would fit in either case.
  auto lay_out_after = [](int filler_rows, int name_lines) {
    compose::Table t = table_of({26, 40});
    for (int i = 0; i < filler_rows; ++i) t.body_rows.push_back(row({cell("a"), cell("f")}));
    t.body_rows.push_back(row({cell(tokens('S', name_lines, 3), 2), cell("r0")}));
    t.body_rows.push_back(row({cell("r1")}));
    return lay_out(t, page_of(20 * row18));
  };
  auto names_on = [](const layout::Page& page) {
    std::size_t n = 0;
    for (const auto& run : runs_of(page)) n += run.text.size() == 4 && run.text[0] == 'S';
    return n;
  };
  SECTION("72 pt left: the item starts whole on the next page, as a word processor keeps a row") {
    auto seq = lay_out_after(16, 6);
    REQUIRE(seq.pages.size() == 2);
    CHECK(names_on(seq.pages[0]) == 0);
    CHECK(count_runs(seq.pages[0], "r0") == 0);
    CHECK(names_on(seq.pages[1]) == 6);
    CHECK(count_runs(seq.pages[1], "r0") == 1);
  }
  SECTION("144 pt left: the name is cut at the foot and goes on over the page") {
    auto seq = lay_out_after(12, 14);
    REQUIRE(seq.pages.size() == 2);
    CHECK(names_on(seq.pages[0]) >= 5);
    CHECK(count_runs(seq.pages[0], "r0") == 1);
    CHECK(names_on(seq.pages[0]) + names_on(seq.pages[1]) == 14);
  }
}

TEST_CASE("a page too small for a single line still ends: each page takes a line", "[table]") {
  compose::Table t = table_of({26, 40});
  t.header_rows.push_back(row({cell("H"), cell("I")}));
  t.body_rows.push_back(row({cell(tokens('T', 5, 3)), cell("a b c d e f g h")}));
  t.body_rows.push_back(row({cell("x"), cell("y")}));
  auto seq = lay_out(t, page_of(20));  // the header alone overflows the page
  CHECK(seq.pages.size() >= 5);
  CHECK(seq.pages.size() <= 10);
  std::size_t tokens_seen = 0;
  for (const auto& [page, text] : all_texts(seq)) tokens_seen += text.size() == 4 && text[0] == 'T';
  CHECK(tokens_seen == 5);
  check_no_empty_pages(seq);
}

// --- in the flow of a page sequence ---

compose::Paragraph paragraph(const std::string& text, int lines) {
  compose::Paragraph p;
  std::string all;
  for (int i = 0; i < lines; ++i) all += (i ? " " : "") + text + std::string(59 - text.size(), 'x');
  p.spans = {test::span(all)};
  p.style.line_height = 20;
  p.style.align = compose::Align::left;
  p.style.hyphenate = false;
  p.style.orphans = p.style.widows = 1;
  return p;
}

TEST_CASE("a table among paragraphs: space around it, never a lone header at a page's foot", "[table]") {
  auto is_cell = [](const layout::TextRun& run) { return run.text.rfind("para", 0) != 0; };
  SECTION("room for the header and a row: the table starts here, after its space") {
    compose::PageSequence seq;
    seq.page = page_of(200);
    seq.blocks.push_back(paragraph("para", 7));  // 140 pt; 54 remain after 6 of space: header and two rows
    compose::Table t = numbered_table(3);
    t.anchor = "tabel-1";
    t.outline = layout::OutlineEntry{"Tabel 1", "tabel-1", 1};
    seq.blocks.push_back(t);
    compose::Paragraph after = paragraph("para", 1);
    after.style.space_before = 2;
    seq.blocks.push_back(after);
    auto result = lay_out(seq);
    REQUIRE(result.pages.size() == 2);
    double top = 30 + 140 + 6;
    auto no = find_runs(result.pages[0], "No");
    REQUIRE(no.size() == 1);
    CHECK(no[0].baseline == Approx(top + 12));
    CHECK(count_runs(result.pages[0], "baris 2") == 1);
    CHECK(count_runs(result.pages[0], "baris 3") == 0);
    CHECK(count_runs(result.pages[1], "No") == 1);  // repeated over the rest
    CHECK(result.anchor_pages.at("tabel-1") == 0);
    REQUIRE(result.outline.size() == 1);
    CHECK(result.outline[0].title == "Tabel 1");
    auto anchor = std::find_if(result.pages[0].items.begin(), result.pages[0].items.end(),
                               [](const auto& i) { return std::holds_alternative<layout::Anchor>(i); });
    REQUIRE(anchor != result.pages[0].items.end());
    CHECK(std::get<layout::Anchor>(*anchor).y == Approx(top));
    // After the table (header and a row on page 2: 36 pt), its space_after (6) beats the paragraph's (2); the
    // paragraph's baseline is 13 pt into its 20 pt line.
    auto runs = runs_of(result.pages[1]);
    auto para = std::find_if(runs.begin(), runs.end(), [](const auto& r) { return r.text.rfind("para", 0) == 0; });
    REQUIRE(para != runs.end());
    CHECK(para->baseline == Approx(30 + 2 * row18 + 6 + 13));
    check_runs_inside_cells(result, 3, is_cell);
  }
  SECTION("room for the header only: header and first row go to the next page together") {
    for (int lines : {8, 9}) {
      INFO(lines << " lines before");
      compose::PageSequence seq;
      seq.page = page_of(200);
      seq.blocks.push_back(paragraph("para", lines));  // 34 or 14 pt remain after the space
      compose::Table t = numbered_table(3);
      t.anchor = "tabel-1";
      seq.blocks.push_back(t);
      auto result = lay_out(seq);
      REQUIRE(result.pages.size() == 2);
      CHECK(count_runs(result.pages[0], "No") == 0);
      CHECK(rules_of(result.pages[0]).empty());
      auto no = find_runs(result.pages[1], "No");
      REQUIRE(no.size() == 1);
      CHECK(no[0].baseline == Approx(30 + 12));  // no space at the top of a page
      CHECK(count_runs(result.pages[1], "baris 3") == 1);
      CHECK(result.anchor_pages.at("tabel-1") == 1);
      check_runs_inside_cells(result, 3, is_cell);
    }
  }
  SECTION("a heading kept with the next block goes with the table's start") {
    compose::PageSequence seq;
    seq.page = page_of(200);
    seq.blocks.push_back(paragraph("para", 7));
    compose::Paragraph heading = paragraph("para judul", 1);
    heading.style.keep_with_next = true;
    seq.blocks.push_back(heading);  // 40 pt remain: the heading, 6 of space, the header and a row need 62
    seq.blocks.push_back(numbered_table(2));
    auto result = lay_out(seq);
    REQUIRE(result.pages.size() == 2);
    CHECK(runs_of(result.pages[0]).size() == 7);
    check_runs_inside_cells(result, 3, is_cell);
  }
}

TEST_CASE("a table without rows or columns places only its anchor", "[table]") {
  compose::PageSequence seq;
  seq.page = page_of(200);
  compose::Table empty = table_of({50});
  empty.anchor = "kosong";
  seq.blocks.push_back(empty);
  compose::Table no_columns = table_of({});
  no_columns.body_rows.push_back(row({cell("a")}));
  seq.blocks.push_back(no_columns);
  auto result = lay_out(seq);
  REQUIRE(result.pages.size() == 1);
  CHECK(result.anchor_pages.at("kosong") == 0);
  CHECK(runs_of(result.pages[0]).empty());
  CHECK(rules_of(result.pages[0]).empty());
}

// --- the annex's shape, large ---

TEST_CASE("5,000 rows under three levels of spans lay out, every page reading on its own", "[table][large]") {
  // 5 sasaran × 10 programs × 10 kegiatan × 10 sub kegiatan; each level spans the rows of the one below.
  compose::Table t = table_of({70, 70, 70, 80, 60, 50});
  t.header_rows.push_back(row({cell("Sasaran"), cell("Program"), cell("Kegiatan"), cell("Sub Kegiatan"),
                               cell("Indikator"), cell("Target")}));
  t.header_rows.push_back(row({cell("(1)"), cell("(2)"), cell("(3)"), cell("(4)"), cell("(5)"), cell("(6)")}));
  for (int s = 0; s < 5; ++s) {
    for (int p = 0; p < 10; ++p) {
      for (int k = 0; k < 10; ++k) {
        for (int u = 0; u < 10; ++u) {
          std::vector<compose::TableCell> cells;
          if (p == 0 && k == 0 && u == 0) cells.push_back(cell("Sasaran " + std::to_string(s), 1000));
          if (k == 0 && u == 0) cells.push_back(cell("Program " + std::to_string(s) + "." + std::to_string(p), 100));
          if (u == 0) cells.push_back(cell("Kegiatan " + std::to_string(p) + "." + std::to_string(k), 10));
          cells.push_back(cell("Sub kegiatan nomor " + std::to_string(u)));
          cells.push_back(cell("Jumlah dokumen"));
          cells.push_back(cell(std::to_string(u + 1) + " Dok"));
          t.body_rows.push_back(row(cells));
        }
      }
    }
  }
  auto result = lay_out(t, page_of(500, 420));
  CHECK(result.pages.size() > 100);
  // Every page names each sasaran, program and kegiatan its rows belong to, once.
  std::size_t failures = 0;
  for (std::size_t p = 0; p < result.pages.size(); ++p) {
    std::vector<std::string> names;
    for (const auto& run : runs_of(result.pages[p])) {
      for (const char* level : {"Sasaran ", "Program ", "Kegiatan "}) {
        if (run.text.rfind(level, 0) == 0) names.push_back(run.text);
      }
    }
    std::sort(names.begin(), names.end());
    bool once = std::adjacent_find(names.begin(), names.end()) == names.end();
    bool all_levels = std::any_of(names.begin(), names.end(), [](const auto& n) { return n[0] == 'S'; }) &&
                      std::any_of(names.begin(), names.end(), [](const auto& n) { return n[0] == 'P'; }) &&
                      std::any_of(names.begin(), names.end(), [](const auto& n) { return n[0] == 'K'; });
    if (!once || !all_levels || count_runs(result.pages[p], "Sasaran") != 1) ++failures;
  }
  CHECK(failures == 0);
  check_runs_inside_cells(result);
  check_no_empty_pages(result);
}

TEST_CASE("cells are hyphenated when they allow it and the context has a hyphenator", "[table]") {
  std::shared_ptr<const text::Hyphenator> hyphenator = text::Hyphenator::indonesian();
  for (bool hyphenate : {true, false}) {
    INFO("hyphenate " << hyphenate);
    compose::Table t = table_of({60, 40});  // 54 pt of text: 10 characters
    compose::TableCell c = cell("pertanggungjawaban keuangan daerah");
    c.hyphenate = hyphenate;
    t.body_rows.push_back(row({c, cell("x")}));
    compose::PageSequence seq;
    seq.page = page_of(200);
    seq.blocks.push_back(t);
    auto result = layout::paginate(seq, layout::PaginationContext{metrics, hyphenator.get(), nullptr});
    bool hyphen = false;
    for (const auto& run : runs_of(result.pages[0])) hyphen = hyphen || run.text.back() == '-';
    CHECK(hyphen == hyphenate);
    check_runs_inside_cells(result);
  }
}

TEST_CASE("random tables: every page ends, every cell's text appears, nothing leaves its cell", "[table]") {
  std::mt19937 random(20240102);
  auto between = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
  for (int round = 0; round < 150; ++round) {
    INFO("round " << round);
    int columns = between(1, 5);
    std::vector<double> widths;
    for (int c = 0; c < columns; ++c) widths.push_back(between(45, 110));
    compose::Table t = table_of(widths);
    int cell_id = 0;
    auto random_cell = [&](bool body) {
      int id = cell_id++;
      int words = between(0, 12);
      std::string text;
      for (int w = 0; w < words; ++w) {
        std::string word = "c" + std::to_string(id) + "." + std::to_string(w);
        text += (w ? (between(0, 9) == 0 ? "\n" : " ") : "") + word;
      }
      int row_span = body && between(0, 3) == 0 ? between(2, 12) : 1;
      int col_span = between(0, 4) == 0 ? between(2, 3) : 1;
      return cell(text, row_span, col_span);
    };
    int header_rows = between(0, 2);
    for (int r = 0; r < header_rows; ++r) t.header_rows.push_back(row({random_cell(false)}));
    int body_rows = between(1, 40);
    for (int r = 0; r < body_rows; ++r) {
      std::vector<compose::TableCell> cells;
      int count = between(0, columns);
      for (int c = 0; c < count; ++c) cells.push_back(random_cell(true));
      t.body_rows.push_back(row(cells));
    }
    compose::PageSequence seq;
    seq.page = page_of(between(30, 300), 600);
    for (int p = between(0, 3); p > 0; --p) seq.blocks.push_back(paragraph("para", between(1, 5)));
    seq.blocks.push_back(t);
    auto result = lay_out(seq);
    REQUIRE(result.pages.size() < 2000);
    for (const auto& page : result.pages) CHECK(!page.items.empty());  // no blank page
    std::map<std::string, int> spans_of_token;  // the words of the cells the grid kept → their cells' row spans
    for (const auto* rows : {&t.header_rows, &t.body_rows}) {
      for (const layout::GridCell& c : layout::resolve_grid(*rows, columns).cells) {
        if (c.source == nullptr || c.source->spans.empty()) continue;
        std::istringstream words(c.source->spans[0].text);
        for (std::string word; words >> word;) spans_of_token[word] = c.row_span;
      }
    }
    std::map<std::string, int> seen;
    for (const auto& [page, text] : all_texts(result)) {
      std::istringstream words(text);
      for (std::string word; words >> word;) ++seen[word];
    }
    std::size_t missing = 0, repeated = 0;
    for (const auto& [word, span] : spans_of_token) {
      auto found = seen.find(word);
      if (found == seen.end()) {
        ++missing;
      } else if (span == 1 && found->second != 1) {
        ++repeated;  // single-row cells are never repeated (header cells are, once a page: they have no body span)
      }
    }
    CHECK(missing == 0);
    if (header_rows == 0) CHECK(repeated == 0);
    check_runs_inside_cells(result, 3, [](const layout::TextRun& run) { return run.text.rfind("para", 0) != 0; });
  }
}

TEST_CASE("a figure continued on the next page is repeated without the mark", "[table]") {
  compose::Table t = table_of({120, 60});
  t.header_rows.push_back(row({cell("Anggaran"), cell("Isi")}));
  compose::TableCell amount = cell("28.584.558.694", 12);
  amount.continuation = compose::Continuation::none;
  std::vector<compose::TableCell> first = {amount, cell("r0")};
  t.body_rows.push_back(row(first));
  for (int i = 1; i < 12; ++i) t.body_rows.push_back(row({cell("r" + std::to_string(i))}));
  auto seq = lay_out(t, page_of(10 * row18));  // a header row and nine body rows a page
  REQUIRE(seq.pages.size() == 2);
  CHECK(count_runs(seq.pages[1], "28.584.558.694") == 1);
  CHECK(count_runs(seq.pages[1], "28.584.558.694 (lanjutan)") == 0);
  check_runs_inside_cells(seq);
}

TEST_CASE("a JUMLAH row never starts a page alone: the row before it goes over with it", "[table]") {
  // Twenty one-line rows fill the page; the twentieth is followed by the sum of the rows above it.
  compose::Table t = table_of({26, 40});
  for (int i = 0; i < 19; ++i) t.body_rows.push_back(row({cell("a"), cell("f")}));
  t.body_rows.push_back(row({cell("z"), cell("9")}));
  t.body_rows.push_back(row({cell("sum"), cell("99")}));
  SECTION("a sum row as any other: alone at the top of the next page") {
    auto seq = lay_out(t, page_of(20 * row18));
    REQUIRE(seq.pages.size() == 2);
    CHECK(count_runs(seq.pages[0], "z") == 1);
    CHECK(count_runs(seq.pages[1], "sum") == 1);
  }
  SECTION("kept with the row before it") {
    t.body_rows.back().keep_with_previous = true;
    auto seq = lay_out(t, page_of(20 * row18));
    REQUIRE(seq.pages.size() == 2);
    CHECK(count_runs(seq.pages[0], "z") == 0);
    CHECK(count_runs(seq.pages[0], "a") == 19);
    CHECK(count_runs(seq.pages[1], "z") == 1);
    CHECK(count_runs(seq.pages[1], "sum") == 1);
  }
  SECTION("but never leaving a page empty") {
    compose::Table one = table_of({26, 40});
    one.body_rows.push_back(row({cell(tokens('T', 29, 3)), cell("9")}));
    one.body_rows.push_back(row({cell("sum"), cell("99")}));
    one.body_rows.back().keep_with_previous = true;
    auto seq = lay_out(one, page_of(20 * row18));
    REQUIRE(seq.pages.size() >= 2);
    CHECK(count_runs(seq.pages[1], "sum") == 1);
  }
}
