// parse_kode: the nomenclature's codes, as plans and spreadsheets write them.

#include <catch2/catch.hpp>

#include "naskah/plan/kode.hpp"

using naskah::plan::parse_kode;

TEST_CASE("a kode is groups of letters and digits separated by dots", "[kode]") {
  CHECK(parse_kode("4.02.01").value == "4.02.01");
  CHECK(parse_kode("4.02.01.2.01.0001").value == "4.02.01.2.01.0001");
  CHECK(parse_kode("X.XX.01").value == "X.XX.01");
  for (const char* bad : {"", ".4.02", "4.02.", "4..02", "4,02", "4.02 01", "4-02"}) {
    INFO(bad);
    CHECK(parse_kode(bad).error == "a kode is groups of letters and digits separated by dots, e.g. 4.02.01");
  }
}
