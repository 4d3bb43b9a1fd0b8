// rencana_xml: a rencana written as the plan format's <rencana>, laid out as planners write it.

#include <catch2/catch.hpp>

#include "naskah/plan/rencana_xml.hpp"
#include "plan_fixture.hpp"
#include "rencana_text.hpp"

using namespace naskah;

TEST_CASE("the rencana as XML: one element a line, stated figures only, ket where it is not inherited, long tags "
          "wrapped", "[rencana-xml]") {
  const plan::Plan plan = test::parse_clean(test::plan_xml(R"(<rencana anggaran="1500">
    <sasaran nomor="1" nama="Sasaran &quot;A&quot; &amp; B">
      <indikator nama="Indeks A" target="100%"/>
      <program nomor="1" kode="1.02.01" nama="Program A" anggaran="1500" ket="Bagian Umum">
        <indikator nama="Persentase P"/>
        <kegiatan nomor="1" nama="Kegiatan A" ket="Bagian Umum">
          <subkegiatan nomor="1" nama="Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak Kendaraan Perorangan Dinas" anggaran="1000" ket="Bagian Keuangan">
            <indikator nama="Jumlah Dokumen" target="2 Dokumen"/>
          </subkegiatan>
          <subkegiatan nomor="2" nama="Sub B" anggaran="500"/>
        </kegiatan>
        <kegiatan nomor="2" nama="Tanpa sub kegiatan" ket="Bagian Lain"/>
      </program>
    </sasaran>
    <sasaran nama="Sasaran C"/>
  </rencana>)"));
  const std::string xml = plan::rencana_xml(plan.rencana, {"  ", "  ", "\n"});
  CHECK(xml ==
        "<rencana anggaran=\"1.500\">\n"
        "    <sasaran nomor=\"1\" nama=\"Sasaran &quot;A&quot; &amp; B\">\n"
        "      <indikator nama=\"Indeks A\" target=\"100%\"/>\n"
        "      <program nomor=\"1\" kode=\"1.02.01\" nama=\"Program A\" anggaran=\"1.500\" ket=\"Bagian Umum\">\n"
        "        <indikator nama=\"Persentase P\"/>\n"
        "        <kegiatan nomor=\"1\" nama=\"Kegiatan A\">\n"
        "          <subkegiatan nomor=\"1\" nama=\"Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Pajak "
        "Kendaraan Perorangan Dinas\"\n"
        "                       anggaran=\"1.000\" ket=\"Bagian Keuangan\">\n"
        "            <indikator nama=\"Jumlah Dokumen\" target=\"2 Dokumen\"/>\n"
        "          </subkegiatan>\n"
        "          <subkegiatan nomor=\"2\" nama=\"Sub B\" anggaran=\"500\"/>\n"
        "        </kegiatan>\n"
        "        <kegiatan nomor=\"2\" nama=\"Tanpa sub kegiatan\" ket=\"Bagian Lain\"/>\n"
        "      </program>\n"
        "    </sasaran>\n"
        "    <sasaran nama=\"Sasaran C\">\n"
        "    </sasaran>\n"
        "  </rencana>");
  // Read back in a plan, it is the same rencana.
  CHECK(test::rencana_text(test::parse_clean(test::plan_xml("  " + xml)).rencana) == test::rencana_text(plan.rencana));
}

TEST_CASE("the rencana's indent, step and line ends are those given, an empty one is open and closed",
          "[rencana-xml]") {
  const plan::Plan plan = test::parse_clean(test::plan_xml(
      R"(<rencana><sasaran nama="S"><program nomor="1" nama="P"/></sasaran></rencana>)"));
  CHECK(plan::rencana_xml(plan.rencana, {"\t", "\t", "\r\n"}) ==
        "<rencana>\r\n\t\t<sasaran nama=\"S\">\r\n\t\t\t<program nomor=\"1\" nama=\"P\">\r\n\t\t\t</program>\r\n"
        "\t\t</sasaran>\r\n\t</rencana>");
  CHECK(plan::rencana_xml(plan::Rencana{}, {"", "  ", "\n"}) == "<rencana>\n</rencana>");
}
