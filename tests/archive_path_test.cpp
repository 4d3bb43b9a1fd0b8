// Where naskah archive files a document: names made safe, the same on every machine.

#include <catch2/catch.hpp>

#include "naskah/archive/archive_path.hpp"

using namespace naskah::archive;

TEST_CASE("names become lower-case ASCII words joined by hyphens", "[archive-path]") {
  CHECK(safe_name("Kabupaten Luwu Timur") == "kabupaten-luwu-timur");
  CHECK(safe_name("  Sekretariat DPRD (Setwan) ") == "sekretariat-dprd-setwan");
  CHECK(safe_name("../../etc/passwd") == "etc-passwd");
  CHECK(safe_name("Dinas Pendidikan & Kebudayaan") == "dinas-pendidikan-kebudayaan");
  CHECK(safe_name("Kecamatan Séko") == "kecamatan-s-ko");
  CHECK(safe_name("") == "tanpa-nama");
  CHECK(safe_name("---") == "tanpa-nama");
  const std::string long_name = safe_name(std::string(50, 'a') + " " + std::string(50, 'b'));
  CHECK(long_name.size() <= 80);
  CHECK(long_name.back() != '-');
}

TEST_CASE("a document's place: year, region, unit, document and revision", "[archive-path]") {
  FiledDocument document{2024, "Kabupaten Luwu Timur", "Sekretariat DPRD", "rkt", 0};
  CHECK(archive_path(document) == "2024/kabupaten-luwu-timur/sekretariat-dprd/rkt.pdf");
  document.document = "perjanjian-kinerja";
  document.revision = 1;
  CHECK(archive_path(document) == "2024/kabupaten-luwu-timur/sekretariat-dprd/perjanjian-kinerja-perubahan-1.pdf");
}
