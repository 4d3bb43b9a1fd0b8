#include "naskah/text/font_metrics.hpp"

#include "naskah/text/utf8.hpp"

namespace naskah::text {

std::int64_t FontMetrics::advance_sum(FontFace face, std::string_view utf8) const {
  std::int64_t sum = 0;
  for (std::size_t i = 0; i < utf8.size();) sum += advance(face, next_code_point(utf8, i).value);
  return sum;
}

}  // namespace naskah::text
