#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;
using naskah::test::sub;

namespace {

/// Program 2 with kegiatan numbered as given, each with sub kegiatan numbered as given.
std::string numbered(const std::vector<int>& kegiatan, const std::vector<int>& subs = {1}, int program = 1) {
  std::string xml = "<rencana><sasaran nama=\"S\"><indikator nama=\"I\" target=\"1%\"/>\n<program nomor=\"" +
                    std::to_string(program) + "\" nama=\"P\"><indikator nama=\"I\" target=\"1%\"/>\n";
  for (int k : kegiatan) {
    xml += "<kegiatan nomor=\"" + std::to_string(k) + "\" nama=\"K\">";
    for (int s : subs) xml += sub(s, "1");
    xml += "</kegiatan>\n";
  }
  return xml + "</program></sasaran></rencana>";
}

}  // namespace

TEST_CASE("numbering: a clean sequence passes", "[rule][numbering]") {
  CHECK(rule_diagnostics(plan_xml(numbered({1, 2, 3}, {1, 2})), "numbering").empty());
}

TEST_CASE("numbering: a gap names the missing number", "[rule][numbering]") {
  CHECK(rule_diagnostics(plan_xml(numbered({1, 2, 3, 4, 6, 7})), "numbering") ==
        std::vector<std::string>{"12:11: warning: kegiatan 1.6 follows kegiatan 1.4: kegiatan 1.5 is missing [numbering]"});
  CHECK(rule_diagnostics(plan_xml(numbered({1, 5})), "numbering") ==
        std::vector<std::string>{"9:11: warning: kegiatan 1.5 follows kegiatan 1.1: kegiatan 1.2 to kegiatan 1.4 are missing [numbering]"});
}

TEST_CASE("numbering: repeats, disorder and a wrong start", "[rule][numbering]") {
  CHECK(rule_diagnostics(plan_xml(numbered({1, 2, 2})), "numbering") ==
        std::vector<std::string>{"10:11: warning: kegiatan 1.2 is numbered twice (first at line 9) [numbering]"});
  // Out of order, nothing missing: one warning, at the item out of place.
  CHECK(rule_diagnostics(plan_xml(numbered({1, 3, 2})), "numbering") ==
        std::vector<std::string>{"10:11: warning: kegiatan 1.2 stands after kegiatan 1.3; order them by number [numbering]"});
  CHECK(rule_diagnostics(plan_xml(numbered({2, 1})), "numbering") ==
        std::vector<std::string>{"9:11: warning: kegiatan 1.1 stands after kegiatan 1.2; order them by number [numbering]"});
  CHECK(rule_diagnostics(plan_xml(numbered({1, 4, 2})), "numbering") ==
        std::vector<std::string>{"9:11: warning: kegiatan 1.4 follows kegiatan 1.1: kegiatan 1.3 is missing [numbering]",
                                 "10:11: warning: kegiatan 1.2 stands after kegiatan 1.4; order them by number [numbering]"});
  CHECK(rule_diagnostics(plan_xml(numbered({1}, {2, 3}, 1)), "numbering") ==
        std::vector<std::string>{"8:43: warning: the first sub kegiatan of kegiatan 1.1 is numbered 2; numbering starts at 1 [numbering]"});
  CHECK(rule_diagnostics(plan_xml(numbered({1}, {1}, 3)), "numbering") ==
        std::vector<std::string>{"7:10: warning: the first program is numbered 3; numbering starts at 1 [numbering]"});
}
