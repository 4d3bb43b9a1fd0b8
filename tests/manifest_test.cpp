// An archive's MANIFEST.tsv, written and read again.

#include <catch2/catch.hpp>

#include "naskah/archive/manifest.hpp"

using namespace naskah::archive;

TEST_CASE("the manifest is sorted by path and reads back as written", "[manifest]") {
  const ManifestRow pk{"2024/a/b/perjanjian-kinerja.pdf", 2024, "Unit\twith a tab", "perjanjian-kinerja", 0,
                       std::string(64, 'c'), "0.9.0", std::string(64, 'd'), "2024-02-01"};
  const ManifestRow rkt{"2024/a/b/rkt-perubahan-1.pdf", 2024, "Unit", "rkt", 1, std::string(64, 'e'), "0.9.0", "",
                        "2024-09-30"};
  const std::string text = manifest_text({rkt, pk});
  CHECK(text.rfind(std::string(manifest_header) + "\n2024/a/b/perjanjian-kinerja.pdf\t2024\tUnit with a tab\t", 0) == 0);
  const ParsedManifest parsed = parse_manifest(text);
  REQUIRE_FALSE(parsed.bad_line);
  REQUIRE(parsed.rows.size() == 2);
  ManifestRow expected = pk;
  expected.unit = "Unit with a tab";
  CHECK(parsed.rows[0] == expected);
  CHECK(parsed.rows[1] == rkt);
}

TEST_CASE("a line that is no row stops the reading at its number", "[manifest]") {
  const std::string text = std::string(manifest_header) + "\na.pdf\t2024\tu\trkt\t0\tx\tv\tt\td\nbroken line\n";
  const ParsedManifest parsed = parse_manifest(text);
  CHECK(parsed.rows.size() == 1);
  CHECK(parsed.bad_line == std::optional<std::size_t>(3));
  CHECK(parse_manifest("a.pdf\ttahun\tu\trkt\t0\tx\tv\tt\td\n").bad_line == std::optional<std::size_t>(1));
}
