// Notes on stated figures in the text: a {program.anggaran} that the plan states, and that its sub kegiatan do not add
// up to, is printed as stated with a mark, and a note after the paragraph, the list or the table that prints it gives
// both figures and the selisih — the same note as the annex's; in a line that can have no note under it (the
// cover's) the figure stands unmarked. The matrix's own notes: compose_tables_test.cpp; the Perjanjian Kinerja's:
// template_text_test.cpp.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "compose_fixture.hpp"
#include "plan_fixture.hpp"

using namespace naskah;
using namespace naskah::test;

namespace {

/// Two programs that state their anggaran: program 1 what its rows add up to (Rp 1.500), program 2 more (Rp 9.000
/// stated, Rp 5.000 in its rows); and the text of a bab of the plan's own.
std::string stated_plan(const std::string& bab, const std::string& rencana_attributes = "") {
  std::string xml = plan_xml(
      "<rencana" + rencana_attributes + "><sasaran nama=\"S\"><indikator nama=\"I\" target=\"1\"/>"
      "<program nomor=\"1\" nama=\"Program Satu\" anggaran=\"1.500\"><indikator nama=\"I\" target=\"1\"/>"
      "<kegiatan nomor=\"1\" nama=\"K\">" + sub(1, "1.000") + sub(2, "500") + "</kegiatan></program>"
      "<program nomor=\"2\" nama=\"Program Dua\" anggaran=\"9.000\"><indikator nama=\"I\" target=\"1\"/>"
      "<kegiatan nomor=\"1\" nama=\"K\">" + sub(1, "5.000") + "</kegiatan></program></sasaran></rencana>");
  xml.insert(xml.find("\n<rencana"), "\n<bab judul=\"Uraian\">" + bab + "</bab>");
  return xml;
}

/// The texts of the body's paragraphs (and list items) after its heading.
std::vector<std::string> body_texts(const Composed& c) {
  std::vector<std::string> out;
  for (const compose::Block& block : c.document.sequences.at(2).blocks) {
    if (const auto* p = std::get_if<compose::Paragraph>(&block); p && !p->outline) out.push_back(text_of(p->spans));
  }
  return out;
}

const std::string note_two =
    "Anggaran program 2 (Program Dua) tertulis dalam rencana Rp 9.000, sedangkan jumlah anggaran sub kegiatannya "
    "Rp 5.000; selisih Rp 4.000.";

}  // namespace

TEST_CASE("a stated figure its rows do not add up to is marked in a paragraph and noted after it", "[compose-notes]") {
  Composed c;
  compose_into(c, parse_clean(stated_plan("<p>Program 1: {program.1.anggaran}; program 2: {program.2.anggaran}; "
                                          "lagi {program.2.anggaran-angka}.</p><p>Tanpa catatan.</p>")));
  // Program 1 states what its rows add up to: no mark. Program 2 twice, one mark and one note.
  CHECK(body_texts(c) == std::vector<std::string>{
                             "Program 1: Rp 1.500; program 2: Rp 9.000 *); lagi 9.000 *).", "*) " + note_two,
                             "Tanpa catatan."});
}

TEST_CASE("each stated figure of a list has its mark, the notes come after the whole list", "[compose-notes]") {
  Composed c;
  compose_into(c, parse_clean(stated_plan("<ol><li untuk-setiap=\"program\">{program.nama}: {program.anggaran}</li>"
                                          "<li>Seluruhnya {anggaran}.</li></ol>",
                                          " anggaran=\"11.000\"")));
  CHECK(body_texts(c) ==
        std::vector<std::string>{"Program Satu: Rp 1.500", "Program Dua: Rp 9.000 *)", "Seluruhnya Rp 11.000 **).",
                                 "*) " + note_two,
                                 "**) Anggaran seluruh rencana tertulis dalam rencana Rp 11.000, sedangkan jumlah "
                                 "anggaran sub kegiatannya Rp 6.500; selisih Rp 4.500."});
}

TEST_CASE("a sasaran's anggaran is the sum of its sub kegiatan, a kegiatan's the figure it states", "[compose-notes]") {
  std::string xml = stated_plan("<p>{sasaran.1.anggaran}; {kegiatan.2.1.anggaran}.</p>");
  const std::string kegiatan = "<kegiatan nomor=\"1\" nama=\"K\">";
  xml.replace(xml.find(kegiatan + sub(1, "5.000")), kegiatan.size(), "<kegiatan nomor=\"1\" nama=\"K\" anggaran=\"4.000\">");
  Composed c;
  compose_into(c, parse_clean(xml));
  CHECK(body_texts(c).at(0) == "Rp 6.500; Rp 4.000 *).");
  CHECK(body_texts(c).at(1) ==
        "*) Anggaran kegiatan 2.1 (K) tertulis dalam rencana Rp 4.000, sedangkan jumlah anggaran sub kegiatannya "
        "Rp 5.000; selisih Rp 1.000.");
}

TEST_CASE("a line with no room for a note prints the stated figure unmarked", "[compose-notes]") {
  const std::string text = edited("<line style=\"cover-unit\">TAHUN {tahun}</line>",
                                  "<line style=\"cover-unit\">TAHUN {tahun} {program.2.anggaran}</line>");
  compose::TemplateLoad load = compose::load_template_text(text, template_dir, "t.xml");
  REQUIRE(load.value);
  Composed c;
  compose_into(c, parse_clean(stated_plan("<p>Isi.</p>")), *load.value);
  std::vector<std::string> cover;
  for (const compose::Block& block : c.document.sequences.at(0).blocks) {
    if (const auto* p = std::get_if<compose::Paragraph>(&block)) cover.push_back(text_of(p->spans));
  }
  CHECK(cover.back() == "TAHUN 2025 Rp 9.000");
}
