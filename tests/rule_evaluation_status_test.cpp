#include <catch2/catch.hpp>

#include "naskah/plan/achievement.hpp"
#include "plan_fixture.hpp"

using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;

namespace {

const std::string rencana = R"(<rencana><sasaran nama="S"><indikator nama="I" target="1%"/>
<program nomor="1" nama="P"><indikator nama="I" target="1%"/><kegiatan nomor="1" nama="K">
<subkegiatan nomor="1" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
</kegiatan></program></sasaran></rencana>)";

std::string evaluasi(const std::string& indikator) {
  return "<evaluasi tahun=\"2024\"><sasaran nomor=\"1\" nama=\"S\">\n" + indikator + "\n</sasaran></evaluasi>";
}

naskah::plan::Measure m(const char* text) { return *naskah::plan::parse_measure(text).value; }

}  // namespace

TEST_CASE("achievement is computed exactly, status on exact values", "[achievement]") {
  using naskah::plan::compute_achievement;
  using naskah::plan::Arah;
  using naskah::plan::Status;
  auto a = compute_achievement(m("100%"), m("96,86%"), Arah::naik);
  REQUIRE(a);
  CHECK(a->capaian->to_c_string() == "96.86");
  CHECK(a->status == Status::tidak_tercapai);
  CHECK(compute_achievement(m("90%"), m("100%"), Arah::naik)->capaian->to_c_string() == "111.11");
  // 99,999 rounds to 100,00 but is not reached.
  auto nearly = compute_achievement(m("100%"), m("99,999%"), Arah::naik);
  CHECK(nearly->capaian->to_c_string() == "100.00");
  CHECK(nearly->status == Status::tidak_tercapai);
  // Less is better: 8 findings against a ceiling of 10.
  auto fewer = compute_achievement(m("10 Temuan"), m("8 temuan"), Arah::turun);
  CHECK(fewer->capaian->to_c_string() == "125.00");
  CHECK(fewer->status == Status::tercapai);
  // No findings at all: the best result, with no finite percentage.
  auto none = compute_achievement(m("5 Temuan"), m("0 Temuan"), Arah::turun);
  REQUIRE(none);
  CHECK_FALSE(none->capaian);
  CHECK(none->status == Status::tercapai);
  naskah::plan::NoAchievement why;
  CHECK_FALSE(compute_achievement(m("90%"), m("18 Dokumen"), Arah::naik, &why));
  CHECK(why.reason == "target \"90%\" and realisasi \"18 Dokumen\" are in different units");
  CHECK_FALSE(compute_achievement(m("0 Dokumen"), m("1 Dokumen"), Arah::naik, &why));
  CHECK(why.reason == "the target is zero");
  CHECK_FALSE(compute_achievement(m("WTP"), m("WTP"), Arah::naik));
}

TEST_CASE("evaluation-status: a wrong Tercapai is reported with the numbers", "[rule][evaluation-status]") {
  std::string xml = plan_xml(rencana, evaluasi(R"(<indikator nama="Persentase Capaian Kinerja" target="100%" realisasi="96,86%" keterangan="Tercapai"/>)"));
  CHECK(rule_diagnostics(xml, "evaluation-status") ==
        std::vector<std::string>{
            "6:79: warning: indikator \"Persentase Capaian Kinerja\" is marked \"Tercapai\" but realisasi 96,86% of "
            "target 100% is a capaian of 96,86%: Tidak Tercapai [evaluation-status]"});
}

