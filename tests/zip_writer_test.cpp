// The DOCX's zip writer: entries in the order added, deflated or stored, each dated the document's day at noon
// whatever the time zone, so that the same parts make the same archive.
#include <catch2/catch.hpp>

#include <zip.h>

#include <cstdlib>
#include <ctime>

#include "../src/docx/zip_writer.hpp"
#include "docx_fixture.hpp"

using naskah::docx::detail::ZipWriter;

namespace {

std::string archive() {
  ZipWriter zip({2024, 1, 2});
  zip.add("[Content_Types].xml", std::string(2000, 'a'));
  zip.add("word/media/image1.png", "\x89PNG stored as it is", false);
  zip.add("word/document.xml", "<w:document/>");
  return zip.finish();
}

}  // namespace

TEST_CASE("the zip writer keeps the entries in order, deflated or stored as asked", "[docx][zip]") {
  const std::string bytes = archive();
  const auto entries = naskah::test::unzipped(bytes);
  REQUIRE(entries.size() == 3);
  CHECK(entries[0].first == "[Content_Types].xml");
  CHECK(entries[0].second == std::string(2000, 'a'));
  CHECK(entries[1].first == "word/media/image1.png");
  CHECK(entries[2].second == "<w:document/>");
  CHECK(bytes.size() < 2000);  // the first entry deflated
  CHECK(bytes.find("\x89PNG stored as it is") != std::string::npos);  // the picture stored
}

TEST_CASE("the zip writer dates every entry the document's day, in every time zone", "[docx][zip]") {
  const std::string here = archive();
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(here.data(), here.size(), 0, &error);
  zip_t* read = zip_open_from_source(source, ZIP_RDONLY, &error);
  REQUIRE(read != nullptr);
  for (zip_uint64_t i = 0; i < 3; ++i) {
    zip_stat_t stat;
    zip_stat_index(read, i, 0, &stat);
    std::tm local{};
    localtime_r(&stat.mtime, &local);
    CHECK(local.tm_year + 1900 == 2024);
    CHECK(local.tm_mon + 1 == 1);
    CHECK(local.tm_mday == 2);
    CHECK(local.tm_hour == 12);
  }
  zip_close(read);
  const char* zone = std::getenv("TZ");
  const std::string before = zone ? zone : "";
  setenv("TZ", "Pacific/Kiritimati", 1);
  tzset();
  const std::string far_away = archive();
  if (zone) {
    setenv("TZ", before.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
  CHECK(far_away == here);
}
