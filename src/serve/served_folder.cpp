#include "served_folder.hpp"

#include <algorithm>
#include <system_error>

namespace fs = std::filesystem;

namespace naskah::serve {
namespace {

bool offered_extension(const fs::path& path, bool& spreadsheet) {
  const std::string extension = path.extension().string();
  spreadsheet = extension == ".csv" || extension == ".xlsx";
  return spreadsheet || extension == ".xml";
}

}  // namespace

ServedFolder::ServedFolder(const fs::path& folder) : folder_(fs::canonical(folder)) {}

bool ServedFolder::contains(const fs::path& path) const {
  std::error_code error;
  const fs::path resolved = fs::weakly_canonical(path.is_absolute() ? path : folder_ / path, error);
  if (error) return false;
  // Compared element by element: "/plans-old" is not inside "/plans".
  auto [inside, rest] = std::mismatch(folder_.begin(), folder_.end(), resolved.begin(), resolved.end());
  return inside == folder_.end() && rest != resolved.end();
}

std::vector<ServedFile> ServedFolder::list() const {
  std::vector<ServedFile> files;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder_, error)) {
    const std::string name = entry.path().filename().string();
    bool spreadsheet = false;
    if (name.starts_with(".") || !offered_extension(entry.path(), spreadsheet)) continue;
    std::error_code ignored;
    if (!fs::is_regular_file(entry.path(), ignored) || !contains(entry.path())) continue;
    files.push_back({name, fs::canonical(entry.path(), ignored), spreadsheet});
  }
  std::sort(files.begin(), files.end(), [](const ServedFile& a, const ServedFile& b) { return a.name < b.name; });
  return files;
}

std::optional<ServedFile> ServedFolder::find(std::string_view name) const {
  for (ServedFile& file : list()) {
    if (file.name == name) return std::move(file);
  }
  return std::nullopt;
}

}  // namespace naskah::serve
