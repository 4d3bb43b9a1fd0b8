#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "naskah/plan/inline_text.hpp"
#include "plan_fixture.hpp"

using namespace naskah;
using test::diagnostics_of;
using test::plan_xml;

namespace {

const std::string one_program = R"(<rencana anggaran="3.000">
<sasaran nama="Sasaran A"><indikator nama="Persentase A" target="100%"/>
<program nomor="1" kode="4.02.01" nama="Program A" anggaran="3.000" ket="Bagian Umum">
<indikator nama="Persentase B" target="90%"/>
<kegiatan nomor="1" kode="4.02.01.2.01" nama="Kegiatan A">
<subkegiatan nomor="1" kode="4.02.01.2.01.0001" nama="Sub A" anggaran="1.000"><indikator nama="Jumlah" target="2 Dokumen"/></subkegiatan>
<subkegiatan nomor="2" nama="Sub B" anggaran="2000" ket="Bagian Lain"><indikator nama="Jumlah" target="3 Laporan"/></subkegiatan>
</kegiatan></program></sasaran></rencana>)";

}  // namespace

TEST_CASE("the parser builds the typed model with positions", "[parser]") {
  plan::Plan p = test::parse_clean(plan_xml(one_program));
  CHECK(p.tahun.value == 2025);
  CHECK(p.template_name == "rkt");
  CHECK(p.instansi.daerah == "Kota Palopo");
  CHECK(p.instansi.singkatan == p.instansi.nama);
  CHECK(p.penandatangan.nip.value.digits == "198001152005011002");
  CHECK(p.penandatangan.tanggal.value == plan::CalendarDate{2025, 1, 6});
  REQUIRE(p.rencana.sasaran.size() == 1);
  CHECK(p.rencana.anggaran->value.value == 3000);
  const plan::Program& program = p.rencana.sasaran[0].program.at(0);
  CHECK(program.pos.line == 8);
  CHECK(program.pos.column == 1);
  CHECK(program.nomor.pos.column == 10);
  CHECK(program.kode->value == "4.02.01");
  const plan::Kegiatan& kegiatan = program.kegiatan.at(0);
  CHECK(kegiatan.ket == "Bagian Umum");  // inherited from the program
  REQUIRE(kegiatan.subkegiatan.size() == 2);
  CHECK(kegiatan.subkegiatan[0].anggaran.value.value == 1000);
  CHECK(kegiatan.subkegiatan[0].ket == "Bagian Umum");
  CHECK(kegiatan.subkegiatan[1].ket == "Bagian Lain");
  CHECK(kegiatan.subkegiatan[1].indikator.at(0).target->value.unit == "Laporan");
  CHECK(plan::path_name(program, kegiatan, kegiatan.subkegiatan[1]) == "sub kegiatan 1.1.2");
}

TEST_CASE("text blocks: paragraphs, styled runs, nested lists, titles with placeholders", "[parser]") {
  std::string xml = R"xml(<?xml version="1.0"?>
<rkt xmlns="urn:naskah:rkt:1" tahun="2024">
<instansi nama="Sekretariat DPRD" daerah="Kabupaten Luwu Timur"/>
<penandatangan jabatan="Sekretaris" nama="X" nip="197603162008031001" tempat="Malili" tanggal="2024-01-02"/>
<kata-pengantar><p>Puji <b>syukur <i>kehadirat</i></b> Allah, {instansi} {tahun}.</p></kata-pengantar>
<bab judul="Pendahuluan Tahun {tahun}">
  <p>Pembuka.</p>
  <subbab judul="Landasan Hukum">
    <ol format="(#)"><li>Satu <ol type="a" start="3"><li>c</li></ol></li><li>Dua</li></ol>
    <ul><li>Butir</li></ul>
    <tabel-evaluasi/>
  </subbab>
</bab>
<rencana/>
</rkt>)xml";
  plan::ParseResult parsed = plan::parse_plan_text(xml, "t.xml");
  REQUIRE(parsed.plan.has_value());
  const plan::Plan& p = *parsed.plan;
  REQUIRE(p.kata_pengantar.has_value());
  const auto& paragraph = std::get<plan::TextBlock>(p.kata_pengantar->at(0));
  REQUIRE(paragraph.text.size() == 8);
  CHECK(std::get<plan::InlineRun>(paragraph.text[0]).text == "Puji ");
  CHECK(std::get<plan::InlineRun>(paragraph.text[1]).style == plan::style_bold);
  CHECK(std::get<plan::InlineRun>(paragraph.text[2]).style == (plan::style_bold | plan::style_italic));
  CHECK(std::get<plan::Placeholder>(paragraph.text[4]).name == "instansi");
  CHECK(std::get<plan::Placeholder>(paragraph.text[4]).pos.line == 5);
  CHECK(std::get<plan::Placeholder>(paragraph.text[4]).pos.column == 63);
  REQUIRE(p.bab.size() == 1);
  CHECK(plan::to_display_string(p.bab[0].title) == "Pendahuluan Tahun {tahun}");
  CHECK(std::get<plan::Placeholder>(p.bab[0].title[1]).pos.column == 31);
  CHECK(p.bab[0].blocks.size() == 1);
  const auto& section = p.bab[0].sections.at(0);
  const auto& list = std::get<plan::List>(section.blocks.at(0));
  CHECK(list.label_format == "(#)");
  REQUIRE(list.items.size() == 2);
  CHECK(plan::to_display_string(list.items[0].text) == "Satu");
  CHECK(list.items[0].sublists.at(0).numbering == plan::NumberStyle::lower_alpha);
  CHECK(list.items[0].sublists.at(0).start == 3);
  CHECK_FALSE(std::get<plan::List>(section.blocks.at(1)).ordered);
  CHECK(std::holds_alternative<plan::EvaluationTableMarker>(section.blocks.at(2)));
  // <rencana/> is empty: no parse error, but the content check says so.
  CHECK_FALSE(parsed.diagnostics.has_errors());
}

