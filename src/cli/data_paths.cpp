#include "data_paths.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

namespace fs = std::filesystem;

namespace naskah::cli {

namespace {

/// The folder of the running executable.
std::optional<fs::path> executable_dir() {
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (error) return std::nullopt;
  return exe.parent_path();
}

}  // namespace

std::optional<std::string> data_root() {
  std::error_code error;
  std::optional<fs::path> found = executable_dir();
  if (!found) return std::nullopt;
  const fs::path& dir = *found;
  // The build tree (build/naskah beside templates/), an installation's bin/ and libexec/naskah/ (naskah-full).
  const fs::path prefix = dir.parent_path();
  for (const fs::path& candidate :
       {prefix, prefix / "share" / "naskah", dir, prefix.parent_path() / "share" / "naskah"}) {
    if (fs::is_directory(candidate / "templates", error)) return candidate.string();
  }
  return std::nullopt;
}

std::optional<std::string> locale_dir() {
  std::error_code error;
  std::optional<fs::path> dir = executable_dir();
  if (!dir) return std::nullopt;
  for (const fs::path& candidate :
       {*dir / "locale", dir->parent_path() / "share" / "locale", dir->parent_path().parent_path() / "share" / "locale"}) {
    if (fs::is_directory(candidate, error)) return candidate.string();
  }
  return std::nullopt;
}

namespace {

/// The non-empty entries of a colon-separated list in the environment variable `name`.
std::vector<std::string> path_list(const char* name) {
  std::vector<std::string> dirs;
  if (const char* path = std::getenv(name); path != nullptr) {
    std::stringstream entries(path);
    for (std::string entry; std::getline(entries, entry, ':');) {
      if (!entry.empty()) dirs.push_back(entry);
    }
  }
  return dirs;
}

}  // namespace

std::vector<std::string> template_search_dirs() {
  std::vector<std::string> dirs = path_list("NASKAH_TEMPLATE_PATH");
  if (auto root = data_root()) {
    // The standard templates once, also where NASKAH_TEMPLATE_PATH names their folder already: a message that
    // lists where a template was looked for names each folder once.
    const fs::path standard = fs::path(*root) / "templates";
    std::error_code error;
    const bool listed = std::any_of(dirs.begin(), dirs.end(), [&](const std::string& dir) {
      return fs::equivalent(dir, standard, error);
    });
    if (!listed) dirs.push_back(standard.string());
  }
  return dirs;
}

std::vector<std::string> font_path_from_environment() { return path_list("NASKAH_FONT_PATH"); }

std::optional<std::string> find_template(const std::string& name, std::vector<std::string>* searched) {
  for (const std::string& dir : template_search_dirs()) {
    if (searched != nullptr) searched->push_back(dir);
    fs::path candidate = fs::path(dir) / name;
    std::error_code error;
    if (fs::is_regular_file(candidate / "template.xml", error)) return candidate.string();
  }
  return std::nullopt;
}

}  // namespace naskah::cli
