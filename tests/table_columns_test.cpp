// Columns measured from their content (src/layout/table_columns): asserted on laid-out pages, through the table
// layouter, with the fixed-width fake font (every character 5 pt at 10 pt).
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "fake_metrics.hpp"
#include "table_fixture.hpp"
#include "naskah/layout/layout_problems.hpp"
#include "naskah/layout/paginator.hpp"
#include "naskah/layout/table_layout.hpp"

using namespace naskah;

namespace {

const test::FixedWidthMetrics metrics;

using test::cell;
using test::row;

/// A table of the given preferred widths whose columns are measured from their content.
compose::Table fitted(std::vector<double> widths) {
  compose::Table t;
  t.column_widths = std::move(widths);
  t.fit_columns = true;
  return t;
}

/// Equal preferences; the second column's text is long, the others' short: fixed widths give tall rows.
compose::Table long_second_column() {
  compose::Table t = fitted({100, 100, 100, 100});
  for (int i = 0; i < 20; ++i) {
    t.body_rows.push_back(row({cell("Sub " + std::to_string(i)),
                               cell("Jumlah dokumen perencanaan dan laporan keuangan yang disusun tepat waktu"),
                               cell("2 Dokumen"), cell("1.000.000")}));
  }
  return t;
}

struct Laid {
  layout::PaginatedSequence sequence;
  layout::LayoutProblems problems;
};

/// Lays the table out on pages with a text area 400 pt wide and `height` tall.
std::unique_ptr<Laid> lay_out(const compose::Table& table, double height = 2000) {
  auto laid = std::make_unique<Laid>();
  compose::PageSequence seq;
  seq.page.width = 440;
  seq.page.margin_left = seq.page.margin_right = 20;
  seq.page.margin_top = seq.page.margin_bottom = 30;
  seq.page.height = height + 60;
  seq.blocks.push_back(table);
  layout::PaginationContext context{metrics, nullptr, nullptr, &laid->problems};
  laid->sequence = layout::paginate(seq, context);
  return laid;
}

/// The widths of the columns, from the vertical borders of the first page.
std::vector<double> column_widths(const layout::Page& page) {
  std::set<double> xs;
  for (const layout::Item& item : page.items) {
    if (const auto* rule = std::get_if<layout::Rule>(&item)) {
      if (rule->x1 == rule->x2) xs.insert(std::round(rule->x1 * 1000) / 1000);
    }
  }
  std::vector<double> widths;
  for (auto it = xs.begin(); it != xs.end() && std::next(it) != xs.end(); ++it) widths.push_back(*std::next(it) - *it);
  return widths;
}

std::vector<std::string> texts(const layout::Page& page) {
  std::vector<std::string> out;
  for (const layout::Item& item : page.items) {
    if (const auto* run = std::get_if<layout::TextRun>(&item)) out.push_back(run->text);
  }
  return out;
}

double table_height(const layout::Page& page) {
  double top = 1e9, bottom = -1e9;
  for (const layout::Item& item : page.items) {
    if (const auto* rule = std::get_if<layout::Rule>(&item)) {
      top = std::min({top, rule->y1, rule->y2});
      bottom = std::max({bottom, rule->y1, rule->y2});
    }
  }
  return bottom - top;
}

}  // namespace