TEST_CASE("evaluation-status: correct statements pass, wrong capaian and units are reported", "[rule][evaluation-status]") {
  CHECK(rule_diagnostics(plan_xml(rencana, evaluasi(R"(<indikator nama="A" target="90%" realisasi="80%" capaian="88,89%" keterangan="Tidak Tercapai"/>)")),
                         "evaluation-status")
            .empty());
  CHECK(rule_diagnostics(plan_xml(rencana, evaluasi(R"(<indikator nama="A" target="90%" realisasi="80%" capaian="88,9%"/>)")),
                         "evaluation-status")
            .empty());
  CHECK(rule_diagnostics(plan_xml(rencana, evaluasi(R"(<indikator nama="A" target="90%" realisasi="80%" capaian="80%"/>)")),
                         "evaluation-status") ==
        std::vector<std::string>{
            "6:50: warning: indikator \"A\" states capaian 80% but realisasi 80% of target 90% is 88,89% [evaluation-status]"});
  CHECK(rule_diagnostics(plan_xml(rencana, evaluasi(R"(<indikator nama="A" target="90%" realisasi="18 Dokumen"/>)")),
                         "evaluation-status") ==
        std::vector<std::string>{
            "6:1: warning: capaian of indikator \"A\" cannot be computed: target \"90%\" and realisasi \"18 Dokumen\" are in different units [evaluation-status]"});
  CHECK(rule_diagnostics(plan_xml(rencana, evaluasi(R"(<indikator nama="Opini BPK" target="WTP" realisasi="WDP" keterangan="Tercapai"/>)")),
                         "evaluation-status")
            .empty());
  CHECK(rule_diagnostics(plan_xml(rencana, evaluasi(R"(<indikator nama="Temuan" target="10 Temuan" realisasi="8 Temuan" arah="turun" keterangan="Tidak Tercapai"/>)")),
                         "evaluation-status") ==
        std::vector<std::string>{
            "6:79: warning: indikator \"Temuan\" is marked \"Tidak Tercapai\" but realisasi 8 Temuan of target 10 Temuan is a capaian of 125%: Tercapai [evaluation-status]"});
}

TEST_CASE("realisasi-missing: an empty realisasi is reported at its indikator, and nothing else of it",
          "[rule][realisasi-missing]") {
  const std::string two_sasaran = R"(<evaluasi tahun="2024"><sasaran nomor="3" nama="S">
<indikator nama="Persentase Capaian Kinerja" target="100%" realisasi=""/>
<indikator nama="Diisi" target="90%" realisasi="90%"/>
</sasaran><sasaran nama="T">
  <indikator nama="Opini BPK" target="WTP" realisasi=" " keterangan="Tercapai"/>
</sasaran></evaluasi>)";
  CHECK(rule_diagnostics(plan_xml(rencana, two_sasaran), "realisasi-missing") ==
        std::vector<std::string>{
            "6:1: warning: the realisasi of indikator \"Persentase Capaian Kinerja\" of sasaran 3 (evaluasi 2024) is not "
            "filled in; write what was achieved in 2024 [realisasi-missing]",
            // A sasaran without nomor is named by its position.
            "9:3: warning: the realisasi of indikator \"Opini BPK\" of sasaran 2 (evaluasi 2024) is not filled in; write "
            "what was achieved in 2024 [realisasi-missing]"});
  // A stated keterangan beside an empty realisasi has nothing to be compared with: no evaluation-status finding.
  CHECK(rule_diagnostics(plan_xml(rencana, two_sasaran), "evaluation-status").empty());
  CHECK(rule_diagnostics(plan_xml(rencana, evaluasi(R"(<indikator nama="A" target="90%" realisasi="80%"/>)")),
                         "realisasi-missing")
            .empty());
  CHECK(rule_diagnostics(plan_xml(rencana), "realisasi-missing").empty());
}

namespace {

/// A rencana whose sasaran holds `indikator` (from line 6), with one program, kegiatan and sub kegiatan.
std::string year_rencana(const std::string& indikator, const std::string& sub_kegiatan = "") {
  return "<rencana><sasaran nama=\"S\">" + indikator +
         "\n<program nomor=\"1\" nama=\"P\"><indikator nama=\"I\" target=\"1%\"/><kegiatan nomor=\"1\" nama=\"K\">\n" +
         (sub_kegiatan.empty() ? std::string(R"(<subkegiatan nomor="1" nama="Sub" anggaran="1.000"><indikator nama="J" target="1 Dokumen"/></subkegiatan>)")
                               : sub_kegiatan) +
         "\n</kegiatan></program></sasaran></rencana>";
}

}  // namespace

