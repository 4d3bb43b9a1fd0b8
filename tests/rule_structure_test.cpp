// empty-level and indicator-target.
#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;

TEST_CASE("empty-level: every level has something below it", "[rule][empty-level]") {
  std::string xml = plan_xml(R"(<rencana><sasaran nama="S"><indikator nama="I" target="1%"/>
<program nomor="1" nama="P"><indikator nama="I" target="1%"/>
<kegiatan nomor="1" nama="K"/>
</program></sasaran>
<sasaran nama="T"><indikator nama="I" target="1%"/></sasaran></rencana>)");
  CHECK(rule_diagnostics(xml, "empty-level") ==
        std::vector<std::string>{"8:1: warning: kegiatan 1.1 has no sub kegiatan [empty-level]",
                                 "10:1: warning: sasaran 2 \"T\" has no program [empty-level]"});
  CHECK(rule_diagnostics(plan_xml("<rencana/>"), "empty-level") ==
        std::vector<std::string>{"6:1: warning: the rencana has no sasaran [empty-level]"});
}

TEST_CASE("indicator-target: indicators with targets at every level", "[rule][indicator-target]") {
  std::string xml = plan_xml(R"(<rencana><sasaran nama="S">
<indikator nama="Persentase Rekomendasi DPRD yang ditindaklanjuti"/>
<program nomor="1" nama="P">
<kegiatan nomor="1" nama="K"><subkegiatan nomor="1" nama="Sub" anggaran="5"/></kegiatan>
</program></sasaran></rencana>)");
  CHECK(rule_diagnostics(xml, "indicator-target") ==
        std::vector<std::string>{
            "7:1: warning: indikator \"Persentase Rekomendasi DPRD yang ditindaklanjuti\" of sasaran 1 has no target [indicator-target]",
            "8:1: warning: program 1 has no indikator [indicator-target]",
            "9:30: warning: sub kegiatan 1.1.1 has no indikator [indicator-target]"});
}