TEST_CASE("an empty realisasi is one not filled in yet, a missing one is still an error", "[parser]") {
  const std::string rencana = "<rencana/>";
  plan::Plan p = test::parse_clean(plan_xml(rencana, R"(<evaluasi tahun="2024"><sasaran nama="S">
<indikator nama="Kosong" target="100%" realisasi=""/>
<indikator nama="Spasi" target="2 Dokumen" realisasi="  "/>
<indikator nama="Diisi" target="100%" realisasi="96,86%"/>
</sasaran></evaluasi>)"));
  const std::vector<plan::IndikatorEvaluasi>& indikator = p.evaluasi->sasaran.at(0).indikator;
  REQUIRE(indikator.size() == 3);
  CHECK_FALSE(indikator[0].realisasi.has_value());
  CHECK(indikator[0].target.value.text == "100%");
  CHECK(indikator[0].pos.line == 6);
  CHECK_FALSE(indikator[1].realisasi.has_value());
  REQUIRE(indikator[2].realisasi.has_value());
  CHECK(indikator[2].realisasi->value.text == "96,86%");
  CHECK(indikator[2].realisasi->pos.column == 39);

  CHECK(diagnostics_of(plan_xml(rencana, R"(<evaluasi tahun="2024"><sasaran nama="S">
<indikator nama="Lupa" target="100%"/></sasaran></evaluasi>)")) ==
        std::vector<std::string>{R"(6:1: error: <indikator> needs the attribute "realisasi" [missing-attribute])"});
  CHECK(diagnostics_of(plan_xml(rencana, R"(<evaluasi tahun="2024"><sasaran nama="S">
<indikator nama="Salah" target="100%" realisasi="1.5%"/></sasaran></evaluasi>)")).at(0).rfind("6:39: error: realisasi=\"1.5%\" on <indikator>: ", 0) == 0);
}

TEST_CASE("the parser reports every problem, not just the first", "[parser]") {
  std::string rencana = R"(<rencana><sasaran nama="S"><indikator nama="I" target="1%"/>
<program nomor="1" nama="" anggran="5"><indikator nama="I" target="1%"/>
<kegiatn nomor="1" nama="K"/>
<kegiatan nomor="x" nama="K"><subkegiatan nomor="1" nama="S" anggaran="28,584"/></kegiatan>
</program></sasaran></rencana>)";
  std::vector<std::string> expected = {
      R"(7:20: error: <program> has an empty "nama" [empty-name])",
      R"(7:28: error: unknown attribute "anggran" on <program>; did you mean "anggaran"? [unknown-attribute])",
      R"(8:1: error: unknown element <kegiatn> in <program>; did you mean <kegiatan>? [unknown-element])",
      R"(9:11: error: nomor="x" on <kegiatan>: expected a whole number from 1 to 9999 [bad-number])",
      R"(9:62: error: anggaran="28,584" on <subkegiatan>: use dots between thousands (28.584.558.694), not commas [bad-amount])",
  };
  CHECK(diagnostics_of(plan_xml(rencana)) == expected);
}

TEST_CASE("malformed XML stops the parse with its position", "[parser]") {
  auto lines = diagnostics_of("<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\">\n  <instansi nama=\"a\"\n</rkt>");
  CHECK(lines == std::vector<std::string>{
                     R"(3:1: error: a malformed start tag: an element is written <name attribute="value" …> [xml-syntax])"});
}

TEST_CASE("structure: required, duplicate and misplaced elements", "[parser]") {
  std::string xml = R"(<rkt xmlns="urn:naskah:rkt:1" tahun="2024">
<penandatangan jabatan="J" nama="N" nip="197603162008031001" tempat="T" tanggal="2024-01-02"/>
<instansi nama="I" daerah="D"/>
<instansi nama="I" daerah="D"/>
</rkt>)";
  std::vector<std::string> expected = {
      "1:1: error: <rkt> needs a <rencana> element [missing-element]",
      "3:1: error: <instansi> must come before <penandatangan> in <rkt> [element-order]",
      "4:1: error: a plan has one <instansi>; this is a second one [duplicate-element]",
  };
  CHECK(diagnostics_of(xml) == expected);
}

