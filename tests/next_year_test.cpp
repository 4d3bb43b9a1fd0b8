// make_next_year_plan: next year's plan made from this year's file, on the sample and on small plans.

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "naskah/plan/first_plan.hpp"
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

  // Outside the edits, the bytes of the old file: its chapters, the whole rencana, and its header comment but for
  // the year, which follows the plan's ("(RKT) 2025 of …").
  const std::size_t old_evaluasi = old_text.find("  <evaluasi");
  const std::size_t new_evaluasi = text.find("  <evaluasi");
  std::string old_head = old_text.substr(0, old_evaluasi);
  std::string new_head = text.substr(0, new_evaluasi);
  CHECK(new_head.find("Rencana Kinerja Tahunan (RKT) 2025 of Sekretariat DPRD") != std::string::npos);
  CHECK(new_head.find("(signed at Malili, 02 Januari 2025)") != std::string::npos);
  for (const char* year_in_header : {"(RKT) 2024", "Januari 2024"}) {
    const std::string said(year_in_header);
    old_head.replace(old_head.find(said), said.size(), said.substr(0, said.size() - 4) + "2025");
  }
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

TEST_CASE("next year's plan: what has no target is commented out, names are escaped, long lines wrapped",
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

TEST_CASE("next year's plan from a first plan: the Evaluasi subbab restored, the header's year moved on",
          "[next-year]") {
  plan::FirstPlanFacts facts;
  facts.tahun = 2025;
  facts.instansi = "Dinas Kesehatan";
  facts.daerah = "Kabupaten Luwu Timur";
  std::string first = plan::make_first_plan(facts, plan::plan_schema_location);
  const std::size_t from = first.find("  <rencana>");
  first.replace(from, first.find("</rencana>") + std::string_view("</rencana>").size() - from, rencana_one);
  REQUIRE(first.find("<subbab id=\"evaluasi\" hapus=\"ya\"/>") != std::string::npos);
  const std::size_t bab_comment = first.find("  <!-- The foreword and every bab");
  REQUIRE(bab_comment != std::string::npos);

  Made m = next_year(first, 2026);
  const std::string& text = m.made.text;
  // The removal goes, with the <bab> that held only it and the comment that explained it; the lines around close up.
  CHECK(text.find("hapus") == std::string::npos);
  CHECK(text.find("<bab") == std::string::npos);
  CHECK(text.find("The foreword and every bab") == std::string::npos);
  CHECK(text.find("\n\n\n") == std::string::npos);
  std::string head = first.substr(0, bab_comment);
  head.replace(head.find("(RKT) 2025"), 10, "(RKT) 2026");
  head.replace(head.find("tahun=\"2025\""), 12, "tahun=\"2026\"");
  CHECK(text.substr(0, bab_comment) == head);
  CHECK(m.plan.bab.empty());
  REQUIRE(m.plan.evaluasi);
  CHECK(m.plan.evaluasi->tahun.value == 2025);
  CHECK(test::rule_diagnostics(text, "evaluation-removed").empty());
  // The evaluasi stands where the first plan's commented example of one stood, which it replaces.
  CHECK(text.find("<evaluasi tahun=\"2024\">") == std::string::npos);
  CHECK(text.find("Last year's results") == std::string::npos);
  CHECK(text.find("  -->\n\n  <evaluasi tahun=\"2025\">\n") != std::string::npos);
  CHECK(text.find("</evaluasi>\n\n  <!-- This year's sasaran") != std::string::npos);
  // The comment lines of the indikator left out still point at them.
  CHECK(line_of(text, m.plan.evaluasi->sasaran.at(0).indikator.at(0).pos.line).find("<indikator nama=\"Indeks A\"") !=
        std::string::npos);
  // The schema named by name, as the first plan named it.
  CHECK(text.find("xsi:schemaLocation=\"urn:naskah:rkt:1 urn:naskah:rkt:1:xsd\"") != std::string::npos);
}

TEST_CASE("next year's plan: a removal among the plan's own subbab goes alone, the others stay", "[next-year]") {
  const std::string bab = "  <bab id=\"rencana-kinerja\">\n"
                          "    <subbab id=\"evaluasi\" hapus=\"ya\"/>\n"
                          "    <subbab id=\"rencana\" judul=\"Rencana\"><p>Teks.</p></subbab>\n"
                          "  </bab>\n";
  Made m = next_year(plan_text("2024-01-02", bab, rencana_one), 2025);
  CHECK(m.made.text.find("  <bab id=\"rencana-kinerja\">\n"
                         "    <subbab id=\"rencana\" judul=\"Rencana\"><p>Teks.</p></subbab>\n"
                         "  </bab>\n") != std::string::npos);
  REQUIRE(m.plan.bab.size() == 2);
  CHECK(m.plan.bab[1].sections.size() == 1);
}

TEST_CASE("next year's plan: each indikator keeps the arah the old evaluasi gave it", "[next-year]") {
  std::string rencana = rencana_one;
  rencana.insert(rencana.find("      <indikator nama=\"Indeks A\""),
                 "      <indikator nama=\"Jumlah temuan audit\" target=\"2 Temuan\"/>\n");
  const std::string old_evaluasi = R"(  <evaluasi tahun="2023">
    <sasaran nomor="1" nama="Sasaran A">
      <indikator nama="Jumlah Temuan  Audit" target="3 Temuan" realisasi="2 Temuan" arah="turun"/>
      <indikator nama="Indeks A" target="90%" realisasi="95%"/>
    </sasaran>
  </evaluasi>
)";
  Made m = next_year(plan_text("2024-01-02", old_evaluasi, rencana), 2025);
  CHECK(m.made.text.find("<indikator nama=\"Jumlah temuan audit\" target=\"2 Temuan\" realisasi=\"\" arah=\"turun\"/>") !=
        std::string::npos);
  const auto& indikator = m.plan.evaluasi->sasaran.at(0).indikator;
  REQUIRE(indikator.size() == 2);
  CHECK(indikator[0].arah == plan::Arah::turun);
  CHECK(indikator[1].arah == plan::Arah::naik);
  CHECK(m.made.text.find("<indikator nama=\"Indeks A\" target=\"100%\" realisasi=\"\"/>") != std::string::npos);
}

