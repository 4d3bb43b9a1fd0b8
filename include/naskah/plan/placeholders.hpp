#pragma once
/// The placeholders a plan's text may use ({tahun}, {instansi}, …): one list, read by the parser (to reject
/// unknown names where they stand) and by composition (to resolve them).

#include <string_view>
#include <vector>

namespace naskah::plan {

struct PlaceholderInfo {
  std::string_view name;
  std::string_view meaning;
};

/// Every placeholder naskah knows, in the order docs/plan-format.md lists them.
const std::vector<PlaceholderInfo>& known_placeholders();

bool is_known_placeholder(std::string_view name);

}  // namespace naskah::plan