TEST_CASE("the format version is the namespace", "[parser]") {
  CHECK(diagnostics_of(R"(<rkt tahun="2024"/>)").at(0) ==
        R"(1:1: error: <rkt> needs xmlns="urn:naskah:rkt:1", which names the format version [namespace])");
  auto lines = diagnostics_of(R"(<rkt xmlns="urn:naskah:rkt:2" tahun="2024"/>)");
  CHECK(std::count(lines.begin(), lines.end(),
                   R"(1:6: error: the plan is in the format "urn:naskah:rkt:2"; this naskah reads "urn:naskah:rkt:1" [namespace])") == 1);
}

TEST_CASE("a misspelt required attribute is reported once, as a misspelling", "[parser]") {
  std::string rencana = R"(<rencana><sasaran nama="S"><indikator nama="I" target="1%"/>
<program nomor="1" nama="P"><indikator nama="I" target="1%"/><kegiatan nomor="1" nama="K">
<subkegiatan nomor="1" nama="S" anggran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
</kegiatan></program></sasaran></rencana>)";
  CHECK(diagnostics_of(plan_xml(rencana)) ==
        std::vector<std::string>{
            R"(8:33: error: unknown attribute "anggran" on <subkegiatan>; did you mean "anggaran"? [unknown-attribute])"});
}

TEST_CASE("text where none belongs gets advice that fits the element", "[parser]") {
  std::string rencana = R"(<rencana><sasaran nama="S"><indikator nama="I" target="1%"/>
<program nomor="1" nama="P">Program penunjang<indikator nama="I">2 Dokumen</indikator></program></sasaran></rencana>)";
  CHECK(diagnostics_of(plan_xml(rencana)) ==
        std::vector<std::string>{
            "7:29: error: <program> holds no text, only <indikator>, <kegiatan> [unexpected-text]",
            R"(7:66: error: <indikator> holds no text: write its name and target as attributes, nama="…" target="…" [unexpected-text])"});
}

TEST_CASE("tables in the text: columns, header cells, spans, alignment, inline text", "[parser]") {
  std::ifstream in(std::string(NASKAH_SOURCE_DIR) + "/tests/data/valid/full.xml");
  plan::Plan p = test::parse_clean(std::string(std::istreambuf_iterator<char>(in), {}));
  const plan::Table* table = nullptr;
  for (const auto& chapter : p.bab) {
    for (const auto& section : chapter.sections) {
      for (const auto& block : section.blocks) {
        if (const auto* t = std::get_if<plan::Table>(&block)) table = t;
      }
    }
  }
  REQUIRE(table != nullptr);
  CHECK(table->column_percent == std::vector<double>{10, 60, 30});
  REQUIRE(table->rows.size() == 5);
  CHECK(table->rows[0].cells[0].header);
  CHECK(table->rows[0].cells[0].align == plan::CellAlign::center);
  CHECK(table->rows[0].cells[2].align == plan::CellAlign::right);
  CHECK(std::get<plan::InlineRun>(table->rows[0].cells[1].text.at(0)).style == plan::style_bold);
  CHECK(table->rows[2].cells[1].row_span == 2);
  CHECK(plan::to_display_string(table->rows[2].cells[1].text) == "Laporan Kinerja\n(triwulan dan tahunan)");
  CHECK(table->rows[4].cells[0].col_span == 2);
  CHECK(plan::to_display_string(table->rows[1].cells[1].text) == "Renstra {tahun}–2026");
}