TEST_CASE("an amount column is as wide as its widest amount, TOTAL included, and no amount breaks",
          "[table][columns]") {
  // The template would give ANGGARAN 40 pt: an amount of Rp 198 billion needs 75 pt and the padding.
  compose::Table t = fitted({180, 180, 40});
  t.header_rows.push_back(row({cell("Kegiatan"), cell("Indikator"), cell("Rp")}));
  t.body_rows.push_back(row({cell("Penyusunan Dokumen Perencanaan"), cell("Jumlah dokumen"), cell("198.456.321.500")}));
  t.body_rows.push_back(row({cell("Koordinasi"), cell("Jumlah laporan"), cell("40.206.350")}));
  t.body_rows.push_back(row({cell("TOTAL", 1, 2), cell("198.496.527.850")}));
  auto laid = lay_out(t);
  REQUIRE(laid->sequence.pages.size() == 1);
  const auto widths = column_widths(laid->sequence.pages[0]);
  REQUIRE(widths.size() == 3);
  CHECK(widths[2] >= 75 + 6 - 1e-6);
  CHECK(widths[0] + widths[1] + widths[2] == Approx(400));
  const auto all = texts(laid->sequence.pages[0]);
  CHECK(std::count(all.begin(), all.end(), "198.456.321.500") == 1);
  CHECK(std::count(all.begin(), all.end(), "198.496.527.850") == 1);
  CHECK(laid->problems.overfull_runs().empty());
}

TEST_CASE("width goes where it makes the rows shortest", "[table][columns]") {
  compose::Table t = long_second_column();
  compose::Table fixed = t;
  fixed.fit_columns = false;
  auto measured = lay_out(t);
  auto preferred = lay_out(fixed);
  const auto widths = column_widths(measured->sequence.pages[0]);
  REQUIRE(widths.size() == 4);
  CHECK(widths[1] > 150);  // the long text takes most of the width
  for (double w : {widths[0], widths[2], widths[3]}) CHECK(w < 100);
  // At least a third shorter than the template's widths make it.
  CHECK(table_height(measured->sequence.pages[0]) < table_height(preferred->sequence.pages[0]) * 2 / 3);
  CHECK(measured->problems.overfull_runs().empty());
}

TEST_CASE("short text keeps the template's proportions", "[table][columns]") {
  compose::Table t = fitted({40, 200, 60, 100});
  t.body_rows.push_back(row({cell("1"), cell("Sasaran"), cell("90%"), cell("Bagian Umum")}));
  auto laid = lay_out(t);
  const auto widths = column_widths(laid->sequence.pages[0]);
  REQUIRE(widths.size() == 4);
  CHECK(widths[0] == Approx(40));
  CHECK(widths[1] == Approx(200));
  CHECK(widths[2] == Approx(60));
  CHECK(widths[3] == Approx(100));
}

TEST_CASE("a number with its unit and a spanning label are never narrower than their run", "[table][columns]") {
  compose::Table t = fitted({150, 20, 20, 210});
  t.body_rows.push_back(row({cell("Jumlah kelompok"), cell("42 Kelompok"), cell("x"), cell("-")}));
  // A label over the two narrow columns, wider than both of them at their preference.
  t.body_rows.push_back(row({cell("-"), cell("JUMLAH PROGRAM", 1, 2), cell("-")}));
  auto laid = lay_out(t);
  const auto widths = column_widths(laid->sequence.pages[0]);
  REQUIRE(widths.size() == 4);
  CHECK(widths[1] >= 55 + 6 - 1e-6);               // "42 Kelompok": 11 characters
  CHECK(widths[1] + widths[2] >= 70 + 6 - 1e-6);   // "JUMLAH" and "PROGRAM" may share a line or not; 14 characters
  const auto all = texts(laid->sequence.pages[0]);
  CHECK(std::count(all.begin(), all.end(), "42 Kelompok") == 1);
  CHECK(laid->problems.overfull_runs().empty());
}

TEST_CASE("a table too narrow for its words cuts only the words too wide, and says so", "[table][columns]") {
  compose::Table t = fitted({50, 50});
  // 21 characters, 105 pt: no column of this table can hold it; "Dokumen" keeps its 35 pt and the padding.
  t.body_rows.push_back(row({cell("Pertanggungjawabannya"), cell("Dokumen")}));
  auto laid = lay_out(t);
  const auto widths = column_widths(laid->sequence.pages[0]);
  REQUIRE(widths.size() == 2);
  CHECK(widths[0] + widths[1] == Approx(100));
  // Set at three quarters of its size, the smallest a table is made, and still too wide: "Dokumen" keeps its width.
  CHECK(widths[1] == Approx(0.75 * (35 + 6)));
  const auto all = texts(laid->sequence.pages[0]);
  CHECK(std::count(all.begin(), all.end(), "Dokumen") == 1);
  REQUIRE(laid->problems.overfull_runs().size() == 1);
  CHECK(laid->problems.overfull_runs()[0].text == "Pertanggungjawabannya");
}

