// Reading input files whole within a limit: refused by size before reading, streams cut off at the limit.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "naskah/io/source_file.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using naskah::test::TempFolder;
using naskah::io::read_source_file;

TEST_CASE("a file within the limit is read whole", "[source-file]") {
  TempFolder dir;
  auto file = read_source_file(dir.write("a.xml", "<rkt/>"), 6);
  REQUIRE(file.bytes);
  CHECK(*file.bytes == "<rkt/>");
  CHECK_FALSE(file.too_large);
}

TEST_CASE("a larger regular file is refused by its size, a stream once it passes the limit", "[source-file]") {
  TempFolder dir;
  // 200 MB that take no disk: refused from the size alone, in no time.
  const fs::path big = dir.path / "big.xml";
  std::ofstream(big).close();
  fs::resize_file(big, 200u * 1024u * 1024u);
  auto file = read_source_file(big.string(), 64u * 1024u * 1024u);
  CHECK(file.too_large);
  CHECK_FALSE(file.bytes);
  // /dev/zero never ends: read up to the limit, then refused.
  auto endless = read_source_file("/dev/zero", 100000);
  CHECK(endless.too_large);
  CHECK_FALSE(endless.bytes);
}

TEST_CASE("a folder or a missing file says why", "[source-file]") {
  TempFolder dir;
  auto folder = read_source_file(dir.path.string(), 100);
  CHECK_FALSE(folder.bytes);
  CHECK(folder.problem == "it is a folder, not a file");
  auto missing = read_source_file((dir.path / "none.xml").string(), 100);
  CHECK_FALSE(missing.bytes);
  CHECK(missing.problem == "No such file or directory");
}
