// replace_rencana: a plan's <rencana> replaced in its text, every other byte as it was.

#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "naskah/diag/report.hpp"
#include "naskah/plan/rencana_replace.hpp"
#include "plan_fixture.hpp"
#include "rencana_text.hpp"

using namespace naskah;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const std::string sample_path = std::string(NASKAH_SOURCE_DIR) + "/samples/rkt-2024-setwan-luwu-timur.xml";

}  // namespace

TEST_CASE("the sample's rencana replaced by another plan's: the rest of the file byte for byte", "[rencana-replace]") {
  const std::string old_text = read_file(sample_path);
  const plan::Plan other = test::parse_clean(read_file(std::string(NASKAH_SOURCE_DIR) +
                                                       "/samples/rkt-2025-bappeda-luwu-timur.xml"));
  diag::Diagnostics out;
  std::optional<plan::ReplacedRencana> replaced = plan::replace_rencana(old_text, "plan.xml", other.rencana, out);
  REQUIRE(replaced);
  CHECK(out.empty());
  const std::size_t start = old_text.find("<rencana>");
  const std::size_t end = old_text.find("</rencana>") + std::string("</rencana>").size();
  const std::string& now = replaced->text;
  CHECK(now.substr(0, start) == old_text.substr(0, start));
  CHECK(now.substr(now.find("</rencana>") + std::string("</rencana>").size()) == old_text.substr(end));
  // Indented as the sample's own rencana.
  CHECK(now.find("\n  <rencana>\n    <sasaran nomor=\"1\" nama=\"Meningkatnya kualitas perencanaan pembangunan daerah\">\n"
                 "      <indikator nama=") != std::string::npos);
  CHECK(replaced->old_first_line == 305);
  CHECK(replaced->old_last_line == static_cast<std::uint32_t>(std::count(old_text.begin(), old_text.begin() +
                                                                          static_cast<std::ptrdiff_t>(end), '\n')) + 1);
  const plan::Plan parsed = test::parse_clean(now);
  CHECK(test::rencana_text(parsed.rencana) == test::rencana_text(other.rencana));
  CHECK(parsed.instansi.nama == "Sekretariat Dewan Perwakilan Rakyat Daerah");
}

TEST_CASE("a plan with CRLF line ends and tabs keeps them, a rencana with attributes is replaced whole",
          "[rencana-replace]") {
  const std::string text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2025\">\r\n"
      "\t<instansi nama=\"Badan\" daerah=\"Kota Palopo\"/>\r\n"
      "\t<penandatangan jabatan=\"Kepala\" nama=\"ANDI\" nip=\"198001152005011002\" tempat=\"Palopo\" "
      "tanggal=\"2025-01-06\"/>\r\n"
      "\t<rencana anggaran=\"9\"><!-- old --></rencana> <!-- after -->\r\n</rkt>\r\n";
  const plan::Plan plan = test::parse_clean(test::plan_xml(
      R"(<rencana><sasaran nama="S"><program nomor="1" nama="P"/></sasaran></rencana>)"));
  diag::Diagnostics out;
  std::optional<plan::ReplacedRencana> replaced = plan::replace_rencana(text, "plan.xml", plan.rencana, out);
  REQUIRE(replaced);
  CHECK(replaced->text ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2025\">\r\n"
        "\t<instansi nama=\"Badan\" daerah=\"Kota Palopo\"/>\r\n"
        "\t<penandatangan jabatan=\"Kepala\" nama=\"ANDI\" nip=\"198001152005011002\" tempat=\"Palopo\" "
        "tanggal=\"2025-01-06\"/>\r\n"
        "\t<rencana>\r\n\t\t<sasaran nama=\"S\">\r\n\t\t\t<program nomor=\"1\" nama=\"P\">\r\n\t\t\t</program>\r\n"
        "\t\t</sasaran>\r\n\t</rencana> <!-- after -->\r\n</rkt>\r\n");
  CHECK(replaced->old_first_line == 5);
  CHECK(replaced->old_last_line == 5);
}

TEST_CASE("a plan that is not well-formed, or has no rencana, is not edited", "[rencana-replace]") {
  auto errors = [](const std::string& text) {
    diag::Diagnostics out;
    CHECK_FALSE(plan::replace_rencana(text, "plan.xml", plan::Rencana{}, out));
    std::vector<std::string> lines;
    for (const diag::Diagnostic& d : out.all()) lines.push_back(diag::format_text(d));
    return lines;
  };
  CHECK(errors("<rkt xmlns=\"urn:naskah:rkt:1\">\n  <rencana>\n</rkt>\n") ==
        std::vector<std::string>{"plan.xml:3:1: error: </rkt> closes <rencana>, which is still open since line 2; close "
                                 "<rencana> first [xml-syntax]"});
  CHECK(errors("<rkt xmlns=\"urn:naskah:rkt:1\">\n  <instansi/>\n</rkt>\n") ==
        std::vector<std::string>{"plan.xml:1:1: error: the plan has no <rencana> in its <rkt> to replace "
                                 "[missing-element]"});
}