TEST_CASE("a table too narrow for its words is set smaller, as a sheet fitted to the page, nothing cut",
          "[table][columns]") {
  compose::Table t = fitted({50, 50});
  // "Perencanaan" needs 11 characters, 55 pt, and the padding; the amount 10, 56 pt: 117 pt in 100. At nine tenths
  // of 100/117 of its size the cells fit, with room left to widen the text's column.
  t.body_rows.push_back(row({cell("Penyusunan Dokumen Perencanaan"), cell("12.345.678")}));
  auto laid = lay_out(t);
  const double scale = 0.9 * 100 / 117;
  CHECK(laid->problems.overfull_runs().empty());
  std::size_t runs = 0;
  for (const layout::Item& item : laid->sequence.pages[0].items) {
    if (const auto* run = std::get_if<layout::TextRun>(&item)) {
      CHECK(run->size == Approx(10 * scale));
      ++runs;
    }
  }
  CHECK(runs > 0);
  const auto all = texts(laid->sequence.pages[0]);
  CHECK(std::count(all.begin(), all.end(), "12.345.678") == 1);
  CHECK(std::count(all.begin(), all.end(), "Perencanaan") == 1);
  const auto widths = column_widths(laid->sequence.pages[0]);
  REQUIRE(widths.size() == 2);
  CHECK(widths[1] >= scale * 56 - 1e-6);
  CHECK(widths[0] >= scale * 61 - 1e-6);
}

TEST_CASE("a table whose narrowest widths leave it less than a tenth to widen into is set smaller", "[table][columns]") {
  // "Perencanaan" needs 55 pt and the padding, the amount 30: 97 pt of 100 fit, but leave the text no room to
  // widen, and every row of a long table would be tall. Set at nine tenths of 100/97 of its size, they take 90 pt.
  auto sizes = [](const std::string& amount) {
    compose::Table t = fitted({50, 50});
    t.body_rows.push_back(row({cell("Penyusunan Dokumen Perencanaan"), cell(amount)}));
    auto laid = lay_out(t);
    CHECK(laid->problems.overfull_runs().empty());
    std::set<double> out;
    for (const layout::Item& item : laid->sequence.pages[0].items) {
      if (const auto* run = std::get_if<layout::TextRun>(&item)) out.insert(std::round(run->size * 1000) / 1000);
    }
    return out;
  };
  const std::set<double> tight = sizes("12.345");
  REQUIRE(tight.size() == 1);
  CHECK(*tight.begin() == Approx(10 * 0.9 * 100 / 97).margin(0.001));
  // 61 + 21 pt: room enough, the template's size.
  CHECK(sizes("123") == std::set<double>{10});
  // A writer that sets the table itself gets the widths it is drawn with, at the smaller size.
  compose::Table t = fitted({50, 50});
  t.body_rows.push_back(row({cell("Penyusunan Dokumen Perencanaan"), cell("12.345")}));
  const auto drawn = column_widths(lay_out(t)->sequence.pages[0]);
  const std::vector<double> asked = layout::table_column_widths(t, metrics, nullptr, 2000);
  REQUIRE(asked.size() == drawn.size());
  for (std::size_t k = 0; k < asked.size(); ++k) CHECK(asked[k] == Approx(drawn[k]).margin(0.001));
}

