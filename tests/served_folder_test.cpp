// ServedFolder: what the page may choose from, and the containment every path of a request is held to.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "../src/serve/served_folder.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using naskah::serve::ServedFolder;

namespace {

/// A temporary folder with plans/ (the folder served) and plans/sub/ in it.
struct ServedTree : naskah::test::TempFolder {
  ServedTree() { fs::create_directories(path / "plans" / "sub"); }
};

}  // namespace

TEST_CASE("the listing offers the folder's plans and spreadsheets, by name, and nothing else", "[serve]") {
  const ServedTree tree;
  const fs::path& dir = tree.path;
  for (const char* name : {"b.xml", "a.csv", "c.xlsx", "notes.txt", ".hidden.xml"}) std::ofstream(dir / "plans" / name) << "x";
  std::ofstream(dir / "secret.xml") << "<rkt/>";
  fs::create_symlink(dir / "secret.xml", dir / "plans" / "leak.xml");
  fs::create_directory(dir / "plans" / "folder.xml");
  const ServedFolder folder(dir / "plans");

  std::vector<std::string> names;
  for (const auto& file : folder.list()) names.push_back(file.name + (file.spreadsheet ? " (sheet)" : ""));
  CHECK(names == std::vector<std::string>{"a.csv (sheet)", "b.xml", "c.xlsx (sheet)"});
  REQUIRE(folder.find("b.xml"));
  CHECK(folder.find("b.xml")->path == fs::canonical(dir / "plans" / "b.xml"));
  for (const char* hostile : {"../secret.xml", "leak.xml", "/etc/passwd", "sub/../b.xml", "", "notes.txt"}) {
    INFO(hostile);
    CHECK_FALSE(folder.find(hostile));
  }
}

TEST_CASE("containment resolves links and .. before it compares, element by element", "[serve]") {
  const ServedTree tree;
  const fs::path& dir = tree.path;
  fs::create_directories(dir / "plans-old");
  fs::create_directory_symlink(dir, dir / "plans" / "up");
  const ServedFolder folder(dir / "plans");

  CHECK(folder.contains("logo.png"));
  CHECK(folder.contains(dir / "plans" / "sub" / "logo.png"));
  CHECK(folder.contains("sub/../logo.png"));
  CHECK_FALSE(folder.contains("../logo.png"));
  CHECK_FALSE(folder.contains(dir / "plans-old" / "logo.png"));
  CHECK_FALSE(folder.contains("up/secret.png"));
  CHECK_FALSE(folder.contains("/etc/passwd"));
  CHECK_FALSE(folder.contains(dir / "plans"));  // the folder itself is no file in it
}
