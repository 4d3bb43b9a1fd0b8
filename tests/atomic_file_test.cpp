// Files written whole or not at all: a new file never replaces one that exists, a failure is a FileError that
// names the path and leaves nothing behind.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <mutex>
#include <optional>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "naskah/io/atomic_file.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
namespace io = naskah::io;
using naskah::test::TempFolder;

namespace {

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace

TEST_CASE("a new file is written atomically and never replaces one that exists", "[atomic-file]") {
  TempFolder dir;
  const fs::path target = dir.path / "rkt-2025.xml";
  auto entries = [&] {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir.path)) names.push_back(entry.path().filename().string());
    return names;
  };
  CHECK(io::write_new_file_atomically(target.string(), "first"));
  CHECK(read_file(target) == "first");
  CHECK((fs::status(target).permissions() & fs::perms::others_read) != fs::perms::none);
  CHECK_FALSE(io::write_new_file_atomically(target.string(), "second"));
  CHECK(read_file(target) == "first");
  CHECK(entries() == std::vector<std::string>{"rkt-2025.xml"});  // no temporary file left behind
  io::write_file_atomically(target.string(), "third");
  CHECK(read_file(target) == "third");
  CHECK_THROWS_WITH(io::write_new_file_atomically((dir.path / "missing" / "x.xml").string(), "x"),
                    Catch::Contains("No such file or directory"));
  CHECK(entries() == std::vector<std::string>{"rkt-2025.xml"});
}

TEST_CASE("a file that cannot be written is a FileError naming it", "[atomic-file]") {
  TempFolder dir;
  const fs::path target = dir.path / "missing" / "data.csv";
  try {
    io::write_file_atomically(target.string(), "a;b\n");
    FAIL("no FileError");
  } catch (const io::FileError& error) {
    CHECK_THAT(error.what(), Catch::Contains((dir.path / "missing").string()));
  }
  CHECK(io::unwritable_reason(target.string()).has_value());
  CHECK_FALSE(io::unwritable_reason((dir.path / "data.csv").string()).has_value());
}

TEST_CASE("files put in place on a thread of their own arrive whole, and one that cannot be is removed", "[atomic-file]") {
  TempFolder dir;
  const std::string old_file = dir.write("b.pdf", "old b");
  fs::create_directory(dir.path / "c.pdf");  // a folder where a file is to go: the rename fails
  dir.write("c.pdf/kept", "x");
  std::vector<std::string> heard;
  std::mutex heard_lock;
  {
    io::FilesPutInPlace placer;
    for (const std::string name : {"a.pdf", "b.pdf", "c.pdf"}) {
      io::write_file_atomically(
          (dir.path / name).string(), [&](const io::ByteWriter& write) { write("new "), write(name); }, placer,
          [&, name](const std::optional<std::string>& problem) {
            std::lock_guard lock(heard_lock);
            heard.push_back(name + (problem ? ": " + *problem : ": in place"));
          });
    }
    placer.finish();
    std::lock_guard lock(heard_lock);
    REQUIRE(heard.size() == 3);  // every one told by finish()
    CHECK(heard[0] == "a.pdf: in place");
    CHECK(heard[1] == "b.pdf: in place");
    CHECK_THAT(heard[2], Catch::StartsWith("c.pdf: cannot replace " + (dir.path / "c.pdf").string()));
  }
  CHECK(dir.read("a.pdf") == "new a.pdf");
  CHECK(dir.read("b.pdf") == "new b.pdf");
  CHECK(dir.read("c.pdf/kept") == "x");
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir.path)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  CHECK(names == std::vector<std::string>{"a.pdf", "b.pdf", "c.pdf"});  // c's temporary file is gone
}
