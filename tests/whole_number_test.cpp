// parse_whole_number: nomor, tahun and a list's start.

#include <catch2/catch.hpp>

#include "naskah/plan/whole_number.hpp"

using naskah::plan::parse_whole_number;

TEST_CASE("whole numbers are plain digits within their range", "[whole-number]") {
  CHECK(parse_whole_number("1", 1, 9999).value == 1);
  CHECK(parse_whole_number("9999", 1, 9999).value == 9999);
  CHECK(parse_whole_number("007", 1, 9999).value == 7);
  for (const char* bad : {"0", "10000", "", "-1", "+1", "1.0", "1,5", " 1", "2a", "1234567890"}) {
    INFO(bad);
    CHECK(parse_whole_number(bad, 1, 9999).error == "expected a whole number from 1 to 9999");
  }
}
