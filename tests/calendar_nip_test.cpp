#include <catch2/catch.hpp>

#include "naskah/plan/calendar_date.hpp"
#include "naskah/plan/nip.hpp"

using naskah::plan::parse_iso_date;
using naskah::plan::parse_nip;

TEST_CASE("ISO dates must exist in the calendar", "[date]") {
  auto d = *parse_iso_date("2024-01-02").value;
  CHECK(d.year == 2024);
  CHECK(d.month == 1);
  CHECK(d.day == 2);
  CHECK(parse_iso_date("2024-02-29"));
  CHECK(parse_iso_date("2023-02-29").error == "there is no such day in the calendar");
  CHECK(parse_iso_date("1900-02-29").error == "there is no such day in the calendar");
  CHECK(parse_iso_date("2000-02-29"));
  CHECK(parse_iso_date("02-01-2024").error == "write dates as YYYY-MM-DD, e.g. 2024-01-02");
  CHECK_FALSE(parse_iso_date("2024-1-2"));
  CHECK_FALSE(parse_iso_date("2024-13-01"));
}

TEST_CASE("a NIP is 18 digits, optionally grouped 8 6 1 3", "[nip]") {
  auto nip = *parse_nip("197603162008031001").value;
  CHECK(nip.birth_year() == 1976);
  CHECK(nip.birth_month() == 3);
  CHECK(nip.birth_day() == 16);
  CHECK(nip.appointment_year() == 2008);
  CHECK(nip.appointment_month() == 3);
  CHECK(nip.sex_digit() == 1);
  CHECK(nip.serial() == 1);
  CHECK(nip.grouped() == "19760316 200803 1 001");
  CHECK(parse_nip("19760316 200803 1 001").value->digits == "197603162008031001");
  CHECK(parse_nip("19760316200803100").error == "a NIP has 18 digits, this one 17");
  CHECK(parse_nip("1976031620080310O1").error == "a NIP holds only digits");
  CHECK(parse_nip("1976 0316200803 1001").error == "spaces may only separate the groups 8, 6, 1 and 3 digits long");
}
