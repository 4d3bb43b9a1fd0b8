// make_first_plan: the skeleton of a unit's first plan parses, and naskah check finds in it only what is left to
// fill in.

#include <catch2/catch.hpp>

#include "naskah/plan/first_plan.hpp"
#include "plan_fixture.hpp"

using namespace naskah;

namespace {

plan::FirstPlanFacts unit() {
  plan::FirstPlanFacts facts;
  facts.tahun = 2025;
  facts.instansi = "Dinas Kesehatan";
  facts.daerah = "Kabupaten Luwu Timur";
  return facts;
}

}  // namespace

TEST_CASE("a first plan with only the unit: the signatory and the rencana are left to fill in", "[first-plan]") {
  const std::string text = plan::make_first_plan(unit());
  const plan::Plan plan = test::parse_clean(text);
  CHECK(plan.tahun.value == 2025);
  CHECK(plan.instansi.nama == "Dinas Kesehatan");
  CHECK(plan.instansi.singkatan == "Dinas Kesehatan");
  CHECK(plan.instansi.daerah == "Kabupaten Luwu Timur");
  CHECK(plan.rencana.sasaran.empty());
  CHECK_FALSE(plan.evaluasi);
  REQUIRE(plan.bab.size() == 1);
  CHECK(plan.bab[0].id == "rencana-kinerja");
  std::vector<std::string> rules;
  for (const std::string& line : test::diagnostics_of(text)) {
    CHECK(line.find(": warning: ") != std::string::npos);
    rules.push_back(line.substr(line.rfind('[')));
  }
  CHECK(rules == std::vector<std::string>{"[logo-missing]", "[signatory-missing]", "[signatory-missing]",
                                          "[signatory-missing]", "[signatory-missing]", "[signatory-missing]",
                                          "[empty-level]"});
  // The example regent of the region, commented out.
  CHECK(text.find("<atasan jabatan=\"Bupati Luwu Timur\" nama=\"…\"/>") != std::string::npos);
  CHECK(text.find("xsi:schemaLocation") == std::string::npos);
}

TEST_CASE("a first plan with the signatory given: only the logo and the empty rencana are left", "[first-plan]") {
  plan::FirstPlanFacts facts = unit();
  facts.singkatan = "Dinkes";
  facts.jabatan = "Kepala Dinas Kesehatan";
  facts.penandatangan = "dr. ANDI MAKMUR, M.Kes";
  facts.nip = "19800115 200501 1 002";
  facts.pangkat = "Pembina (IV/a)";
  facts.tempat = "Malili";
  facts.tanggal = "2025-01-06";
  const std::string text = plan::make_first_plan(facts, "file:///usr/share/naskah/schema/naskah-rkt-1.xsd");
  const plan::Plan plan = test::parse_clean(text);
  CHECK(plan.instansi.singkatan == "Dinkes");
  CHECK(plan.penandatangan.nama == "dr. ANDI MAKMUR, M.Kes");
  CHECK(plan.penandatangan.nip.value.digits == "198001152005011002");
  CHECK(plan.penandatangan.pangkat == "Pembina (IV/a)");
  CHECK(plan.penandatangan.tanggal.value == plan::CalendarDate{2025, 1, 6});
  // The lambang is a file a first plan cannot know.
  CHECK(test::diagnostics_of(text) ==
        std::vector<std::string>{"11:3: warning: the plan gives no logo, so the cover has no lambang daerah; add "
                                 "logo=\"lambang.png\" to <instansi> (a PNG or JPEG file, found relative to the plan) "
                                 "[logo-missing]",
                                 "39:3: warning: the rencana has no sasaran [empty-level]"});
  CHECK(text.find("xsi:schemaLocation=\"urn:naskah:rkt:1 file:///usr/share/naskah/schema/naskah-rkt-1.xsd\"") !=
        std::string::npos);
}

TEST_CASE("the facts are escaped in attributes and kept out of harm in comments", "[first-plan]") {
  plan::FirstPlanFacts facts = unit();
  facts.instansi = "Dinas Pemuda & Olahraga -- \"Dispora\"";
  facts.daerah = "Kota Palopo";
  const std::string text = plan::make_first_plan(facts);
  const plan::Plan plan = test::parse_clean(text);
  CHECK(plan.instansi.nama == "Dinas Pemuda & Olahraga -- \"Dispora\"");
  CHECK(text.find("Dinas Pemuda & Olahraga - - \"Dispora\", Kota Palopo: a first plan") != std::string::npos);
  CHECK(text.find("<atasan jabatan=\"Wali Kota Palopo\"") != std::string::npos);
}
