// The organisation chart's layout, with the fixed-width font (every character 5 pt at 10 pt): boxes never overlap,
// superiors are centred over their units, lines join boxes, the chart fits the width it is given by narrowing its
// boxes, then by stacking its lowest level, and says so when even that is too wide.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "fake_metrics.hpp"
#include "naskah/layout/org_chart.hpp"

using namespace naskah;

namespace {

const test::FixedWidthMetrics metrics;

struct Box {
  double x = 0, y = 0, width = 0, height = 0;
  [[nodiscard]] double centre() const { return x + width / 2; }
  [[nodiscard]] double bottom() const { return y + height; }
  [[nodiscard]] double right() const { return x + width; }
};

/// A chart whose units are named by `names`, unit i under `parent[i]` (the head's parent is itself), placed as
/// `places` says (below when not given).
compose::OrgChart chart_of(const std::vector<std::string>& names, const std::vector<std::size_t>& parent,
                           const std::vector<compose::OrgPlace>& places = {}) {
  compose::OrgChart chart;
  chart.line_height = 12;
  chart.look.padding = 3;
  chart.look.min_box_width = 40;
  chart.look.max_box_width = 100;
  chart.look.level_gap = 20;
  chart.look.sibling_gap = 8;
  for (std::size_t i = 0; i < names.size(); ++i) {
    compose::OrgChartUnit unit;
    unit.spans = {test::span(names[i])};
    if (i < places.size()) unit.place = places[i];
    chart.units.push_back(std::move(unit));
    if (i > 0) chart.units[parent[i]].units.push_back(i);
  }
  return chart;
}

/// The boxes drawn, in the order the units are numbered (boxes are drawn unit by unit, each before the text in it,
/// so the n-th box drawn is found by its text).
std::vector<Box> boxes(const layout::OrgChartDrawing& drawing) {
  std::vector<Box> out;
  for (const layout::Item& item : drawing.items) {
    if (const auto* rect = std::get_if<layout::Rect>(&item)) out.push_back({rect->x, rect->y, rect->width, rect->height});
  }
  return out;
}

/// The box whose text, its lines joined by spaces, is `name` (each box is drawn before its text).
Box box_of(const layout::OrgChartDrawing& drawing, const std::string& name) {
  std::vector<std::pair<Box, std::string>> found;
  for (const layout::Item& item : drawing.items) {
    if (const auto* rect = std::get_if<layout::Rect>(&item)) found.emplace_back(Box{rect->x, rect->y, rect->width, rect->height}, "");
    if (const auto* run = std::get_if<layout::TextRun>(&item); run && !found.empty()) {
      std::string& text = found.back().second;
      text += (text.empty() ? "" : " ") + run->text;
    }
  }
  for (const auto& [box, text] : found) {
    if (text == name) return box;
  }
  FAIL("no box holds " << name);
  return {};
}

std::vector<layout::Rule> rules(const layout::OrgChartDrawing& drawing) {
  std::vector<layout::Rule> out;
  for (const layout::Item& item : drawing.items) {
    if (const auto* rule = std::get_if<layout::Rule>(&item)) out.push_back(*rule);
  }
  return out;
}

bool overlap(const Box& a, const Box& b) {
  return a.x < b.right() - 1e-6 && b.x < a.right() - 1e-6 && a.y < b.bottom() - 1e-6 && b.y < a.bottom() - 1e-6;
}

void check_no_overlaps(const layout::OrgChartDrawing& drawing) {
  const std::vector<Box> all = boxes(drawing);
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (std::size_t j = i + 1; j < all.size(); ++j) {
      INFO("boxes " << i << " and " << j);
      CHECK_FALSE(overlap(all[i], all[j]));
    }
  }
}

/// Whether some line ends on the box's edge: its top (a unit in a row) or its left or right side.
bool joined(const layout::OrgChartDrawing& drawing, const Box& box) {
  for (const layout::Rule& rule : rules(drawing)) {
    for (auto [x, y] : {std::pair{rule.x1, rule.y1}, std::pair{rule.x2, rule.y2}}) {
      const bool on_top = std::abs(y - box.y) < 1e-6 && x > box.x && x < box.right();
      const bool on_side = (std::abs(x - box.x) < 1e-6 || std::abs(x - box.right()) < 1e-6) && y > box.y && y < box.bottom();
      if (on_top || on_side) return true;
    }
  }
  return false;
}

