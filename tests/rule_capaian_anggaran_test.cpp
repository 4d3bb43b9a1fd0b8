// capaian-anggaran: a stated share of the anggaran spent is realisasi ÷ anggaran, a total's the quotient of its sums.

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::one_program;
using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;
using naskah::test::spent_sub;

namespace {

// 50 % of Rp 100 juta and 100 % of Rp 10 juta: Rp 60 juta of Rp 110 juta is 54,545… %; the plain average 75 %.
const std::string subs = spent_sub(1, "100.000.000", "50.000.000") + spent_sub(2, "10.000.000", "10.000.000");

}  // namespace

TEST_CASE("capaian-anggaran: stated at any precision, compared at that precision", "[rule][capaian-anggaran]") {
  for (const char* stated : {"54,55%", "54,5%", "55%", "54,545%", "54,55"}) {
    INFO(stated);
    CHECK(rule_diagnostics(plan_xml(one_program(subs, "", std::string(" capaian-anggaran=\"") + stated + "\"")),
                           "capaian-anggaran")
              .empty());
  }
  CHECK(rule_diagnostics(plan_xml(one_program(subs, "", " capaian-anggaran=\"54,54%\"")), "capaian-anggaran").size() == 1);
}

TEST_CASE("capaian-anggaran: a total given as the average of the percentages below is said to be one",
          "[rule][capaian-anggaran]") {
  CHECK(rule_diagnostics(plan_xml(one_program(subs, "", " capaian-anggaran=\"75%\"")), "capaian-anggaran") ==
        std::vector<std::string>{
            "7:37: warning: program 1 \"Program A\" states capaian-anggaran 75% but its realisasi Rp 60.000.000 of "
            "anggaran Rp 110.000.000 is 54,55%; 75% is the plain average of its sub kegiatan's percentages, but a "
            "total's percentage is the sum of realisasi over the sum of anggaran [capaian-anggaran]"});
  // Another wrong figure is only wrong.
  CHECK(rule_diagnostics(plan_xml(one_program(subs, "", "", " capaian-anggaran=\"60%\"")), "capaian-anggaran") ==
        std::vector<std::string>{
            "8:39: warning: kegiatan 1.1 \"Kegiatan A\" states capaian-anggaran 60% but its realisasi Rp 60.000.000 of "
            "anggaran Rp 110.000.000 is 54,55% [capaian-anggaran]"});
}

TEST_CASE("capaian-anggaran: a sub kegiatan's own percentage", "[rule][capaian-anggaran]") {
  const std::string wrong = spent_sub(1, "100.000.000", "50.000.000", " capaian-anggaran=\"55%\"");
  const auto found = rule_diagnostics(plan_xml(one_program(wrong)), "capaian-anggaran");
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("sub kegiatan 1.1.1 \"Sub 1\" states capaian-anggaran 55% but its realisasi Rp 50.000.000 of "
                      "anggaran Rp 100.000.000 is 50%") != std::string::npos);
}
