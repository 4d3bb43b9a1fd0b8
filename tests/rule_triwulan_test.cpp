// triwulan: the quarters make the year by the indikator's accumulation; a sub kegiatan's quarters add up to its
// spending.

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::one_program;
using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;

namespace {

std::string with_quarters(const std::string& indikator) {
  return "<rencana><sasaran nama=\"S\">" + indikator +
         "\n<program nomor=\"1\" nama=\"P\"><indikator nama=\"I\" target=\"1%\"/><kegiatan nomor=\"1\" nama=\"K\">"
         "<subkegiatan nomor=\"1\" nama=\"Sub\" anggaran=\"1.000\"><indikator nama=\"J\" target=\"1 Dokumen\"/>"
         "</subkegiatan></kegiatan></program></sasaran></rencana>";
}

std::string quarters(const std::string& a, const std::string& b, const std::string& c, const std::string& d) {
  return "<triwulan ke=\"1\" realisasi=\"" + a + "\"/><triwulan ke=\"2\" realisasi=\"" + b +
         "\"/><triwulan ke=\"3\" realisasi=\"" + c + "\"/><triwulan ke=\"4\" realisasi=\"" + d + "\"/>";
}

}  // namespace

TEST_CASE("triwulan: a percentage's year is its last quarter, a count's the sum of its quarters", "[rule][triwulan]") {
  // Defaults from the unit: % is akhir, a count jumlah.
  CHECK(rule_diagnostics(plan_xml(with_quarters(R"(<indikator nama="P" target="100%" realisasi="90%">)" +
                                                quarters("20%", "45%", "70%", "90%") + "</indikator>")),
                         "triwulan")
            .empty());
  CHECK(rule_diagnostics(plan_xml(with_quarters(R"(<indikator nama="D" target="4 Dokumen" realisasi="4 Dokumen">)" +
                                                quarters("1 Dokumen", "0 Dokumen", "2 Dokumen", "1 Dokumen") +
                                                "</indikator>")),
                         "triwulan")
            .empty());
  // Said otherwise: a percentage added up, a count taken at its end.
  CHECK(rule_diagnostics(plan_xml(with_quarters(
                             R"(<indikator nama="P" target="100%" realisasi="90%" akumulasi="jumlah">)" +
                             quarters("20%", "25%", "25%", "20%") + "</indikator>")),
                         "triwulan")
            .empty());
  CHECK(rule_diagnostics(plan_xml(with_quarters(R"(<indikator nama="D" target="4 Dokumen" realisasi="4 Dokumen")"
                                                R"( akumulasi="akhir">)" +
                                                quarters("1 Dokumen", "0 Dokumen", "2 Dokumen", "1 Dokumen") +
                                                "</indikator>")),
                         "triwulan") ==
        std::vector<std::string>{"6:67: warning: indikator \"D\" of sasaran 1 has realisasi 4 Dokumen but triwulan IV "
                                 "reached 1 Dokumen (akumulasi akhir: the year's figure is the last quarter's) [triwulan]"});
}

TEST_CASE("triwulan: all four quarters or none, in the year's unit", "[rule][triwulan]") {
  CHECK(rule_diagnostics(plan_xml(with_quarters(R"(<indikator nama="P" target="100%" realisasi="90%">)"
                                                R"(<triwulan ke="II" realisasi="45%"/></indikator>)")),
                         "triwulan") ==
        std::vector<std::string>{"6:78: warning: indikator \"P\" of sasaran 1 gives its realisasi for some quarters but "
                                 "not for triwulan I, III and IV; give all four, or none [triwulan]"});
  CHECK(rule_diagnostics(plan_xml(with_quarters(R"(<indikator nama="P" target="100%" realisasi="90%">)" +
                                                quarters("20%", "45", "70%", "90%") + "</indikator>")),
                         "triwulan") ==
        std::vector<std::string>{"6:129: warning: the realisasi of triwulan II of indikator \"P\" is \"45\", not a "
                                 "number in the unit of its realisasi for the year, \"90%\" [triwulan]"});
}

TEST_CASE("triwulan: a sub kegiatan's quarters add up to what it spent", "[rule][triwulan]") {
  const std::string spent =
      R"(<subkegiatan nomor="1" nama="Sub" anggaran="100.000" realisasi-anggaran="90.000">)"
      R"(<indikator nama="J" target="1 Dokumen"/><triwulan ke="1" realisasi-anggaran="10.000"/>)"
      R"(<triwulan ke="2" realisasi-anggaran="20.000"/><triwulan ke="3" realisasi-anggaran="30.000"/>)"
      R"(<triwulan ke="4" realisasi-anggaran="%s"/></subkegiatan>)";
  auto with_last = [&](const std::string& last) {
    std::string text = spent;
    return text.replace(text.find("%s"), 2, last);
  };
  CHECK(rule_diagnostics(plan_xml(one_program(with_last("30.000"))), "triwulan").empty());
  CHECK(rule_diagnostics(plan_xml(one_program(with_last("35.000"))), "triwulan") ==
        std::vector<std::string>{"9:54: warning: sub kegiatan 1.1.1 \"Sub\" states realisasi-anggaran Rp 90.000 but "
                                 "its quarters add up to Rp 95.000 [triwulan]"});
}