/// Every item within the drawing's size.
void check_inside(const layout::OrgChartDrawing& drawing) {
  for (const Box& box : boxes(drawing)) {
    CHECK(box.x >= -1e-6);
    CHECK(box.right() <= drawing.width + 1e-6);
    CHECK(box.y >= -1e-6);
    CHECK(box.bottom() <= drawing.height + 1e-6);
  }
}

/// The seed's Sekretariat DPRD: its head, the Kelompok Jabatan Fungsional beside the line, three Bagian, and under
/// them their Subbagian or Kelompok Jabatan Fungsional.
compose::OrgChart setwan() {
  using P = compose::OrgPlace;
  return chart_of({"SEKRETARIS DPRD", "KELOMPOK JABATAN FUNGSIONAL", "BAGIAN UMUM DAN KEUANGAN",
                   "BAGIAN PERSIDANGAN", "BAGIAN FASILITASI", "SUBBAGIAN PROGRAM", "SUBBAGIAN UMUM", "KJF PERSIDANGAN",
                   "KJF FASILITASI"},
                  {0, 0, 0, 0, 0, 2, 2, 3, 4}, {P::below, P::beside_left});
}

}  // namespace

TEST_CASE("a tidy tree: each superior centred over its units, rows apart, nothing overlapping", "[layout][org-chart]") {
  const compose::OrgChart chart = chart_of({"KEPALA", "A", "B", "C", "A1", "A2", "C1"}, {0, 0, 0, 0, 1, 1, 3});
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(chart, 1000, metrics);
  CHECK(drawing.fits);
  CHECK_FALSE(drawing.stacked);
  check_no_overlaps(drawing);
  check_inside(drawing);
  const Box head = box_of(drawing, "KEPALA"), a = box_of(drawing, "A"), b = box_of(drawing, "B"), c = box_of(drawing, "C");
  const Box a1 = box_of(drawing, "A1"), a2 = box_of(drawing, "A2"), c1 = box_of(drawing, "C1");
  // Centred over the first and the last of its units.
  CHECK(head.centre() == Approx((a.centre() + c.centre()) / 2));
  CHECK(a.centre() == Approx((a1.centre() + a2.centre()) / 2));
  CHECK(c.centre() == Approx(c1.centre()));
  // Rows: a level's boxes share their top and their height; the next row is below the level gap.
  CHECK(a.y == b.y);
  CHECK(b.y == c.y);
  CHECK(a.height == b.height);
  CHECK(a1.y == c1.y);
  CHECK(a.y == Approx(head.bottom() + chart.look.level_gap));
  // Neighbours keep the sibling gap, and subtrees as close as their contours allow: A's units left of B's box, C's
  // under C.
  CHECK(b.x - a.right() == Approx(chart.look.sibling_gap).margin(1e-6));
  CHECK(a2.right() + chart.look.sibling_gap <= c1.x + 1e-6);
  // The drawing is as wide as its boxes reach.
  double right = 0;
  for (const Box& box : boxes(drawing)) right = std::max(right, box.right());
  CHECK(drawing.width == Approx(right));
}

TEST_CASE("lines join every box to its superior's, orthogonally", "[layout][org-chart]") {
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(setwan(), 1000, metrics);
  for (const Box& box : boxes(drawing)) {
    if (box.y == 0) continue;  // the head
    CHECK(joined(drawing, box));
  }
  for (const layout::Rule& rule : rules(drawing)) CHECK((rule.x1 == rule.x2 || rule.y1 == rule.y2));
  // The head's line comes down from the middle of its bottom edge.
  const Box head = box_of(drawing, "SEKRETARIS DPRD");
  const auto all = rules(drawing);
  CHECK(std::any_of(all.begin(), all.end(), [&](const layout::Rule& r) {
    return r.x1 == Approx(head.centre()) && r.y1 == Approx(head.bottom()) && r.x2 == r.x1 && r.y2 > r.y1;
  }));
}