TEST_CASE("next year's plan: a schema named by its path on another computer is named by its name", "[next-year]") {
  std::string old_text = plan_text("2024-01-02", "\n", rencana_one);
  old_text.replace(old_text.find("<rkt xmlns=\"urn:naskah:rkt:1\""), 29,
                   "<rkt xmlns=\"urn:naskah:rkt:1\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                   "xsi:schemaLocation=\"urn:naskah:rkt:1 file:///opt/naskah/share/naskah/schema/naskah-rkt-1.xsd\"");
  const plan::NextYearPlan made = plan::make_next_year_plan(old_text, test::parse_clean(old_text), 2025,
                                                            plan::plan_schema_location);
  CHECK(made.text.find("xsi:schemaLocation=\"urn:naskah:rkt:1 urn:naskah:rkt:1:xsd\"") != std::string::npos);
  CHECK(made.text.find("file:") == std::string::npos);
  // A location of the planner's own choosing stays.
  std::string own = old_text;
  own.replace(own.find("file:///opt/naskah/share/naskah/schema/naskah-rkt-1.xsd"), 55, "../schema/naskah-rkt-1.xsd");
  CHECK(plan::make_next_year_plan(own, test::parse_clean(own), 2025, plan::plan_schema_location)
            .text.find("../schema/naskah-rkt-1.xsd") != std::string::npos);
}

TEST_CASE("next year's plan from a revision is a plan of January: perubahan goes, with its space", "[next-year]") {
  std::string old_text = plan_text("2024-09-30", "\n", rencana_one);
  const std::string root = "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\">";
  old_text.replace(old_text.find(root), root.size(), "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\"\n     perubahan=\"2\">");
  REQUIRE(test::parse_clean(old_text).perubahan->value == 2);
  Made m = next_year(old_text, 2025);
  CHECK_FALSE(m.plan.perubahan.has_value());
  CHECK(m.plan.tahun.value == 2025);
  CHECK(m.made.text.find("<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2025\">\n") != std::string::npos);
}
