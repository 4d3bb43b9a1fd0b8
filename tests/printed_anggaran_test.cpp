// printed_anggaran: what a document prints for a program, a kegiatan or the whole rencana — the figure the plan
// states, else the sum of its sub kegiatan — and whether that figure is one to mark.

#include <catch2/catch.hpp>

#include "naskah/plan/printed_anggaran.hpp"
#include "plan_fixture.hpp"

using namespace naskah;

namespace {

/// Two programs: the first states nothing, the second states a figure its rows do not add up to, and its second
/// kegiatan states one they do.
plan::Plan two_programs(const std::string& rencana_attributes = "") {
  return test::parse_clean(test::plan_xml(
      "<rencana" + rencana_attributes + "><sasaran nama=\"S\"><indikator nama=\"I\" target=\"1\"/>"
      "<program nomor=\"1\" nama=\"P\"><indikator nama=\"I\" target=\"1\"/><kegiatan nomor=\"1\" nama=\"K\">" +
      test::sub(1, "1.000") + test::sub(2, "500") + "</kegiatan></program>"
      "<program nomor=\"2\" nama=\"Q\" anggaran=\"9.000\"><indikator nama=\"I\" target=\"1\"/>"
      "<kegiatan nomor=\"1\" nama=\"K\">" + test::sub(1, "2.000") + "</kegiatan>"
      "<kegiatan nomor=\"2\" nama=\"L\" anggaran=\"3.000\">" + test::sub(1, "3.000") + "</kegiatan></program>"
      "</sasaran></rencana>"));
}

}  // namespace

TEST_CASE("a program prints the anggaran it states, else the sum of its sub kegiatan", "[printed-anggaran]") {
  const plan::Plan p = two_programs();
  const auto& programs = p.rencana.sasaran.at(0).program;

  const plan::PrintedAnggaran first = plan::printed_anggaran(programs.at(0));
  CHECK_FALSE(first.stated.has_value());
  CHECK(first.printed()->value == 1500);
  CHECK_FALSE(first.differs());

  // States 9.000 while its rows add up to 5.000: the stated figure, to be marked.
  const plan::PrintedAnggaran second = plan::printed_anggaran(programs.at(1));
  CHECK(second.printed()->value == 9000);
  CHECK(second.computed->value == 5000);
  CHECK(second.stated->pos.line == 6);  // where the plan states it
  CHECK(second.differs());

  // A kegiatan that states what its rows add up to: the same figure, nothing to mark.
  const plan::PrintedAnggaran kegiatan = plan::printed_anggaran(programs.at(1).kegiatan.at(1));
  CHECK(kegiatan.printed()->value == 3000);
  CHECK_FALSE(kegiatan.differs());
}

TEST_CASE("the rencana prints the total it states, else the sum of every sub kegiatan", "[printed-anggaran]") {
  CHECK(plan::printed_anggaran(two_programs().rencana).printed()->value == 6500);
  CHECK_FALSE(plan::printed_anggaran(two_programs().rencana).differs());
  const plan::PrintedAnggaran stated = plan::printed_anggaran(two_programs(" anggaran=\"10.000\"").rencana);
  CHECK(stated.printed()->value == 10000);
  CHECK(stated.computed->value == 6500);
  CHECK(stated.differs());
}

TEST_CASE("a sum past the 64-bit limit prints the stated figure, or nothing", "[printed-anggaran]") {
  plan::PrintedAnggaran overflowed;  // what total_of gives past the limit: no sum
  CHECK_FALSE(overflowed.printed().has_value());
  overflowed.stated = plan::At<plan::Rupiah>{plan::Rupiah{7}, {}};
  CHECK(overflowed.printed()->value == 7);
  CHECK_FALSE(overflowed.differs());  // there is no sum to differ from
}
