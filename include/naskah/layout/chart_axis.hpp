#pragma once
/// The value axis of a chart: from 0 to the first "nice" number at or above the largest value, in steps of 1, 2 or 5
/// times a power of ten, as people draw scales — 0, 50, 100, 150 for a largest value of 102,86 — each number labelled
/// exactly in Indonesian notation ("0,5", "1.000"), never through a binary fraction.

#include <string>
#include <vector>

namespace naskah::layout {

struct AxisTick {
  double value = 0;   ///< where it stands on the axis
  std::string label;  ///< as printed: "1.500", "2,5"
};

struct ValueAxis {
  double top = 1;               ///< the axis's largest value: its last tick
  std::vector<AxisTick> ticks;  ///< from 0 up to top, evenly spaced
};

/// An axis for values from 0 to `largest` with at most `most_ticks` steps (at least 1). A largest value of 0 or less
/// gives the axis 0–1.
ValueAxis value_axis(double largest, int most_ticks = 5);

}  // namespace naskah::layout
