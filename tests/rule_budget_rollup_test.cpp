#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;
using naskah::test::sub;

namespace {

std::string one_kegiatan(const std::string& program_anggaran, const std::string& kegiatan_anggaran,
                         const std::string& subs, const std::string& total = "") {
  return "<rencana" + (total.empty() ? "" : " anggaran=\"" + total + "\"") +
         "><sasaran nama=\"S\"><indikator nama=\"I\" target=\"1%\"/>\n"
         "<program nomor=\"1\" nama=\"Program A\"" + (program_anggaran.empty() ? "" : " anggaran=\"" + program_anggaran + "\"") +
         "><indikator nama=\"I\" target=\"1%\"/>\n"
         "<kegiatan nomor=\"1\" nama=\"Kegiatan A\"" + (kegiatan_anggaran.empty() ? "" : " anggaran=\"" + kegiatan_anggaran + "\"") +
         ">\n" + subs + "\n</kegiatan></program></sasaran></rencana>";
}

}  // namespace

TEST_CASE("budget-rollup: a program's stated anggaran must equal its sub kegiatan", "[rule][budget-rollup]") {
  std::string subs = sub(1, "1.000.000") + sub(2, "2.500.000");
  CHECK(rule_diagnostics(plan_xml(one_kegiatan("3.500.000", "", subs)), "budget-rollup").empty());
  CHECK(rule_diagnostics(plan_xml(one_kegiatan("", "", subs)), "budget-rollup").empty());
  CHECK(rule_diagnostics(plan_xml(one_kegiatan("4.916.207.400", "", subs)), "budget-rollup") ==
        std::vector<std::string>{
            "7:37: warning: program 1 \"Program A\" states anggaran Rp 4.916.207.400 but its sub kegiatan add up to "
            "Rp 3.500.000 (difference Rp 4.912.707.400) [budget-rollup]"});
}

TEST_CASE("budget-rollup: a stated kegiatan sum and the stated total are checked too", "[rule][budget-rollup]") {
  std::string subs = sub(1, "1.000") + sub(2, "2.000");
  CHECK(rule_diagnostics(plan_xml(one_kegiatan("", "2.999", subs, "3.001")), "budget-rollup") ==
        std::vector<std::string>{
            "6:10: warning: the rencana states anggaran Rp 3.001 but its sub kegiatan add up to Rp 3.000 (difference Rp 1) [budget-rollup]",
            "8:39: warning: kegiatan 1.1 \"Kegiatan A\" states anggaran Rp 2.999 but its sub kegiatan add up to Rp 3.000 (difference Rp 1) [budget-rollup]"});
}

TEST_CASE("budget-rollup: sums beyond 64 bits are an error, not a wrong total", "[rule][budget-rollup]") {
  std::string subs;
  // 9.999 × 999.999.999.999.999 > 2^63.
  for (int i = 1; i <= 9999; ++i) subs += sub(i, "999.999.999.999.999");
  auto found = rule_diagnostics(plan_xml(one_kegiatan("", "", subs)), "budget-rollup");
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("error: the anggaran add up to more than naskah can count") != std::string::npos);
}
