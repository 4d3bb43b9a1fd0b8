#include "naskah/archive/archive_path.hpp"

#include <fmt/format.h>

namespace naskah::archive {

std::string safe_name(std::string_view name) {
  constexpr std::size_t longest = 80;
  std::string out;
  bool gap = false;
  for (char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    const bool kept = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9');
    if (!kept) {
      gap = true;
      continue;
    }
    if (gap && !out.empty()) out += '-';
    gap = false;
    out += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
  }
  if (out.size() > longest) {
    out.resize(longest);
    while (!out.empty() && out.back() == '-') out.pop_back();
  }
  return out.empty() ? std::string("tanpa-nama") : out;
}

std::string archive_path(const FiledDocument& document) {
  std::string file = safe_name(document.document);
  if (document.revision > 0) file += fmt::format("-perubahan-{}", document.revision);
  return fmt::format("{}/{}/{}/{}.pdf", document.tahun, safe_name(document.daerah), safe_name(document.instansi), file);
}

}  // namespace naskah::archive
