// make_next_year_plan: next year's plan made from this year's file, on the sample and on small plans.

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "naskah/plan/next_year.hpp"
#include "plan_fixture.hpp"

using namespace naskah;

namespace {

struct Made {
  plan::NextYearPlan made;
  plan::Plan plan;  ///< the new file, parsed: it must have no errors
};

Made next_year(const std::string& old_text, int year) {
  plan::Plan old = test::parse_clean(old_text);
  Made out{plan::make_next_year_plan(old_text, old, year), {}};
  out.plan = test::parse_clean(out.made.text);
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string line_of(const std::string& text, std::uint32_t line) {
  std::size_t at = 0;
  for (std::uint32_t i = 1; i < line; ++i) at = text.find('\n', at) + 1;
  return text.substr(at, text.find('\n', at) - at);
}

const std::string rencana_one = R"(  <rencana>
    <sasaran nama="Sasaran A">
      <indikator nama="Indeks A" target="100%"/>
      <program nomor="1" nama="P"><indikator nama="I" target="1%"/><kegiatan nomor="1" nama="K">
        <subkegiatan nomor="1" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
      </kegiatan></program>
    </sasaran>
  </rencana>)";

std::string plan_text(const std::string& tanggal, const std::string& between, const std::string& rencana) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\">\n"
         "  <instansi nama=\"Badan Perencanaan Pembangunan Daerah\" daerah=\"Kota Palopo\"/>\n"
         "  <penandatangan jabatan=\"Kepala Badan\" nama=\"ANDI MAKMUR\" nip=\"198001152005011002\"\n"
         "                 tempat=\"Palopo\" tanggal=\"" + tanggal + "\"/>\n"
         "  <bab judul=\"Penutup\"><p>Tahun {tahun}.</p></bab>\n" +
         between + rencana + "\n</rkt>\n";
}

}  // namespace

TEST_CASE("next year's plan from the sample: tahun, date, an evaluasi from the rencana, the rest as it was",
          "[next-year]") {
  const std::string old_text = read_file(std::string(NASKAH_SOURCE_DIR) + "/samples/rkt-2024-setwan-luwu-timur.xml");
  REQUIRE(!old_text.empty());
  Made m = next_year(old_text, 2025);
  const std::string& text = m.made.text;

  CHECK(m.plan.tahun.value == 2025);
  CHECK(m.plan.penandatangan.tanggal.value == plan::CalendarDate{2025, 1, 2});
  REQUIRE(m.plan.evaluasi);
  CHECK(m.plan.evaluasi->tahun.value == 2024);
  REQUIRE(m.plan.evaluasi->sasaran.size() == 2);
  const plan::SasaranEvaluasi& first = m.plan.evaluasi->sasaran[0];
  CHECK(first.nomor == 1);
  CHECK(first.nama == "Meningkatnya akuntabilitas Kinerja dan Keuangan");
  REQUIRE(first.indikator.size() == 1);
  CHECK(first.indikator[0].nama == "Persentase Capaian Kinerja Program Pada Sekretariat DPRD");
  CHECK(first.indikator[0].target.value.text == "100%");
  CHECK_FALSE(first.indikator[0].realisasi);
  const plan::SasaranEvaluasi& second = m.plan.evaluasi->sasaran[1];
  CHECK(second.nomor == 2);
  REQUIRE(second.indikator.size() == 1);
  CHECK(second.indikator[0].nama == "Persentase Ranperdah yang disetujui bersama");
  CHECK(second.indikator[0].target.value.text == "90%");
  CHECK_FALSE(second.indikator[0].realisasi);
  CHECK(m.made.sasaran == 2);
  CHECK(m.made.indikator_to_fill == 2);

  // The indikator the sample's rencana leaves without a target is commented out, ready to be completed.
  REQUIRE(m.made.left_out.size() == 1);
  CHECK(m.made.left_out[0].sasaran == 2);
  CHECK(m.made.left_out[0].nama == "Persentase Rekomendasi DPRD yang ditindaklanjuti");
  CHECK(line_of(text, m.made.left_out[0].line) ==
        "      <!-- no target in the plan for 2024: <indikator nama=\"Persentase Rekomendasi DPRD yang ditindaklanjuti\" "
        "target=\"\" realisasi=\"\"/> -->");

  // Outside the three edits, the bytes of the old file: its header comment, its chapters, the whole rencana.
  const std::size_t old_evaluasi = old_text.find("  <evaluasi");
  const std::size_t new_evaluasi = text.find("  <evaluasi");
  std::string old_head = old_text.substr(0, old_evaluasi);
  std::string new_head = text.substr(0, new_evaluasi);
  old_head.replace(old_head.find("tahun=\"2024\""), 12, "tahun=\"2025\"");
  old_head.replace(old_head.find("tanggal=\"2024-01-02\""), 20, "tanggal=\"2025-01-02\"");
  CHECK(new_head == old_head);
  CHECK(text.substr(text.find("</evaluasi>")) == old_text.substr(old_text.find("</evaluasi>")));
  CHECK(text.find("<!-- seed: keterangan \"Tercapai\" is wrong") == std::string::npos);  // it was about 2023

  // What the checker then says of the evaluasi: each realisasi to fill in, at its indikator.
  std::vector<std::string> missing = test::rule_diagnostics(text, "realisasi-missing");
  REQUIRE(missing.size() == 2);
  CHECK(missing[0].rfind(std::to_string(first.indikator[0].pos.line) + ":7: warning: the realisasi of indikator "
                         "\"Persentase Capaian Kinerja Program Pada Sekretariat DPRD\" of sasaran 1 (evaluasi 2024)", 0) == 0);
  CHECK(test::rule_diagnostics(text, "year-consistency").empty());
  CHECK(test::rule_diagnostics(text, "evaluation-status").empty());
}

