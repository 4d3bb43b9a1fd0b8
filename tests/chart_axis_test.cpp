// The value axis of a chart: nice steps of 1, 2 or 5 × 10^n, numbers exact in Indonesian notation.

#include <catch2/catch.hpp>

#include "naskah/layout/chart_axis.hpp"

using naskah::layout::value_axis;
using naskah::layout::ValueAxis;

namespace {

std::vector<std::string> labels(const ValueAxis& axis) {
  std::vector<std::string> out;
  for (const auto& tick : axis.ticks) out.push_back(tick.label);
  return out;
}

}  // namespace

TEST_CASE("the axis reaches the largest value in at most five steps of 1, 2 or 5", "[layout][chart]") {
  ValueAxis percent = value_axis(96.86);
  CHECK(percent.top == Approx(100));
  CHECK(labels(percent) == std::vector<std::string>{"0", "20", "40", "60", "80", "100"});
  ValueAxis over = value_axis(102.86);
  CHECK(over.top == Approx(150));
  CHECK(labels(over) == std::vector<std::string>{"0", "50", "100", "150"});
  // A value on a tick is the top: nothing is added above it.
  CHECK(value_axis(100).top == Approx(100));
}

TEST_CASE("axis numbers are exact, in Indonesian notation", "[layout][chart]") {
  CHECK(labels(value_axis(2.3)) == std::vector<std::string>{"0", "0,5", "1", "1,5", "2", "2,5"});
  CHECK(labels(value_axis(0.012)) == std::vector<std::string>{"0", "0,005", "0,01", "0,015"});
  CHECK(labels(value_axis(28584.558694)) ==
        std::vector<std::string>{"0", "10.000", "20.000", "30.000"});
  CHECK(labels(value_axis(7, 3)) == std::vector<std::string>{"0", "5", "10"});
}

TEST_CASE("an axis for nothing is 0 to 1", "[layout][chart]") {
  CHECK(labels(value_axis(0)) == std::vector<std::string>{"0", "0,2", "0,4", "0,6", "0,8", "1"});
  CHECK(value_axis(-5).top == Approx(1));
}