TEST_CASE("table mistakes are reported where they are", "[parser]") {
  std::string xml = R"(<?xml version="1.0"?>
<rkt xmlns="urn:naskah:rkt:1" tahun="2024">
<instansi nama="I" daerah="D"/>
<penandatangan jabatan="J" nama="N" nip="197603162008031001" tempat="T" tanggal="2024-01-02"/>
<bab judul="B"><table><col width="50%"/><col width="40"/><col width="30%"/>
<tr><td rowspan="x">a</td><tx>b</tx></tr><tr/></table><table/></bab>
<rencana/>
</rkt>)";
  std::vector<std::string> expected = {
      R"(5:16: error: the <col> widths of <table> add up to 80%, not 100% [bad-value])",
      R"(5:46: error: width="40" on <col>: give the column's share of the width in percent, e.g. "25%" [bad-value])",
      R"(6:9: error: rowspan="x" on <td>: expected a whole number from 1 to 100000 [bad-number])",
      R"(6:27: error: unknown element <tx> in <tr>; expected <th>, <td> [unknown-element])",
      R"(6:42: error: <tr> has no <th> or <td> [missing-element])",
      R"(6:55: error: <table> has no <tr> [missing-element])",
  };
  CHECK(diagnostics_of(xml) == expected);
}

namespace {

/// A plan of one bab holding `text`, on line 5.
std::string bab_plan(const std::string& text) {
  return "<?xml version=\"1.0\"?>\n<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2024\">\n"
         "<instansi nama=\"I\" daerah=\"Kabupaten D\" logo=\"l.png\"/>\n"
         "<penandatangan jabatan=\"J\" nama=\"N\" nip=\"197603162008031001\" pangkat=\"P\" tempat=\"T\" "
         "tanggal=\"2024-01-02\"/>\n<bab judul=\"B\">" + text + "</bab>\n<rencana/>\n</rkt>";
}

}  // namespace

TEST_CASE("a bab's subjudul lines, definition lists, figures and captions", "[parser]") {
  const plan::Plan p = test::parse_clean(bab_plan(
      "<subjudul>{instansi}</subjudul><subjudul><b>{daerah}</b></subjudul>"
      "<dl><dt>BAB I</dt><dd>Isi {tahun}</dd><dd>Lagi</dd></dl>"
      "<gambar src=\"peta.png\" judul=\"Peta {daerah}\" lebar=\"80%\"/><gambar src=\"a.jpg\" judul=\"A\" lebar=\"12cm\"/>"
      "<table judul=\"Pegawai\"><tr><td>1</td></tr></table><tabel-evaluasi judul=\"Capaian\"/>"));
  const plan::Chapter& bab = p.bab.at(0);
  REQUIRE(bab.subtitles.size() == 2);
  CHECK(plan::to_display_string(bab.subtitles[0].text) == "{instansi}");
  CHECK(std::get<plan::Placeholder>(bab.subtitles[1].text.at(0)).style == plan::style_bold);
  CHECK(bab.subtitles[1].pos.column == 47);
  REQUIRE(bab.blocks.size() == 5);
  const auto& definitions = std::get<plan::DefinitionList>(bab.blocks[0]);
  REQUIRE(definitions.items.size() == 3);
  CHECK(definitions.items[0].term);
  CHECK_FALSE(definitions.items[1].term);
  CHECK(plan::to_display_string(definitions.items[1].text) == "Isi {tahun}");
  const auto& figure = std::get<plan::Figure>(bab.blocks[1]);
  CHECK(figure.src.value == "peta.png");
  CHECK(plan::to_display_string(figure.caption) == "Peta {daerah}");
  REQUIRE(figure.width);
  CHECK(figure.width->value.fraction);
  CHECK(figure.width->value.value == Approx(0.8));
  CHECK(std::get<plan::Figure>(bab.blocks[2]).width->value.value == Approx(12 / 2.54 * 72));
  CHECK(plan::to_display_string(std::get<plan::Table>(bab.blocks[3]).caption) == "Pegawai");
  CHECK(plan::to_display_string(std::get<plan::EvaluationTableMarker>(bab.blocks[4]).caption) == "Capaian");
}

