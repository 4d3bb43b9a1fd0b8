#pragma once
// The folder naskah serve offers: its plans and spreadsheets, listed by name. A request names a file only by a
// name of this listing; nothing a request says is joined to a path, so no request reaches a file outside it.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::serve {

struct ServedFile {
  std::string name;             ///< as the listing shows it: the file's name in the folder
  std::filesystem::path path;   ///< canonical, inside the folder
  bool spreadsheet = false;     ///< .csv or .xlsx, not a plan
};

class ServedFolder {
 public:
  /// The folder (which the caller has found to be one), made canonical; std::filesystem::filesystem_error when it
  /// is gone.
  explicit ServedFolder(const std::filesystem::path& folder);

  [[nodiscard]] const std::filesystem::path& path() const { return folder_; }

  /// The plans (.xml) and spreadsheets (.csv, .xlsx) directly in the folder, by name; hidden files, folders and
  /// links that lead out of the folder are not offered.
  [[nodiscard]] std::vector<ServedFile> list() const;

  /// The file of the listing called `name`; nothing for any other name ("../x", "/etc/passwd", a name not listed).
  [[nodiscard]] std::optional<ServedFile> find(std::string_view name) const;

  /// Whether `path` (absolute, or relative to the folder), once links and ".." are resolved, is inside the folder.
  [[nodiscard]] bool contains(const std::filesystem::path& path) const;

 private:
  std::filesystem::path folder_;
};

}  // namespace naskah::serve
