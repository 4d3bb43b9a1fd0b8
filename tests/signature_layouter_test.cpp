#include <catch2/catch.hpp>

#include "layout_fixture.hpp"
#include "naskah/layout/paginator.hpp"

// Signature blocks on pages of 10 lines of 20 pt, 250 pt wide (layout_fixture.hpp), in two columns of 125 pt
// (25 characters of the fake font at 10 pt).

using namespace naskah;
using test::baselines_of;
using test::line_baseline;
using test::paginate;
using test::paragraph_of_lines;
using test::small_page;

namespace {

compose::SignaturePart line(const std::string& text) {
  compose::SignatureLine l;
  l.spans = {test::span(text)};
  l.line_height = 20;
  return l;
}

compose::SignaturePart space(double height) { return compose::SignatureSpace{height}; }

/// Pihak kedua on the left, whose jabatan takes two lines, and pihak pertama on the right.
compose::SignatureBlock two_parties() {
  compose::SignatureBlock block;
  block.columns.push_back(compose::SignatureColumn{
      0, 125, {line("Pihak Kedua,"), line("BUPATI KABUPATEN LUWU TIMUR"), space(40), line("NAMA KEDUA")}});
  block.columns.push_back(compose::SignatureColumn{
      125, 125, {line("Pihak Pertama,"), line("SEKRETARIS"), space(40), line("NAMA PERTAMA"), line("NIP. 1")}});
  return block;
}

double baseline_of(const layout::Page& page, const std::string& text) {
  for (const layout::TextRun& run : test::runs_of(page)) {
    if (run.text == text) return run.baseline;
  }
  FAIL("no run '" << text << "'");
  return 0;
}

}  // namespace

TEST_CASE("signatures side by side share their rows' baselines, and a jabatan of two lines pushes both down",
          "[layout][signature]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(two_parties());
  auto result = paginate(seq);
  REQUIRE(result.pages.size() == 1);
  const layout::Page& page = result.pages[0];
  CHECK(baseline_of(page, "Pihak Kedua,") == Approx(line_baseline(0)));
  CHECK(baseline_of(page, "Pihak Pertama,") == Approx(line_baseline(0)));
  // The left jabatan wraps into two lines as even as its words allow, the regency's name whole on the second:
  // BUPATI KABUPATEN / LUWU TIMUR.
  CHECK(baseline_of(page, "BUPATI KABUPATEN") == Approx(line_baseline(1)));
  CHECK(baseline_of(page, "LUWU TIMUR") == Approx(line_baseline(2)));
  CHECK(baseline_of(page, "SEKRETARIS") == Approx(line_baseline(1)));
  // The blank for the signatures starts below the taller jabatan, in both columns: the names are level.
  CHECK(baseline_of(page, "NAMA KEDUA") == Approx(line_baseline(3) + 40));
  CHECK(baseline_of(page, "NAMA PERTAMA") == Approx(line_baseline(3) + 40));
  CHECK(baseline_of(page, "NIP. 1") == Approx(line_baseline(4) + 40));
  // Each line centred in its own column.
  for (const layout::TextRun& run : test::runs_of(page)) {
    const double column = run.x < 20 + 125 ? 20 : 20 + 125;
    CHECK(run.x - column == Approx((125 - run.width) / 2));
  }
}

TEST_CASE("a signature block that does not fit moves whole to the next page", "[layout][signature]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(5));
  seq.blocks.push_back(two_parties());  // 7 lines' worth: 140 pt
  auto result = paginate(seq);
  REQUIRE(result.pages.size() == 2);
  CHECK(test::lines_per_page(result) == std::vector<std::size_t>{5, 8});
  CHECK(baseline_of(result.pages[1], "Pihak Kedua,") == Approx(line_baseline(0)));
  // One line less of text and it stands below it.
  seq.blocks[0] = paragraph_of_lines(3);
  result = paginate(seq);
  REQUIRE(result.pages.size() == 1);
  CHECK(baseline_of(result.pages[0], "Pihak Kedua,") == Approx(line_baseline(3)));
}

TEST_CASE("a signature block's rows share the baseline of the line that stands lowest in its box",
          "[layout][signature]") {
  compose::SignatureBlock block;
  compose::SignatureLine big;
  big.spans = {test::span("BESAR", 20)};  // 16 pt above the baseline, 4 below, in a 30 pt box: baseline at 21
  big.line_height = 30;
  block.columns.push_back(compose::SignatureColumn{0, 125, {big, line("bawah")}});
  block.columns.push_back(compose::SignatureColumn{125, 125, {line("kecil"), line("bawah")}});
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(block);
  const layout::PaginatedSequence result = paginate(seq);
  const layout::Page& page = result.pages.at(0);
  CHECK(baseline_of(page, "BESAR") == Approx(30 + 21));
  CHECK(baseline_of(page, "kecil") == Approx(30 + 21));
  // The next row starts below the taller box: 30 + 30, then its own 13.
  CHECK(baselines_of(page, "bawah") == std::vector<double>{30 + 30 + 13, 30 + 30 + 13});
}

TEST_CASE("a scanned signature is centred in its column, in its row", "[layout][signature]") {
  compose::SignatureBlock block;
  block.columns.push_back(compose::SignatureColumn{
      100, 150, {line("Kepala,"), compose::SignatureImage{"ttd.png", 90, 50}, line("NAMA")}});
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(block);
  const layout::PaginatedSequence result = paginate(seq);
  const layout::Page& page = result.pages.at(0);
  const auto image = std::find_if(page.items.begin(), page.items.end(), [](const layout::Item& item) {
    return std::holds_alternative<layout::Image>(item);
  });
  REQUIRE(image != page.items.end());
  CHECK(std::get<layout::Image>(*image).x == Approx(20 + 100 + 30));
  CHECK(std::get<layout::Image>(*image).y == Approx(30 + 20));
  CHECK(baseline_of(page, "NAMA") == Approx(line_baseline(1) + 50));
}

