// A zip archive's entries, never more of one than allowed: a zip bomb stops at its declared size before anything is
// inflated, or at the limit while inflating when its directory lies.

#include <catch2/catch.hpp>

#include "../src/plan/zip_archive.hpp"
#include "workbook_fixture.hpp"

using naskah::plan::detail::ZipArchive;
using naskah::plan::detail::ZipEntry;
using Outcome = ZipEntry::Outcome;

TEST_CASE("an entry is read whole, by its name in any letter case, a missing one is missing", "[zip]") {
  const std::string zip = naskah::test::zip_archive({{"xl/workbook.xml", "<workbook/>"}, {"a.txt", "abc"}});
  std::string problem;
  const std::unique_ptr<ZipArchive> archive = ZipArchive::open(zip, problem);
  REQUIRE(archive);
  CHECK(archive->contains("XL/Workbook.xml"));
  const ZipEntry entry = archive->read("xl/WORKBOOK.xml", 100);
  CHECK(entry.outcome == Outcome::read);
  CHECK(entry.bytes == "<workbook/>");
  CHECK(archive->read("a.txt", 3).bytes == "abc");  // exactly the limit
  CHECK(archive->read("b.txt", 100).outcome == Outcome::missing);
}

namespace {

/// 10 MB of spaces, which deflate to some 10 KB: a small zip bomb.
std::string bomb() { return naskah::test::zip_archive({{"sheet.xml", std::string(10'000'000, ' ')}}); }

}  // namespace

TEST_CASE("an entry larger than the limit is refused from the size its directory declares", "[zip]") {
  const std::string zip = bomb();
  CHECK(zip.size() < 100'000);
  std::string problem;
  const std::unique_ptr<ZipArchive> archive = ZipArchive::open(zip, problem);
  REQUIRE(archive);
  const ZipEntry entry = archive->read("sheet.xml", 1'000'000);
  CHECK(entry.outcome == Outcome::too_large);
  CHECK(entry.bytes.empty());
  // Within the limit the entry is read whole.
  CHECK(archive->read("sheet.xml", 10'000'000).outcome == Outcome::read);
}

TEST_CASE("an entry whose directory declares less than it inflates to is stopped at the limit", "[zip]") {
  std::string zip = bomb();
  naskah::test::declare_size(zip, "sheet.xml", 100);
  std::string problem;
  const std::unique_ptr<ZipArchive> archive = ZipArchive::open(zip, problem);
  REQUIRE(archive);
  CHECK(archive->read("sheet.xml", 1'000'000).outcome == Outcome::too_large);
  // Within the limit the entry is read whole, whatever its directory says: the limit bounds it, not the declaration.
  const ZipEntry whole = archive->read("sheet.xml", 20'000'000);
  CHECK(whole.outcome == Outcome::read);
  CHECK(whole.bytes.size() == 10'000'000);
}

TEST_CASE("what is no zip archive, or a damaged one, is refused with libzip's reason", "[zip]") {
  std::string problem;
  CHECK_FALSE(ZipArchive::open("Sasaran;Program\n", problem));
  CHECK_FALSE(problem.empty());
  std::string zip = naskah::test::zip_archive({{"a.txt", std::string(1000, 'a')}});
  CHECK_FALSE(ZipArchive::open(std::string_view(zip).substr(0, zip.size() - 30), problem));  // cut short
  // Its data spoilt: the entry cannot be inflated, or fails its checksum.
  const std::size_t data = zip.find("a.txt") + 5;
  for (std::size_t i = data; i < data + 8; ++i) zip[i] = static_cast<char>(~zip[i]);
  const std::unique_ptr<ZipArchive> archive = ZipArchive::open(zip, problem);
  REQUIRE(archive);
  CHECK(archive->read("a.txt", 10'000).outcome == Outcome::damaged);
}
