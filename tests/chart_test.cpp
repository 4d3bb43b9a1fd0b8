// A chart's layout with the fixed-width font (every character 5 pt at 10 pt): bars stand on the axis as tall as their
// values, lines join their points, labels stand under their categories or, too long, in a key, and the drawing is
// as wide as it was given.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "fake_metrics.hpp"
#include "naskah/layout/chart.hpp"

using namespace naskah;

namespace {

const test::FixedWidthMetrics metrics;

compose::Chart bar_chart(const std::vector<std::string>& labels, const std::vector<std::vector<double>>& values) {
  compose::Chart chart;
  chart.kind = compose::ChartKind::bars;
  chart.series = {{{test::span("Target")}, layout::Color{255, 0, 0}}, {{test::span("Realisasi")}, layout::Color{0, 0, 255}}};
  chart.label_style = test::span("", 10);
  chart.number_style = test::span("", 10);
  chart.line_height = 12;
  chart.plot_height = 100;
  compose::ChartPanel panel;
  panel.axis_title = {test::span("%")};
  for (std::size_t i = 0; i < labels.size(); ++i) {
    compose::ChartCategory category;
    category.label = {test::span(labels[i])};
    for (double v : values[i]) {
      category.values.emplace_back(v);
      category.value_labels.push_back({test::span(std::to_string(static_cast<int>(v)))});
    }
    panel.categories.push_back(std::move(category));
  }
  chart.panels.push_back(std::move(panel));
  return chart;
}

template <class T>
std::vector<T> items_of(const layout::Drawing& drawing) {
  std::vector<T> out;
  for (const layout::Item& item : drawing.items) {
    if (const auto* found = std::get_if<T>(&item)) out.push_back(*found);
  }
  return out;
}

/// The filled rectangles of a colour: the bars of a series (and its legend square, the last).
std::vector<layout::Rect> rects_of(const layout::Drawing& drawing, layout::Color color) {
  std::vector<layout::Rect> out;
  for (const layout::Rect& rect : items_of<layout::Rect>(drawing)) {
    if (rect.fill && *rect.fill == color) out.push_back(rect);
  }
  return out;
}

bool has_text(const layout::Drawing& drawing, const std::string& text) {
  const auto runs = items_of<layout::TextRun>(drawing);
  return std::any_of(runs.begin(), runs.end(), [&](const layout::TextRun& run) { return run.text == text; });
}

}  // namespace

TEST_CASE("bars stand on the axis, as tall as their values against the axis's top", "[layout][chart]") {
  const layout::ChartDrawing drawing =
      layout::lay_out_chart(bar_chart({"A", "B"}, {{100, 80}, {50, 25}}), 400, metrics);
  CHECK(drawing.width == Approx(400));
  const auto targets = rects_of(drawing, {255, 0, 0});
  const auto realisasi = rects_of(drawing, {0, 0, 255});
  REQUIRE(targets.size() == 3);  // two bars and the legend's square
  REQUIRE(realisasi.size() == 3);
  // The axis 0–100: the bars of 100 and 80 are 100 and 80 pt tall, on one baseline.
  CHECK(targets[0].height == Approx(100));
  CHECK(realisasi[0].height == Approx(80));
  CHECK(targets[0].y + targets[0].height == Approx(realisasi[0].y + realisasi[0].height));
  CHECK(targets[1].height == Approx(50));
  // Side by side within a category, the categories left to right.
  CHECK(targets[0].x < realisasi[0].x);
  CHECK(realisasi[0].x + realisasi[0].width < targets[1].x);
  // Values over the bars, the axis's numbers, the labels, the legend.
  for (const char* text : {"100", "80", "50", "25", "0", "20", "A", "B", "Target", "Realisasi", "%"}) {
    INFO(text);
    CHECK(has_text(drawing, text));
  }
  CHECK_FALSE(drawing.keyed);
  // Everything inside the drawing.
  for (const layout::Rect& rect : items_of<layout::Rect>(drawing)) {
    CHECK(rect.x >= -0.01);
    CHECK(rect.x + rect.width <= drawing.width + 0.01);
    CHECK(rect.y + rect.height <= drawing.height + 0.01);
  }
}

TEST_CASE("labels too long for three lines under their group go to a key, numbered", "[layout][chart]") {
  const std::string long_name = "Persentase dokumen perencanaan yang ditetapkan tepat waktu oleh perangkat daerah";
  const layout::ChartDrawing drawing =
      layout::lay_out_chart(bar_chart({long_name, "B"}, {{100, 80}, {50, 25}}), 200, metrics);
  CHECK(drawing.keyed);
  CHECK(has_text(drawing, "1"));
  CHECK(has_text(drawing, "2"));
  // The key gives the label in full after its number.
  const auto runs = items_of<layout::TextRun>(drawing);
  CHECK(std::any_of(runs.begin(), runs.end(), [](const layout::TextRun& run) { return run.text.rfind("1.", 0) == 0; }));
}

TEST_CASE("panels side by side, each with its own axis", "[layout][chart]") {
  compose::Chart chart = bar_chart({"A"}, {{100, 90}});
  compose::Chart other = bar_chart({"D"}, {{4, 9}});
  other.panels[0].axis_title = {test::span("Dokumen")};
  chart.panels.push_back(other.panels[0]);
  const layout::ChartDrawing drawing = layout::lay_out_chart(chart, 400, metrics);
  const auto targets = rects_of(drawing, {255, 0, 0});
  REQUIRE(targets.size() == 3);
  // Each bar stands against its own axis: 100 of 0–100, and 4 of 0–10 (the second panel's largest value is 9).
  CHECK(targets[0].height == Approx(100));
  CHECK(targets[1].height == Approx(40));
  CHECK(targets[1].x > targets[0].x + targets[0].width);
  CHECK(has_text(drawing, "Dokumen"));
}

TEST_CASE("lines join the points of a series, and a missing year breaks the line", "[layout][chart]") {
  compose::Chart chart;
  chart.kind = compose::ChartKind::lines;
  chart.series = {{{test::span("Indikator")}, layout::Color{0, 128, 0}}};
  chart.label_style = test::span("", 10);
  chart.number_style = test::span("", 10);
  chart.line_height = 12;
  chart.plot_height = 100;
  compose::ChartPanel panel;
  for (auto [year, value] : std::vector<std::pair<std::string, std::optional<double>>>{
           {"2021", 60}, {"2022", 80}, {"2023", std::nullopt}, {"2024", 100}}) {
    compose::ChartCategory category;
    category.label = {test::span(year)};
    category.values = {value};
    category.value_labels = {{test::span(value ? std::to_string(static_cast<int>(*value)) : "")}};
    panel.categories.push_back(std::move(category));
  }
  chart.panels.push_back(std::move(panel));
  const layout::ChartDrawing drawing = layout::lay_out_chart(chart, 300, metrics);
  std::vector<layout::Rule> segments;
  for (const layout::Rule& rule : items_of<layout::Rule>(drawing)) {
    if (rule.color == layout::Color{0, 128, 0}) segments.push_back(rule);
  }
  REQUIRE(segments.size() == 1);  // 2021–2022; 2023 has no figure, so 2024 stands alone
  CHECK(segments[0].y2 < segments[0].y1);  // rising: y grows down
  CHECK(rects_of(drawing, {0, 128, 0}).size() == 4);  // three markers and the legend's square
}
