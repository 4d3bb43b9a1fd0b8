// logo-missing: a plan without the lambang daerah of its cover is a warning at <instansi>; one that names a logo is
// not (whether the file is usable is composition's business, an error when the document is built).

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using namespace naskah;

namespace {

std::string plan_with(const std::string& instansi) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2025\">\n" + instansi + "\n"
         "<penandatangan jabatan=\"Kepala Badan\" nama=\"ANDI\" nip=\"198001152005011002\" pangkat=\"Pembina (IV/a)\" "
         "tempat=\"Palopo\" tanggal=\"2025-01-06\"/>\n<rencana/>\n</rkt>\n";
}

}  // namespace

TEST_CASE("a plan without a logo is warned at <instansi>", "[rule][logo-missing]") {
  CHECK(test::rule_diagnostics(plan_with(R"(  <instansi nama="Badan" daerah="Kota Palopo"/>)"), "logo-missing") ==
        std::vector<std::string>{
            "3:3: warning: the plan gives no logo, so the cover has no lambang daerah; add logo=\"lambang.png\" to "
            "<instansi> (a PNG or JPEG file, found relative to the plan) [logo-missing]"});
}

TEST_CASE("a plan that names its logo has no such warning", "[rule][logo-missing]") {
  CHECK(test::rule_diagnostics(plan_with(R"(<instansi nama="Badan" daerah="Kota Palopo" logo="lambang.png"/>)"),
                               "logo-missing")
            .empty());
}
