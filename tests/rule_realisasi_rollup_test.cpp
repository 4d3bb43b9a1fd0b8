// realisasi-rollup: what a kegiatan, program or the rencana states it spent is what its sub kegiatan spent.

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::one_program;
using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;
using naskah::test::spent_sub;
using naskah::test::sub;

TEST_CASE("realisasi-rollup: stated sums agree with what the sub kegiatan spent", "[rule][realisasi-rollup]") {
  const std::string subs = spent_sub(1, "1.000.000", "900.000") + spent_sub(2, "2.000.000", "1.500.000");
  CHECK(rule_diagnostics(plan_xml(one_program(subs, " realisasi-anggaran=\"2.400.000\"",
                                              " realisasi-anggaran=\"2.400.000\"", " realisasi-anggaran=\"2400000\"")),
                         "realisasi-rollup")
            .empty());
  CHECK(rule_diagnostics(plan_xml(one_program(subs, " realisasi-anggaran=\"2.500.000\"",
                                              " realisasi-anggaran=\"2.300.000\"")),
                         "realisasi-rollup") ==
        std::vector<std::string>{
            "6:10: warning: the rencana states realisasi-anggaran Rp 2.500.000 but its sub kegiatan spent Rp 2.400.000 "
            "(difference Rp 100.000) [realisasi-rollup]",
            "7:37: warning: program 1 \"Program A\" states realisasi-anggaran Rp 2.300.000 but its sub kegiatan spent "
            "Rp 2.400.000 (difference Rp 100.000) [realisasi-rollup]"});
}

TEST_CASE("realisasi-rollup: a sub kegiatan that says nothing of its spending leaves nothing to add up",
          "[rule][realisasi-rollup]") {
  // realisasi-missing reports the sub kegiatan; a sum over the rest would be a wrong figure.
  const std::string subs = spent_sub(1, "1.000.000", "900.000") + sub(2, "2.000.000");
  CHECK(rule_diagnostics(plan_xml(one_program(subs, "", " realisasi-anggaran=\"1\"")), "realisasi-rollup").empty());
}