TEST_CASE("next year's plan: an evaluasi is created before the rencana, indented as the file is", "[next-year]") {
  Made m = next_year(plan_text("2024-01-02", "\n", rencana_one), 2025);
  CHECK(m.made.text.find("  <bab judul=\"Penutup\"><p>Tahun {tahun}.</p></bab>\n\n"
                         "  <evaluasi tahun=\"2024\">\n"
                         "    <sasaran nomor=\"1\" nama=\"Sasaran A\">\n"
                         "      <indikator nama=\"Indeks A\" target=\"100%\" realisasi=\"\"/>\n"
                         "    </sasaran>\n"
                         "  </evaluasi>\n\n"
                         "  <rencana>\n") != std::string::npos);
  REQUIRE(m.plan.evaluasi);
  CHECK(m.plan.evaluasi->sasaran.at(0).indikator.at(0).pos.line == 10);
}

TEST_CASE("next year's plan: 29 February becomes the 28th, a later year is allowed, CRLF and tabs are kept",
          "[next-year]") {
  std::string old_text = plan_text("2024-02-29", "\n", rencana_one);
  for (std::size_t at = old_text.find("  "); at != std::string::npos; at = old_text.find("  ", at)) old_text.replace(at, 2, "\t");
  for (std::size_t at = old_text.find('\n'); at != std::string::npos; at = old_text.find('\n', at + 2)) old_text.insert(at, "\r");
  Made m = next_year(old_text, 2027);
  CHECK(m.plan.tahun.value == 2027);
  CHECK(m.plan.penandatangan.tanggal.value == plan::CalendarDate{2027, 2, 28});
  CHECK(m.plan.evaluasi->tahun.value == 2024);  // the year of the old plan, whose rencana it evaluates
  CHECK(m.made.text.find("\r\n\t<evaluasi tahun=\"2024\">\r\n\t\t<sasaran nomor=\"1\" nama=\"Sasaran A\">\r\n"
                         "\t\t\t<indikator nama=\"Indeks A\" target=\"100%\" realisasi=\"\"/>\r\n") != std::string::npos);
  const std::string& text = m.made.text;
  CHECK(std::count(text.begin(), text.end(), '\n') == std::count(text.begin(), text.end(), '\r'));  // no bare LF
  CHECK(next_year(plan_text("2024-02-29", "\n", rencana_one), 2028).plan.penandatangan.tanggal.value ==
        plan::CalendarDate{2028, 2, 29});
  // Signed late in the year before the plan's: so is next year's.
  CHECK(next_year(plan_text("2023-12-28", "\n", rencana_one), 2025).plan.penandatangan.tanggal.value ==
        plan::CalendarDate{2024, 12, 28});
  // A date not filled in yet (a first plan's) stays so.
  Made blank = next_year(plan_text("", "\n", rencana_one), 2025);
  CHECK(blank.made.text.find("tempat=\"Palopo\" tanggal=\"\"/>") != std::string::npos);
  CHECK(blank.plan.penandatangan.tanggal.value.year == 0);
}