TEST_CASE("a table too narrow even at three quarters of its size keeps its amounts whole and cuts the text's words",
          "[table][columns]") {
  compose::Table t = fitted({50, 50});
  // The amount needs 15 characters, 75 pt and the padding: 81 pt. The text's longest word, 61 pt: together more than
  // the 100 pt there are even at 3/4 of the size. Capped alike, both columns would have 50 pt and the amount would
  // be cut in two.
  t.body_rows.push_back(row({cell("Penyusunan Dokumen Perencanaan"), cell("123.456.789.012")}));
  auto laid = lay_out(t);
  const auto widths = column_widths(laid->sequence.pages[0]);
  REQUIRE(widths.size() == 2);
  CHECK(widths[1] == Approx(0.75 * (75 + 6)));
  CHECK(widths[0] == Approx(100 - 0.75 * 81));
  const auto all = texts(laid->sequence.pages[0]);
  CHECK(std::count(all.begin(), all.end(), "123.456.789.012") == 1);
  REQUIRE_FALSE(laid->problems.overfull_runs().empty());
  for (const auto& run : laid->problems.overfull_runs()) CHECK(run.text != "123.456.789.012");
}

TEST_CASE("a writer that sets the table itself gets the widths the table is drawn with", "[table][columns]") {
  compose::Table t = long_second_column();
  const auto drawn = column_widths(lay_out(t)->sequence.pages[0]);
  const std::vector<double> asked = layout::table_column_widths(t, metrics, nullptr, 2000);
  REQUIRE(asked.size() == drawn.size());
  for (std::size_t k = 0; k < asked.size(); ++k) CHECK(asked[k] == Approx(drawn[k]).margin(0.001));
  CHECK(asked[1] > 150);  // measured, not the template's
  // A table of fixed columns: its own widths.
  t.fit_columns = false;
  CHECK(layout::table_column_widths(t, metrics, nullptr, 2000) == t.column_widths);
}

TEST_CASE("a kode too wide for its column even at three quarters of the size ends its lines at its dots",
          "[table][columns]") {
  compose::Table t = fitted({50, 50});
  // "Perencanaan" needs 61 pt with the padding, the kode 17 characters, 91 pt: 114 pt at three quarters of the size,
  // in 100. The word stays whole; the kode, which no width left could hold, breaks after dots, with no hyphen and
  // nothing cut.
  compose::TableCell kode = cell("1.01.02.2.01.0001");
  for (compose::Span& span : kode.spans) span.keep_together = span.code = true;
  t.body_rows.push_back(row({cell("Penyusunan Dokumen Perencanaan"), kode}));
  auto laid = lay_out(t);
  CHECK(laid->problems.overfull_runs().empty());
  const auto all = texts(laid->sequence.pages[0]);
  CHECK(std::count(all.begin(), all.end(), "Perencanaan") == 1);
  std::vector<std::string> pieces;
  for (const std::string& text : all) {
    if (!text.empty() && text.front() >= '0' && text.front() <= '9') pieces.push_back(text);
  }
  REQUIRE(pieces.size() >= 2);
  std::string whole;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (i + 1 < pieces.size()) CHECK(pieces[i].back() == '.');
    CHECK(pieces[i].find('-') == std::string::npos);
    whole += pieces[i];
  }
  CHECK(whole == "1.01.02.2.01.0001");
}

TEST_CASE("a kode that its column can hold stays whole, however narrow its groups", "[table][columns]") {
  compose::Table t = fitted({100, 100});
  compose::TableCell kode = cell("1.01.02.2.01.0001");
  for (compose::Span& span : kode.spans) span.keep_together = span.code = true;
  t.body_rows.push_back(row({cell("Penyusunan Dokumen Perencanaan Kinerja Tahunan Perangkat Daerah"), kode}));
  auto laid = lay_out(t);
  const auto widths = column_widths(laid->sequence.pages[0]);
  REQUIRE(widths.size() == 2);
  CHECK(widths[1] >= 85 + 6 - 1e-6);
  const auto all = texts(laid->sequence.pages[0]);
  CHECK(std::count(all.begin(), all.end(), "1.01.02.2.01.0001") == 1);
}
