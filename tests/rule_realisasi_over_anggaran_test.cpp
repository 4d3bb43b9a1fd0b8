// realisasi-over-anggaran: no sub kegiatan spends more than its anggaran.

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::one_program;
using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;
using naskah::test::spent_sub;

TEST_CASE("realisasi-over-anggaran: spending all of the anggaran is allowed, a Rupiah more is not",
          "[rule][realisasi-over-anggaran]") {
  CHECK(rule_diagnostics(plan_xml(one_program(spent_sub(1, "1.000.000", "1.000.000"))), "realisasi-over-anggaran")
            .empty());
  CHECK(rule_diagnostics(plan_xml(one_program(spent_sub(1, "1.000.000", "1.000.001"))), "realisasi-over-anggaran") ==
        std::vector<std::string>{
            "9:58: warning: sub kegiatan 1.1.1 \"Sub 1\" spent Rp 1.000.001, more than its anggaran Rp 1.000.000 "
            "(over by Rp 1) [realisasi-over-anggaran]"});
}