TEST_CASE("an organisation chart: one head, the units under it nested, some beside a line", "[parser]") {
  const plan::Plan p = test::parse_clean(bab_plan(
      "<subbab judul=\"C\"><struktur-organisasi judul=\"Bagan {singkatan}\" tinggi=\"60%\">"
      "<unit nama=\"Sekretaris DPRD\" pejabat=\"ASWAN AZIS\"><unit nama=\"Kelompok Jabatan Fungsional\" posisi=\"samping\"/>"
      "<unit nama=\"Bagian Umum\" posisi=\"bawah\"><unit nama=\"Subbagian Umum\"/></unit>"
      "<unit nama=\"Tenaga Ahli\" posisi=\"samping-kanan\"/></unit></struktur-organisasi></subbab>"));
  const auto& chart = std::get<plan::OrgChart>(p.bab.at(0).sections.at(0).blocks.at(0));
  CHECK(plan::to_display_string(chart.caption) == "Bagan {singkatan}");
  REQUIRE(chart.height);
  CHECK(chart.height->value.fraction);
  CHECK(chart.height->value.value == Approx(0.6));
  CHECK(chart.root.nama == "Sekretaris DPRD");
  CHECK(chart.root.pejabat == "ASWAN AZIS");
  REQUIRE(chart.root.units.size() == 3);
  CHECK(chart.root.units[0].place == plan::OrgPlace::beside_left);
  CHECK(chart.root.units[1].place == plan::OrgPlace::below);
  CHECK(chart.root.units[1].units.at(0).nama == "Subbagian Umum");
  CHECK(chart.root.units[2].place == plan::OrgPlace::beside_right);
  CHECK(chart.root.units[2].pejabat.empty());
}

TEST_CASE("figure, chart, definition list and subjudul mistakes are reported where they are", "[parser]") {
  CHECK(diagnostics_of(bab_plan("<p>a</p><subjudul>X</subjudul><gambar src=\"a.png\"/>"
                                "<gambar src=\"b.png\" judul=\"B\" lebar=\"12\"/><gambar src=\"c.png\" judul=\"C\" lebar=\"0%\"/>")) ==
        std::vector<std::string>{
            "5:24: error: <subjudul> must come before <p> in <bab> [element-order]",
            "5:46: error: <gambar> needs the attribute \"judul\" [missing-attribute]",
            "5:97: error: lebar=\"12\" on <gambar>: a length needs a unit: mm, cm, pt or in (e.g. 12pt); or a "
            "percentage of the text width, e.g. 50% [bad-length]",
            "5:139: error: lebar=\"0%\" on <gambar>: a figure is wider than 0 [bad-length]"});
  CHECK(diagnostics_of(bab_plan("<struktur-organisasi/><struktur-organisasi><unit nama=\"A\" posisi=\"samping\"/>"
                                "<unit nama=\"B\"/></struktur-organisasi>")) ==
        std::vector<std::string>{
            "5:16: error: <struktur-organisasi> needs a <unit>: the head of the organisation, with the units under it "
            "inside it [missing-element]",
            "5:59: error: the head of the organisation stands at the top of the chart, not beside a line; leave out "
            "posisi [bad-value]",
            "5:92: error: <struktur-organisasi> has one <unit> at its top, the head of the organisation; put this one "
            "inside the unit it is under [duplicate-element]"});
  CHECK(diagnostics_of(bab_plan("<struktur-organisasi><unit nama=\"A\"><unit nama=\"B\" posisi=\"samping\">"
                                "<unit nama=\"C\"/></unit><unit nama=\"D\" posisi=\"atas\"/></unit></struktur-organisasi>"
                                "<dl></dl><dl><dt></dt></dl>")) ==
        std::vector<std::string>{
            "5:52: error: a unit beside the line (posisi=\"samping\") has no units under it; give the units under it "
            "their own place in the rows below [bad-value]",
            "5:122: error: posisi=\"atas\" on <unit>: expected \"bawah\", \"samping\" or \"samping-kanan\" [bad-value]",
            "5:166: error: <dl> has no <dt> or <dd> [missing-element]",
            "5:179: warning: an empty <dt> [empty-text]"});
  CHECK(diagnostics_of(bab_plan("<struktur-organisasi tinggi=\"18\"><unit nama=\"A\"/></struktur-organisasi>"
                                "<struktur-organisasi tinggi=\"0cm\"><unit nama=\"A\"/></struktur-organisasi>")) ==
        std::vector<std::string>{
            "5:37: error: tinggi=\"18\" on <struktur-organisasi>: a length needs a unit: mm, cm, pt or in (e.g. 12pt); "
            "or a percentage of the text width, e.g. 50% [bad-length]",
            "5:108: error: tinggi=\"0cm\" on <struktur-organisasi>: a chart is taller than 0 [bad-length]"});
}
