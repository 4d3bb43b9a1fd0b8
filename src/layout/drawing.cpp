#include "naskah/layout/drawing.hpp"

#include <type_traits>
#include <variant>

namespace naskah::layout {

void move_items(std::vector<Item>& items, double dx, double dy) {
  for (Item& item : items) {
    std::visit(
        [&](auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, TextRun>) {
            value.x += dx;
            value.baseline += dy;
          } else if constexpr (std::is_same_v<T, Rule>) {
            value.x1 += dx;
            value.x2 += dx;
            value.y1 += dy;
            value.y2 += dy;
          } else if constexpr (std::is_same_v<T, Anchor>) {
            value.y += dy;
          } else {
            value.x += dx;
            value.y += dy;
          }
        },
        item);
  }
}

void scale_drawing(Drawing& drawing, double factor) {
  for (Item& item : drawing.items) {
    std::visit(
        [&](auto& value) {
          using T = std::decay_t<decltype(value)>;
          if constexpr (std::is_same_v<T, TextRun>) {
            value.x *= factor;
            value.baseline *= factor;
            value.size *= factor;
            value.width *= factor;
            value.word_spacing *= factor;
          } else if constexpr (std::is_same_v<T, Rule>) {
            value.x1 *= factor;
            value.x2 *= factor;
            value.y1 *= factor;
            value.y2 *= factor;
            value.thickness *= factor;
          } else if constexpr (std::is_same_v<T, Rect>) {
            value.x *= factor;
            value.y *= factor;
            value.width *= factor;
            value.height *= factor;
            value.stroke_width *= factor;
          } else if constexpr (std::is_same_v<T, Anchor>) {
            value.y *= factor;
          } else {
            value.x *= factor;
            value.y *= factor;
            value.width *= factor;
            value.height *= factor;
          }
        },
        item);
  }
  drawing.width *= factor;
  drawing.height *= factor;
}

}  // namespace naskah::layout