TEST_CASE("a signature block that moves to the next page takes the last two lines of the text with it",
          "[layout][signature]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(paragraph_of_lines(6));
  compose::Group group;
  group.blocks = {two_parties()};
  group.keep_with_previous_lines = 2;
  seq.blocks.push_back(group);
  auto result = paginate(seq);
  REQUIRE(result.pages.size() == 2);
  CHECK(baselines_of(result.pages[0], "kata").size() == 4);
  CHECK(baselines_of(result.pages[1], "kata") == std::vector<double>{line_baseline(0), line_baseline(1)});
  CHECK(baseline_of(result.pages[1], "Pihak Kedua,") == Approx(line_baseline(2)));
  CHECK(baseline_of(result.pages[1], "NAMA PERTAMA") == Approx(line_baseline(5) + 40));
}

namespace {

compose::SignaturePart name_line(const std::string& text) {
  compose::SignatureLine l;
  l.spans = {test::span(text)};
  l.spans.front().keep_together = true;
  l.line_height = 20;
  return l;
}

const layout::TextRun& run_of(const layout::Page& page, const std::string& text) {
  static layout::TextRun none;
  for (const layout::Item& item : page.items) {
    if (const auto* run = std::get_if<layout::TextRun>(&item); run != nullptr && run->text == text) return *run;
  }
  FAIL("no run '" << text << "'");
  return none;
}

}  // namespace

TEST_CASE("a name wider than its column stays on one line: its column widens, then its type steps down",
          "[layout][signature]") {
  compose::PageSequence seq;
  seq.page = small_page(10);
  SECTION("side by side: into what the other column leaves unused, at its own size") {
    // 30 characters, 150 pt at 10 pt: wider than its 125 pt; the other column's widest line is 50 pt.
    compose::SignatureBlock block;
    block.columns.push_back(compose::SignatureColumn{0, 125, {line("Pihak Kedua,"), name_line("NAMA KEDUA")}});
    block.columns.push_back(
        compose::SignatureColumn{125, 125, {line("Pihak Pertama,"), name_line("Dr. Ir. H. ANDI RIZAL, M.Pd.")}});
    seq.blocks.push_back(block);
    auto result = paginate(seq);
    REQUIRE(result.pages.size() == 1);
    const layout::TextRun& name = run_of(result.pages[0], "Dr. Ir. H. ANDI RIZAL, M.Pd.");
    const double left = seq.page.margin_left;  // of the text area
    CHECK(name.size == 10);
    CHECK(name.x >= left + 60 - 1e-6);  // right of the other column's widest line, "Pihak Kedua,"
    CHECK(name.x + name.width <= left + 250 + 1e-6);
    CHECK(run_of(result.pages[0], "NAMA KEDUA").baseline == Approx(name.baseline));
  }
  SECTION("side by side, when even all the room is too little: the type steps down by half points") {
    compose::SignatureBlock block;
    block.columns.push_back(compose::SignatureColumn{0, 125, {line("Pihak Kedua,"), name_line("NAMA KEDUA")}});
    // 44 characters: 220 pt at 10 pt, in the 190 pt the other column leaves (its widest line is 60 pt).
    block.columns.push_back(compose::SignatureColumn{
        125, 125, {line("Pihak Pertama,"), name_line("Dr. Ir. H. ANDI MUHAMMAD RIZAL, S.Pd., M.Pd.")}});
    seq.blocks.push_back(block);
    auto result = paginate(seq);
    const layout::TextRun& name = run_of(result.pages[0], "Dr. Ir. H. ANDI MUHAMMAD RIZAL, S.Pd., M.Pd.");
    CHECK(name.size == 8.5);  // 44 × 4.25 = 187 pt
    CHECK(name.x >= seq.page.margin_left + 60 - 1e-6);
    CHECK(name.x + name.width <= seq.page.margin_left + 250 + 1e-6);
  }
}

TEST_CASE("side by side, the blanks start level and the names under them share a baseline, whatever lines the "
          "titles take", "[layout][signature]") {
  // The right title has a line more (its region); a row by row pairing would set the left name beside the right
  // blank. Each section between blanks is as tall as its tallest column's.
  compose::SignatureBlock block;
  block.columns.push_back(compose::SignatureColumn{
      0, 125, {line("Pihak Kedua,"), line("BUPATI LUWU TIMUR"), space(40), line("NAMA KEDUA")}});
  block.columns.push_back(compose::SignatureColumn{
      125, 125, {line("Pihak Pertama,"), line("SEKRETARIS DPRD"), line("KABUPATEN"), space(40), line("NAMA PERTAMA"),
                 line("NIP. 1")}});
  compose::PageSequence seq;
  seq.page = small_page(10);
  seq.blocks.push_back(block);
  auto result = paginate(seq);
  REQUIRE(result.pages.size() == 1);
  const layout::Page& page = result.pages[0];
  CHECK(baseline_of(page, "KABUPATEN") == Approx(line_baseline(2)));
  CHECK(baseline_of(page, "NAMA KEDUA") == Approx(baseline_of(page, "NAMA PERTAMA")));
  CHECK(baseline_of(page, "NAMA PERTAMA") == Approx(line_baseline(3) + 40));  // three lines, then the blank
  CHECK(baseline_of(page, "NIP. 1") == Approx(line_baseline(4) + 40));
}