TEST_CASE("a unit beside the line stands between its superior and the row under it, left of the line",
          "[layout][org-chart]") {
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(setwan(), 1000, metrics);
  check_no_overlaps(drawing);
  const Box head = box_of(drawing, "SEKRETARIS DPRD");
  const Box beside = box_of(drawing, "KELOMPOK JABATAN FUNGSIONAL");
  const Box bagian = box_of(drawing, "BAGIAN UMUM DAN KEUANGAN");
  CHECK(beside.y > head.bottom());
  CHECK(beside.bottom() < bagian.y);
  CHECK(beside.right() < head.centre());
  // Joined at its right side by a line from the head's line.
  const auto all = rules(drawing);
  CHECK(std::any_of(all.begin(), all.end(), [&](const layout::Rule& r) {
    return r.y1 == r.y2 && r.y1 == Approx(beside.y + beside.height / 2) && r.x1 == Approx(head.centre()) &&
           r.x2 == Approx(beside.right());
  }));
}

TEST_CASE("a chart narrower than it would be: boxes narrowed and their text wrapped, every level alike",
          "[layout][org-chart]") {
  const compose::OrgChart chart = setwan();
  const layout::OrgChartDrawing wide = layout::lay_out_org_chart(chart, 1000, metrics);
  REQUIRE(wide.fits);
  const double narrower = wide.width * 0.8;
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(chart, narrower, metrics);
  CHECK(drawing.fits);
  CHECK_FALSE(drawing.stacked);
  CHECK(drawing.width <= narrower);
  check_no_overlaps(drawing);
  check_inside(drawing);
  const Box bagian = box_of(drawing, "BAGIAN UMUM DAN KEUANGAN");
  CHECK(bagian.width < box_of(wide, "BAGIAN UMUM DAN KEUANGAN").width);
  CHECK(bagian.width >= chart.look.min_box_width);
  // Wrapped into more lines, every one inside its box's padding; a level's boxes alike.
  auto line_count = [](const layout::OrgChartDrawing& d) {
    return std::count_if(d.items.begin(), d.items.end(),
                         [](const layout::Item& i) { return std::holds_alternative<layout::TextRun>(i); });
  };
  CHECK(line_count(drawing) > line_count(wide));
  std::optional<Box> box;
  for (const layout::Item& item : drawing.items) {
    if (const auto* rect = std::get_if<layout::Rect>(&item)) box = Box{rect->x, rect->y, rect->width, rect->height};
    if (const auto* run = std::get_if<layout::TextRun>(&item)) {
      REQUIRE(box);
      CHECK(run->x >= box->x + chart.look.padding - 1e-6);
      CHECK(run->x + run->width <= box->right() - chart.look.padding + 1e-6);
      CHECK(run->baseline > box->y);
      CHECK(run->baseline < box->bottom());
    }
  }
  CHECK(box_of(drawing, "BAGIAN PERSIDANGAN").height == bagian.height);
  CHECK(box_of(drawing, "BAGIAN FASILITASI").width == bagian.width);
}

TEST_CASE("too wide even with the narrowest boxes: the lowest level stands in columns under its superiors",
          "[layout][org-chart]") {
  // Eight units of two each under two units: sixteen boxes of at least 40 pt in the lowest row need 760 pt.
  std::vector<std::string> names = {"HEAD", "LEFT", "RIGHT"};
  std::vector<std::size_t> parent = {0, 0, 0};
  for (int i = 0; i < 16; ++i) {
    names.push_back("UNIT " + std::to_string(i));
    parent.push_back(i < 8 ? 1 : 2);
  }
  const compose::OrgChart chart = chart_of(names, parent);
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(chart, 300, metrics);
  CHECK(drawing.fits);
  CHECK(drawing.stacked);
  CHECK(drawing.width <= 300);
  check_no_overlaps(drawing);
  check_inside(drawing);
  // A column under LEFT: one box under the other, each right of LEFT's line and joined to it.
  const Box left = box_of(drawing, "LEFT");
  const Box first = box_of(drawing, "UNIT 0"), second = box_of(drawing, "UNIT 1");
  CHECK(first.x == second.x);
  CHECK(second.y > first.bottom());
  CHECK(first.x > left.centre());
  CHECK(first.y > left.bottom());
  CHECK(joined(drawing, first));
  CHECK(joined(drawing, second));
}

