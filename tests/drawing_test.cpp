// A drawing made from data, moved and scaled whole: every kind of item, and the drawing's size.

#include <catch2/catch.hpp>

#include "naskah/layout/drawing.hpp"

using namespace naskah::layout;

namespace {

TextRun text_at(double x, double baseline) {
  TextRun run;
  run.x = x;
  run.baseline = baseline;
  return run;
}

Rule rule_from(double x1, double y1, double x2, double y2, double thickness = 0.5) {
  Rule rule;
  rule.x1 = x1;
  rule.y1 = y1;
  rule.x2 = x2;
  rule.y2 = y2;
  rule.thickness = thickness;
  return rule;
}

Rect rect_at(double x, double y, double width, double height, double stroke_width = 0.5) {
  Rect rect;
  rect.x = x;
  rect.y = y;
  rect.width = width;
  rect.height = height;
  rect.stroke = Color{};
  rect.stroke_width = stroke_width;
  return rect;
}

}  // namespace

TEST_CASE("moving a drawing moves every kind of item", "[layout][drawing]") {
  std::vector<Item> items = {text_at(10, 20), rule_from(1, 2, 3, 4), rect_at(5, 6, 7, 8), Anchor{"a", 9}};
  move_items(items, 100, 1000);
  CHECK(std::get<TextRun>(items[0]).x == Approx(110));
  CHECK(std::get<TextRun>(items[0]).baseline == Approx(1020));
  const Rule& rule = std::get<Rule>(items[1]);
  CHECK((rule.x1 == Approx(101) && rule.y1 == Approx(1002) && rule.x2 == Approx(103) && rule.y2 == Approx(1004)));
  CHECK(std::get<Rect>(items[2]).x == Approx(105));
  CHECK(std::get<Rect>(items[2]).y == Approx(1006));
  CHECK(std::get<Rect>(items[2]).width == Approx(7));
  CHECK(std::get<Anchor>(items[3]).y == Approx(1009));
}

TEST_CASE("scaling a drawing scales positions, sizes, type and line widths", "[layout][drawing]") {
  TextRun text = text_at(10, 20);
  text.size = 8;
  text.width = 40;
  Drawing drawing{200, 100, {text, rule_from(0, 0, 10, 0, 1), rect_at(2, 4, 6, 8)}};
  scale_drawing(drawing, 0.5);
  CHECK(drawing.width == Approx(100));
  CHECK(drawing.height == Approx(50));
  const TextRun& run = std::get<TextRun>(drawing.items[0]);
  CHECK((run.x == Approx(5) && run.baseline == Approx(10) && run.size == Approx(4) && run.width == Approx(20)));
  CHECK(std::get<Rule>(drawing.items[1]).thickness == Approx(0.5));
  CHECK(std::get<Rule>(drawing.items[1]).x2 == Approx(5));
  CHECK(std::get<Rect>(drawing.items[2]).stroke_width == Approx(0.25));
  CHECK(std::get<Rect>(drawing.items[2]).height == Approx(4));
}
