#include "naskah/plan/placeholders.hpp"

#include <algorithm>

namespace naskah::plan {

const std::vector<PlaceholderInfo>& known_placeholders() {
  static const std::vector<PlaceholderInfo> all = {
      {"tahun", "the plan year"},
      {"tahun-lalu", "the year before the plan year"},
      {"tahun-depan", "the year after the plan year"},
      {"instansi", "the unit's full name"},
      {"singkatan", "the unit's short name"},
      {"daerah", "the region"},
      {"jabatan", "the signatory's title"},
      {"penandatangan", "the signatory's name"},
      {"tempat", "where the document is signed"},
      {"tanggal", "the signing date, written out"},
  };
  return all;
}

bool is_known_placeholder(std::string_view name) {
  const auto& all = known_placeholders();
  return std::any_of(all.begin(), all.end(), [&](const PlaceholderInfo& p) { return p.name == name; });
}

}  // namespace naskah::plan
