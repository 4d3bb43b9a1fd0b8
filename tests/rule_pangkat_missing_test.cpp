// pangkat-missing: a signatory or superior with a NIP signs with the pangkat under the name; one without a NIP (a
// regent) and a NIP still to fill in (nip="") are not warned.

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using namespace naskah;

namespace {

using test::signatory_plan;

const std::string signatory_without_pangkat =
    R"(<penandatangan jabatan="Kepala Badan" nama="ANDI" nip="198001152005011002" tempat="Palopo" tanggal="2025-01-06"/>)";

}  // namespace

TEST_CASE("a signatory with a NIP and no pangkat is warned at <penandatangan>", "[rule][pangkat-missing]") {
  CHECK(test::rule_diagnostics(signatory_plan(signatory_without_pangkat), "pangkat-missing") ==
        std::vector<std::string>{
            "4:1: warning: the signatory has a NIP but no pangkat, which is printed under the name; add pangkat=\"…\" "
            "to <penandatangan>, e.g. pangkat=\"Pembina Utama Muda (IV/c)\" [pangkat-missing]"});
}

TEST_CASE("a superior with a NIP and no pangkat is warned at <atasan>, a regent without a NIP is not",
          "[rule][pangkat-missing]") {
  const std::string signer =
      R"x(<penandatangan jabatan="Kepala Badan" nama="ANDI" nip="198001152005011002" pangkat="Pembina (IV/a)" )x"
      R"x(tempat="Palopo" tanggal="2025-01-06"/>)x";
  CHECK(test::rule_diagnostics(
            signatory_plan(signer + "\n" + R"(<atasan jabatan="Sekretaris Daerah" nama="B" nip="196807121994031006"/>)"),
            "pangkat-missing") ==
        std::vector<std::string>{
            "5:1: warning: the superior has a NIP but no pangkat, which is printed under the name; add pangkat=\"…\" "
            "to <atasan>, or leave out the NIP of a regent or mayor [pangkat-missing]"});
  CHECK(test::rule_diagnostics(signatory_plan(signer + "\n" + R"(<atasan jabatan="Wali Kota Palopo" nama="B"/>)"),
                               "pangkat-missing")
            .empty());
}

TEST_CASE("a NIP still to fill in asks for no pangkat yet", "[rule][pangkat-missing]") {
  CHECK(test::rule_diagnostics(
            signatory_plan(R"(<penandatangan jabatan="Kepala Badan" nama="ANDI" nip="" tempat="Palopo" tanggal="2025-01-06"/>)"),
            "pangkat-missing")
            .empty());
}