TEST_CASE("next year's plan: the old evaluasi is replaced whole, whatever its comments and attributes hold",
          "[next-year]") {
  const std::string old_evaluasi = R"(  <evaluasi tahun="2023"><!-- </evaluasi> in a comment -->
    <sasaran nama="a > b"><indikator nama="I" target="1%" realisasi="2%"/></sasaran>
  </evaluasi>
)";
  Made m = next_year(plan_text("2024-01-02", old_evaluasi + "  <!-- the rencana follows -->\n", rencana_one), 2025);
  CHECK(m.made.text.find("a > b") == std::string::npos);
  CHECK(m.made.text.find("in a comment") == std::string::npos);
  CHECK(m.made.text.find("  </evaluasi>\n  <!-- the rencana follows -->\n  <rencana>") != std::string::npos);
  CHECK(m.plan.evaluasi->sasaran.at(0).nama == "Sasaran A");
}

TEST_CASE("next year's plan: what has no target is commented out; names are escaped, long lines wrapped",
          "[next-year]") {
  const std::string long_name(90, 'x');
  const std::string rencana = R"(  <rencana>
    <sasaran nomor="1" nama="Tanpa target">
      <indikator nama="Belum -- ada"/>
      <program nomor="1" nama="P"><indikator nama="I" target="1%"/><kegiatan nomor="1" nama="K">
        <subkegiatan nomor="1" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
      </kegiatan></program>
    </sasaran>
    <sasaran nomor="2" nama="Kinerja &amp; &quot;Keuangan&quot;">
      <indikator nama=")" + long_name + R"(" target="2 Dokumen"/>
      <program nomor="2" nama="P"><indikator nama="I" target="1%"/><kegiatan nomor="1" nama="K">
        <subkegiatan nomor="1" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
      </kegiatan></program>
    </sasaran>
  </rencana>)";
  Made m = next_year(plan_text("2024-01-02", "\n", rencana), 2025);
  const std::string& text = m.made.text;
  CHECK(text.find("  <evaluasi tahun=\"2024\">\n"
                  "    <!-- no indikator of this sasaran has a target in the plan for 2024:\n"
                  "    <sasaran nomor=\"1\" nama=\"Tanpa target\">\n"
                  "      <indikator nama=\"Belum - - ada\" target=\"\" realisasi=\"\"/>\n"
                  "    </sasaran> -->\n"
                  "    <sasaran nomor=\"2\" nama=\"Kinerja &amp; &quot;Keuangan&quot;\">\n"
                  "      <indikator nama=\"" + long_name + "\"\n"
                  "                 target=\"2 Dokumen\" realisasi=\"\"/>\n"
                  "    </sasaran>\n"
                  "  </evaluasi>\n") != std::string::npos);
  REQUIRE(m.made.left_out.size() == 1);
  CHECK(m.made.left_out[0].nama.empty());
  CHECK(m.made.left_out[0].sasaran == 1);
  CHECK(line_of(text, m.made.left_out[0].line) == "    <!-- no indikator of this sasaran has a target in the plan for 2024:");
  REQUIRE(m.plan.evaluasi->sasaran.size() == 1);
  CHECK(m.plan.evaluasi->sasaran[0].nama == "Kinerja & \"Keuangan\"");
  CHECK(m.made.sasaran == 1);
  CHECK(m.made.indikator_to_fill == 1);
}
