// signatory-missing: the signatory's facts written empty, to fill in, are warnings at their place; the plan is
// otherwise whole.

#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using namespace naskah;

using test::signatory_plan;

TEST_CASE("an empty signatory's facts are warnings, one at each", "[rule][signatory-missing]") {
  const std::string xml = signatory_plan(
      R"(<penandatangan jabatan="" nama="ANDI" nip="" tempat="Palopo" tanggal=""/>)");
  CHECK(test::rule_diagnostics(xml, "signatory-missing") == std::vector<std::string>{
      "4:16: warning: the signatory's jabatan is not filled in; write the title that stands above the signature "
      "[signatory-missing]",
      "4:39: warning: the signatory's nip is not filled in; write the 18-digit NIP [signatory-missing]",
      "4:62: warning: the signatory's tanggal is not filled in; write the day the plan is signed, as YYYY-MM-DD "
      "[signatory-missing]"});
  // No other rule speaks of them: no NIP to check, no year to compare.
  CHECK(test::rule_diagnostics(xml, "nip").empty());
  CHECK(test::rule_diagnostics(xml, "year-consistency").empty());
  const plan::Plan plan = test::parse_clean(xml);
  CHECK(plan.penandatangan.nip.value.digits.empty());
  CHECK(plan.penandatangan.tanggal.value.year == 0);
}

TEST_CASE("a signatory written whole has no such warning, a missing attribute is still an error",
          "[rule][signatory-missing]") {
  CHECK(test::rule_diagnostics(signatory_plan(R"(<penandatangan jabatan="Kepala" nama="ANDI" nip="198001152005011002" )"
                                         R"(tempat="Palopo" tanggal="2025-01-06"/>)"),
                               "signatory-missing")
            .empty());
  CHECK(test::diagnostics_of(signatory_plan(R"(<penandatangan jabatan="" nama="ANDI" nip="" tempat="Palopo"/>)")) ==
        std::vector<std::string>{"4:1: error: <penandatangan> needs the attribute \"tanggal\" [missing-attribute]"});
}