TEST_CASE("evaluation-status: the plan year's stated capaian and keterangan are checked as the evaluation's",
          "[rule][evaluation-status]") {
  CHECK(rule_diagnostics(plan_xml(year_rencana(R"(<indikator nama="A" target="100%" realisasi="90%" capaian="90%" keterangan="Tidak Tercapai"/>)")),
                         "evaluation-status")
            .empty());
  CHECK(rule_diagnostics(plan_xml(year_rencana(R"(<indikator nama="A" target="100%" realisasi="90%" capaian="95%" keterangan="Tercapai"/>)")),
                         "evaluation-status") ==
        std::vector<std::string>{
            "6:78: warning: indikator \"A\" states capaian 95% but realisasi 90% of target 100% is 90% [evaluation-status]",
            "6:92: warning: indikator \"A\" is marked \"Tercapai\" but realisasi 90% of target 100% is a capaian of 90%: "
            "Tidak Tercapai [evaluation-status]"});
  // Less is better: 4 findings of a target of 5 is 125 %.
  CHECK(rule_diagnostics(plan_xml(year_rencana(R"(<indikator nama="T" target="5 Temuan" realisasi="4 Temuan" arah="turun" keterangan="Tercapai"/>)")),
                         "evaluation-status")
            .empty());
  // A planned indikator without a realisasi has nothing to be compared.
  CHECK(rule_diagnostics(plan_xml(year_rencana(R"(<indikator nama="A" target="100%" capaian="95%"/>)")),
                         "evaluation-status")
            .empty());
}

TEST_CASE("realisasi-missing: the plan year's empty realisasi, and an item of a level that reports its year",
          "[rule][realisasi-missing]") {
  const std::string indikator =
      R"(<indikator nama="A" target="100%" realisasi=""/><indikator nama="B" target="1%"/><indikator nama="C" target="1%" realisasi="1%"/>)";
  const std::string subs =
      R"(<subkegiatan nomor="1" nama="Satu" anggaran="1.000" realisasi-anggaran=""><indikator nama="J" target="1 Dokumen"/></subkegiatan>)"
      R"(<subkegiatan nomor="2" nama="Dua" anggaran="1.000"><indikator nama="J" target="1 Dokumen"/></subkegiatan>)"
      R"(<subkegiatan nomor="3" nama="Tiga" anggaran="1.000" realisasi-anggaran="900"><indikator nama="J" target="1 Dokumen"/></subkegiatan>)";
  CHECK(rule_diagnostics(plan_xml(year_rencana(indikator, subs)), "realisasi-missing") ==
        std::vector<std::string>{
            "6:62: warning: the realisasi of indikator \"A\" of sasaran 1 is not filled in; write what was achieved in "
            "2025 [realisasi-missing]",
            "6:76: warning: indikator \"B\" of sasaran 1 has no realisasi, though other indikator of its level have; write "
            "what was achieved in 2025 (realisasi=\"…\") [realisasi-missing]",
            "8:53: warning: the realisasi-anggaran of sub kegiatan 1.1.1 \"Satu\" is not filled in; write what it spent "
            "in 2025 [realisasi-missing]",
            "8:129: warning: sub kegiatan 1.1.2 \"Dua\" has no realisasi-anggaran, though other sub kegiatan have; write "
            "what it spent in 2025 (realisasi-anggaran=\"…\") [realisasi-missing]"});
  // A level that reports nothing is a plan, not a report: the program's indikator above say nothing, and nothing is
  // said of them.
  CHECK(rule_diagnostics(plan_xml(year_rencana(R"(<indikator nama="A" target="100%"/>)")), "realisasi-missing").empty());
}
