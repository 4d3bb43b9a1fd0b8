// sasaran-capaian: a sasaran's stated capaian is the mean capaian of its indikator.

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;
using naskah::test::sub;

namespace {

std::string sasaran(const std::string& capaian, const std::string& indikator) {
  return "<rencana><sasaran nomor=\"1\" nama=\"S\" capaian=\"" + capaian + "\">" + indikator +
         "\n<program nomor=\"1\" nama=\"P\"><indikator nama=\"I\" target=\"1%\"/><kegiatan nomor=\"1\" nama=\"K\">" +
         sub(1, "1.000") + "</kegiatan></program></sasaran></rencana>";
}

// 90 % of 100 % and 72 of 70 (102,857… %, printed 102,86 %): their mean 96,43 %.
const std::string two = R"(<indikator nama="A" target="100%" realisasi="90%"/><indikator nama="B" target="70" realisasi="72"/>)";

}  // namespace

TEST_CASE("sasaran-capaian: the mean of the indikator's capaian, at the stated precision", "[rule][sasaran-capaian]") {
  CHECK(rule_diagnostics(plan_xml(sasaran("96,43%", two)), "sasaran-capaian").empty());
  CHECK(rule_diagnostics(plan_xml(sasaran("96,4%", two)), "sasaran-capaian").empty());
  CHECK(rule_diagnostics(plan_xml(sasaran("95%", two)), "sasaran-capaian") ==
        std::vector<std::string>{"6:38: warning: sasaran 1 \"S\" states capaian 95% but the capaian of its 2 indikator "
                                 "average 96,43% [sasaran-capaian]"});
}

TEST_CASE("sasaran-capaian: nothing to compute it from", "[rule][sasaran-capaian]") {
  CHECK(rule_diagnostics(plan_xml(sasaran("100%", R"(<indikator nama="Opini BPK" target="WTP" realisasi="WTP"/>)")),
                         "sasaran-capaian") ==
        std::vector<std::string>{"6:38: warning: sasaran 1 \"S\" states capaian 100% but none of its indikator has a "
                                 "capaian to compute it from (each needs a numeric target and realisasi) [sasaran-capaian]"});
}