TEST_CASE("too wide even in columns: the narrowest chart, said not to fit", "[layout][org-chart]") {
  std::vector<std::string> names = {"HEAD"};
  std::vector<std::size_t> parent = {0};
  for (int i = 0; i < 12; ++i) {
    names.push_back("UNIT " + std::to_string(i));
    parent.push_back(0);
  }
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(chart_of(names, parent), 30, metrics);
  CHECK_FALSE(drawing.fits);
  CHECK(drawing.stacked);  // the lowest level is the head's units: one column, 40 pt wide
  check_no_overlaps(drawing);
  // Scaled to the width there is: everything in proportion.
  layout::OrgChartDrawing scaled = drawing;
  const double factor = 100 / drawing.width;
  layout::scale_drawing(scaled, factor);
  CHECK(scaled.width == Approx(100));
  CHECK(scaled.height == Approx(drawing.height * factor));
  CHECK(box_of(scaled, "UNIT 3").y == Approx(box_of(drawing, "UNIT 3").y * factor));
}

TEST_CASE("moving a drawing moves every item", "[layout][org-chart]") {
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(setwan(), 1000, metrics);
  std::vector<layout::Item> moved = drawing.items;
  layout::move_items(moved, 100, 50);
  REQUIRE(moved.size() == drawing.items.size());
  const auto* before = std::get_if<layout::TextRun>(&drawing.items.at(1));
  const auto* after = std::get_if<layout::TextRun>(&moved.at(1));
  REQUIRE(before != nullptr);
  REQUIRE(after != nullptr);
  CHECK(after->x == Approx(before->x + 100));
  CHECK(after->baseline == Approx(before->baseline + 50));
}

TEST_CASE("a chart given a height: levels further apart, boxes as they were, a shorter height draws it smaller",
          "[layout][org-chart]") {
  compose::OrgChart chart = setwan();
  const layout::OrgChartDrawing natural = layout::lay_out_org_chart(chart, 1000, metrics);
  REQUIRE(natural.fits);
  chart.height = natural.height * 1.5;
  const layout::OrgChartDrawing taller = layout::lay_out_org_chart(chart, 1000, metrics);
  CHECK(taller.height == Approx(natural.height * 1.5));
  CHECK(taller.width == Approx(natural.width));
  check_no_overlaps(taller);
  check_inside(taller);
  for (const char* name : {"SEKRETARIS DPRD", "BAGIAN UMUM DAN KEUANGAN", "SUBBAGIAN UMUM"}) {
    INFO(name);
    const Box before = box_of(natural, name), after = box_of(taller, name);
    CHECK(after.width == Approx(before.width));
    CHECK(after.height == Approx(before.height));
    CHECK(after.x == Approx(before.x));
  }
  // The room between the head and the Bagian grew, and every Bagian is still joined to the head's line.
  CHECK(box_of(taller, "BAGIAN PERSIDANGAN").y - box_of(taller, "SEKRETARIS DPRD").bottom() >
        box_of(natural, "BAGIAN PERSIDANGAN").y - box_of(natural, "SEKRETARIS DPRD").bottom() + 10);
  for (const char* name : {"BAGIAN UMUM DAN KEUANGAN", "BAGIAN PERSIDANGAN", "KJF FASILITASI", "SUBBAGIAN UMUM"}) {
    INFO(name);
    CHECK(joined(taller, box_of(taller, name)));
  }

  chart.height = natural.height / 2;
  const layout::OrgChartDrawing shorter = layout::lay_out_org_chart(chart, 1000, metrics);
  CHECK(shorter.height == Approx(natural.height / 2));
  CHECK(shorter.width == Approx(natural.width / 2));
}

TEST_CASE("a run kept together, as the holder's name with its degrees, widens its box rather than break",
          "[layout][org-chart]") {
  compose::OrgChart chart = chart_of({"HEAD", "A UNIT", "ANOTHER"}, {0, 0, 0});
  // 30 characters of 5 pt: 150 pt, wider than the widest box (100 pt) the chart draws.
  compose::Span name = test::span("Dr. H. ASWAN AZIS, S.Pi, M.Si.");
  name.keep_together = true;
  chart.units[0].spans.push_back(test::span("\n"));
  chart.units[0].spans.push_back(name);
  const layout::OrgChartDrawing drawing = layout::lay_out_org_chart(chart, 1000, metrics);
  CHECK(box_of(drawing, "HEAD Dr. H. ASWAN AZIS, S.Pi, M.Si.").width >= 150 + 2 * chart.look.padding - 1e-6);
  check_no_overlaps(drawing);
  check_inside(drawing);
}
