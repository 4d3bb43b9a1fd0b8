// evaluation-removed: an <evaluasi> whose subbab the plan removes is a warning at the removal; a first plan's removal,
// while it has no evaluasi, is none.

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using namespace naskah;

namespace {

const std::string rencana = R"(<rencana><sasaran nama="S"><indikator nama="I" target="1%"/>)"
                            R"(<program nomor="1" nama="P"><indikator nama="I" target="1%"/><kegiatan nomor="1" nama="K">)"
                            R"(<subkegiatan nomor="1" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/>)"
                            R"(</subkegiatan></kegiatan></program></sasaran></rencana>)";

const std::string evaluasi = R"(<evaluasi tahun="2024"><sasaran nomor="1" nama="S">)"
                             R"(<indikator nama="I" target="100%" realisasi="90%"/></sasaran></evaluasi>)";

std::string with_bab(const std::string& bab, const std::string& evaluation) {
  std::string xml = test::plan_xml(rencana, evaluation);
  return xml.insert(xml.find("<evaluasi") == std::string::npos ? xml.find("<rencana") : xml.find("<evaluasi"), bab + "\n");
}

}  // namespace

TEST_CASE("an evaluasi with its subbab removed is a warning at the removal", "[rule][evaluation-removed]") {
  const std::string xml = with_bab(R"(<bab id="rencana-kinerja"><subbab id="evaluasi" hapus="ya"/></bab>)", evaluasi);
  CHECK(test::rule_diagnostics(xml, "evaluation-removed") ==
        std::vector<std::string>{"5:27: warning: the plan has an <evaluasi> of 2024, but hapus=\"ya\" removes the "
                                 "Evaluasi subbab that prints it, table and all; remove this <subbab> [evaluation-removed]"});
}

TEST_CASE("a first plan may remove the subbab while it has no evaluasi, other removals are not this rule's",
          "[rule][evaluation-removed]") {
  CHECK(test::rule_diagnostics(with_bab(R"(<bab id="rencana-kinerja"><subbab id="evaluasi" hapus="ya"/></bab>)", ""),
                               "evaluation-removed")
            .empty());
  CHECK(test::rule_diagnostics(with_bab(R"(<bab id="pendahuluan"><subbab id="manfaat" hapus="ya"/></bab>)", evaluasi),
                               "evaluation-removed")
            .empty());
  // Its own Evaluasi subbab, written in the plan, is no removal.
  CHECK(test::rule_diagnostics(
            with_bab(R"(<bab id="rencana-kinerja"><subbab id="evaluasi" judul="Evaluasi"><p>Teks.</p></subbab></bab>)",
                     evaluasi),
            "evaluation-removed")
            .empty());
}
