// The templates' standard text and the documents made of data: a plan without chapter text gets the template's
// bab, filled with its facts; a plan's own bab and subbab replace, remove or add to them; repeated text and the
// computed placeholders; every template of the tree loads with every placeholder known; the Perjanjian Kinerja.

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compose_fixture.hpp"
#include "naskah/plan/placeholders.hpp"
#include "plan_fixture.hpp"

using namespace naskah;
using namespace naskah::test;

namespace {

const std::string minimal_sample = source_dir + "/samples/rkt-2025-bappeda-luwu-timur.xml";

std::vector<std::string> texts(const compose::PageSequence& sequence) {
  std::vector<std::string> out;
  for (const compose::Block& block : sequence.blocks) {
    if (const auto* p = std::get_if<compose::Paragraph>(&block)) out.push_back(text_of(p->spans));
  }
  return out;
}

/// The outline entries (headings) of a sequence, in order.
std::vector<std::string> headings(const compose::PageSequence& sequence) {
  std::vector<std::string> out;
  for (const compose::Block& block : sequence.blocks) {
    if (const auto* p = std::get_if<compose::Paragraph>(&block); p && p->outline) out.push_back(p->outline->title);
  }
  return out;
}

bool contains(const std::vector<std::string>& all, const std::string& needle) {
  return std::any_of(all.begin(), all.end(), [&](const std::string& s) { return s.find(needle) != std::string::npos; });
}

const std::string rencana =
    "<rencana><sasaran nomor=\"1\" nama=\"Sasaran Satu\"><indikator nama=\"Indeks A\" target=\"90%\"/>"
    "<program nomor=\"1\" nama=\"Program A\" ket=\"Bagian Umum\"><indikator nama=\"I\" target=\"1\"/>"
    "<kegiatan nomor=\"1\" nama=\"Kegiatan A\">" + sub(1, "1.000.000") + sub(2, "2.500.000") + "</kegiatan>"
    "<kegiatan nomor=\"2\" nama=\"Kegiatan B\">" + sub(1, "500") + "</kegiatan></program>"
    "<program nomor=\"2\" nama=\"Program B\" ket=\"Bagian Umum\"><indikator nama=\"I\" target=\"1\"/>"
    "<kegiatan nomor=\"1\" nama=\"Kegiatan C\">" + sub(1, "7.000.000.000") + "</kegiatan></program>"
    "</sasaran></rencana>";

const std::string evaluasi =
    "<evaluasi tahun=\"2024\"><sasaran nama=\"Lalu\"><indikator nama=\"X\" target=\"100%\" realisasi=\"80%\"/>"
    "<indikator nama=\"Y\" target=\"50%\" realisasi=\"60%\"/></sasaran></evaluasi>";

compose::Document compose_with(const std::string& before_rencana, const compose::Template& t,
                               std::vector<std::string>* diagnostics = nullptr) {
  static std::vector<std::unique_ptr<Composed>> keep;  // fonts outlive the document's spans
  keep.push_back(std::make_unique<Composed>());
  compose_into(*keep.back(), parse_clean(plan_xml(rencana, before_rencana + evaluasi)), t);
  if (diagnostics) *diagnostics = format_all(keep.back()->diagnostics);
  return keep.back()->document;
}

}  // namespace

TEST_CASE("a plan without chapter text gets the template's, filled with its facts", "[template-text]") {
  plan::ParseResult parsed = plan::parse_plan_file(minimal_sample);
  REQUIRE(parsed.plan);
  CHECK(format_all(parsed.diagnostics).empty());
  CHECK(parsed.plan->bab.empty());
  CHECK_FALSE(parsed.plan->kata_pengantar.has_value());
  Composed c;
  compose_into(c, *parsed.plan, default_template());
  CHECK(format_all(c.diagnostics).empty());
  REQUIRE(c.document.sequences.size() == 4);
  const auto& front = c.document.sequences[1];
  const auto& body = c.document.sequences[2];
  CHECK(headings(front) == std::vector<std::string>{"KATA PENGANTAR", "DAFTAR ISI"});
  CHECK(headings(body) == std::vector<std::string>{
                              "BAB I PENDAHULUAN", "A. Latar Belakang", "B. Landasan Hukum",
                              "C. Kewenangan, Tugas Pokok dan Struktur Organisasi",
                              "D. Maksud dan Tujuan Rencana Kinerja Tahunan (RKT)",
                              "E. Manfaat Rencana Kinerja Tahunan (RKT)", "F. Sistematika Penulisan",
                              "BAB II RENCANA KINERJA TAHUNAN (RKT)",
                              "A. Evaluasi Pelaksanaan Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2024",
                              "B. Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2025", "BAB III PENUTUP"});
  const std::vector<std::string> body_text = texts(body);
  // Counts, the exact sum and the sum in words, from the plan's data.
  CHECK(contains(body_text, "memuat 2 sasaran strategis, yang dicapai melalui 3 program, 6 kegiatan dan 9 sub kegiatan "
                            "dengan anggaran seluruhnya Rp 6.147.749.700 (enam miliar seratus empat puluh tujuh juta "
                            "tujuh ratus empat puluh sembilan ribu tujuh ratus rupiah), yaitu:"));
  // Repeated for each sasaran and each of its programs, with their own figures.
  CHECK(contains(body_text, "Sasaran 2: Meningkatnya akuntabilitas kinerja dan keuangan perangkat daerah, dengan "
                            "indikator kinerja Nilai SAKIP perangkat daerah (target 77), dicapai melalui 1 program, "
                            "3 kegiatan dan 4 sub kegiatan dengan anggaran Rp 4.469.274.200:"));
  CHECK(contains(body_text, "Program Penelitian dan Pengembangan Daerah: 1 kegiatan dan 2 sub kegiatan, anggaran "
                            "Rp 353.200.000;"));
  // The evaluation: the mean of the computed capaian (100% and 97,37%) and how many reached their target.
  CHECK(contains(body_text, "Capaian kinerja rata-rata 98,69%; 1 dari 2 indikator mencapai target."));
  CHECK(contains(texts(front), "Tahun 2025 dapat tersusun."));
}

TEST_CASE("a plan's bab and subbab replace, remove and add to the template's", "[template-text]") {
  std::vector<std::string> diagnostics;
  compose::Document d = compose_with(
      "<bab judul=\"pendahuluan\">"                                    // by judul, in any case
      "<subbab judul=\"Latar Belakang\"><p>Latar kami sendiri.</p></subbab>"
      "<subbab judul=\"Visi dan Misi\"><p>Visi.</p></subbab>"           // added after Latar Belakang
      "<subbab id=\"kewenangan\" hapus=\"ya\"/>"                       // removed
      "<subbab id=\"tidak-ada\" hapus=\"ya\"/>"                        // nothing to remove: a warning
      "</bab>"
      "<bab id=\"penutup\" judul=\"Penutup dan Harapan\"/>"            // by id: its judul replaced, its text kept
      "<bab judul=\"Program Unggulan\"><p>Unggulan.</p></bab>",       // added after Penutup
      default_template(), &diagnostics);
  CHECK(diagnostics == std::vector<std::string>{"t.xml:5:179: warning: hapus=\"ya\": the template has no subbab "
                                                "\"tidak-ada\" to remove [template-body]"});
  const auto& body = d.sequences.at(2);
  CHECK(headings(body) == std::vector<std::string>{
                              "BAB I PENDAHULUAN", "A. Latar Belakang", "B. Visi dan Misi", "C. Landasan Hukum",
                              "D. Maksud dan Tujuan Rencana Kinerja Tahunan (RKT)",
                              "E. Manfaat Rencana Kinerja Tahunan (RKT)", "F. Sistematika Penulisan",
                              "BAB II RENCANA KINERJA TAHUNAN (RKT)",
                              "A. Evaluasi Pelaksanaan Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2024",
                              "B. Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2025",
                              "BAB III PENUTUP DAN HARAPAN", "BAB IV PROGRAM UNGGULAN"});
  const std::vector<std::string> body_text = texts(body);
  CHECK(contains(body_text, "Latar kami sendiri."));
  CHECK_FALSE(contains(body_text, "Penyelenggaraan pemerintahan yang baik menuntut"));  // the standard Latar Belakang
  CHECK(contains(body_text, "Pencapaian target dalam Rencana Kinerja Tahunan (RKT) perlu dipantau"));  // Penutup's text
}

TEST_CASE("an evaluation table placed twice is printed twice, with a warning at the second", "[template-text]") {
  // A subbab of the plan's own beside the template's standard Evaluasi (its judul a little different, no id):
  // two evaluation sections, two tables. With the standard one's id it replaces it: one table, no warning.
  const std::string beside = "<bab id=\"rencana-kinerja\"><subbab judul=\"Evaluasi Pelaksanaan RKT Tahun {tahun-lalu}\">"
                             "<p>Evaluasi.</p><tabel-evaluasi/></subbab></bab>";
  std::vector<std::string> diagnostics;
  compose::Document twice = compose_with(beside, default_template(), &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].rfind("t.xml:5:", 0) == 0);  // at the plan's <tabel-evaluasi/>, the second placed
  CHECK(diagnostics[0].find("the evaluation table is placed here a second time (first at ") != std::string::npos);
  CHECK(diagnostics[0].find("template.xml:") != std::string::npos);  // the template's standard one came first
  CHECK(diagnostics[0].find("[evaluation-table-twice]") != std::string::npos);
  auto tables = [](const compose::PageSequence& sequence) {
    return std::count_if(sequence.blocks.begin(), sequence.blocks.end(),
                         [](const compose::Block& b) { return std::holds_alternative<compose::Table>(b); });
  };
  CHECK(tables(twice.sequences.at(2)) == 2);

  std::string replacing = beside;
  replacing.replace(replacing.find("<subbab "), 8, "<subbab id=\"evaluasi\" ");
  compose::Document once = compose_with(replacing, default_template(), &diagnostics);
  CHECK(diagnostics.empty());
  CHECK(tables(once.sequences.at(2)) == 1);
}

TEST_CASE("a bab of the plan's own without judul is an error, and composition goes on without it", "[template-text]") {
  // Its id names no bab of the template, and it writes no judul: there is no title to print (this crashed).
  std::vector<std::string> diagnostics;
  compose::Document d = compose_with("<bab id=\"rencana-ki?nerja\"><p>Teks.</p></bab>", default_template(), &diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].find("the template has no bab id=\"rencana-ki?nerja\"; a bab of the plan's own needs a judul "
                            "[template-body]") != std::string::npos);
  CHECK(headings(d.sequences.at(2)).back() == "BAB III PENUTUP");
  CHECK_FALSE(contains(texts(d.sequences.at(2)), "Teks."));
}

TEST_CASE("the standard text's problems are reported in the template, the plan's in the plan", "[template-text]") {
  compose::Template t = default_template();
  // A standard paragraph naming a program the plan does not have.
  plan::ParseResult parsed =
      plan::parse_plan_text(plan_xml(rencana, "<bab judul=\"Satu\"><p>Anggaran {program.7.anggaran}.</p></bab>"), "t.xml");
  REQUIRE(parsed.plan);
  Composed c;
  compose_into(c, *parsed.plan, bare_template());
  CHECK(format_all(c.diagnostics) ==
        std::vector<std::string>{"t.xml:5:31: error: there is no program 7 in the plan's <rencana> [placeholder-value]"});

  // The Perjanjian Kinerja names the superior; a plan without <atasan> is told where and what to add.
  compose::TemplateLoad pk = compose::load_template(source_dir + "/templates/perjanjian-kinerja");
  REQUIRE(pk.value);
  Composed without_superior;
  compose_into(without_superior, *parsed.plan, *pk.value);
  std::vector<std::string> lines = format_all(without_superior.diagnostics);
  REQUIRE_FALSE(lines.empty());
  CHECK(lines[0].find("templates/perjanjian-kinerja/template.xml:") != std::string::npos);
  CHECK(lines[0].find("error: {atasan} needs the unit head's superior, which the plan does not give: add <atasan "
                      "jabatan=\"Bupati …\" nama=\"…\"/> after <penandatangan> [placeholder-value]") !=
        std::string::npos);
}

TEST_CASE("repeated paragraphs and list items take each item's facts, lists number on", "[template-text]") {
  compose::Document d = compose_with(
      "<bab judul=\"Satu\">"
      "<p untuk-setiap=\"program\">{program.nomor}. {program.nama}: {program.anggaran} ({program.anggaran-terbilang}),"
      " {program.jumlah-kegiatan} kegiatan.</p>"
      "<ol><li>Pertama</li><li untuk-setiap=\"kegiatan\">{kegiatan.nama} dari {program.nama}, {kegiatan.anggaran}</li>"
      "<li>Terakhir</li></ol>"
      "<p>Program 2: {program.2.anggaran}; kegiatan 1.2: {kegiatan.1.2.anggaran}; sub kegiatan 1.1.2: "
      "{subkegiatan.1.1.2.anggaran}; total {anggaran}; {jumlah-program} program, {jumlah-subkegiatan} sub kegiatan; "
      "evaluasi {tahun-evaluasi}: {capaian}, {jumlah-tercapai} dari {jumlah-indikator-evaluasi}.</p>"
      "</bab>",
      bare_template());
  const std::vector<std::string> body_text = texts(d.sequences.at(2));
  CHECK(contains(body_text, "1. Program A: Rp 3.500.500 (tiga juta lima ratus ribu lima ratus rupiah), 2 kegiatan."));
  CHECK(contains(body_text, "2. Program B: Rp 7.000.000.000 (tujuh miliar rupiah), 1 kegiatan."));
  CHECK(contains(body_text, "Kegiatan C dari Program B, Rp 7.000.000.000"));
  CHECK(contains(body_text, "Program 2: Rp 7.000.000.000; kegiatan 1.2: Rp 500; sub kegiatan 1.1.2: Rp 2.500.000; "
                            "total Rp 7.003.500.500; 2 program, 4 sub kegiatan; evaluasi 2024: 100%, 1 dari 2."));
  // The list: "Pertama" 1., the three kegiatan 2.–4., "Terakhir" 5.
  std::vector<std::string> labels;
  for (const compose::Block& block : d.sequences.at(2).blocks) {
    const auto* p = std::get_if<compose::Paragraph>(&block);
    if (p && p->label) labels.push_back(text_of(p->label->spans) + " " + text_of(p->spans));
  }
  CHECK(labels == std::vector<std::string>{"1. Pertama", "2. Kegiatan A dari Program A, Rp 3.500.000",
                                           "3. Kegiatan B dari Program A, Rp 500",
                                           "4. Kegiatan C dari Program B, Rp 7.000.000.000", "5. Terakhir"});
}

TEST_CASE("a revision (perubahan=\"1\") titles the RKT and the Perjanjian Kinerja so, a second one PERUBAHAN KEDUA",
          "[template-text]") {
  std::ifstream in(source_dir + "/samples/rkt-2024-setwan-luwu-timur.xml", std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string january = buffer.str();
  auto parsed = [&](const std::string& text) {  // named as the sample, beside its logo
    plan::ParseResult result = plan::parse_plan_text(text, source_dir + "/samples/rkt-2024-setwan-luwu-timur.xml");
    REQUIRE(result.plan);
    return *result.plan;
  };
  auto revised = [&](const std::string& number) {
    std::string text = january;
    const std::string root = "tahun=\"2024\"";
    text.replace(text.find(root), root.size(), root + " perubahan=\"" + number + "\"");
    return parsed(text);
  };
  auto first_line = [](const compose::PageSequence& sequence) {
    for (const compose::Block& block : sequence.blocks) {
      if (const auto* p = std::get_if<compose::Paragraph>(&block)) return text_of(p->spans);
    }
    return std::string();
  };
  compose::TemplateLoad pk = compose::load_template(source_dir + "/templates/perjanjian-kinerja");
  REQUIRE(pk.value);

  Composed rkt;
  compose_into(rkt, revised("1"), default_template());
  CHECK(format_all(rkt.diagnostics) == std::vector<std::string>{});
  CHECK(first_line(rkt.document.sequences.at(0)) == "RENCANA KINERJA TAHUNAN (RKT) PERUBAHAN");  // the cover
  CHECK(texts(rkt.document.sequences.at(3)).at(1) == "RENCANA KINERJA TAHUNAN (RKT) PERUBAHAN");  // under LAMPIRAN
  CHECK(rkt.document.metadata.title ==
        "Rencana Kinerja Tahunan (RKT) Perubahan Sekretariat DPRD Kabupaten Luwu Timur Tahun 2024");
  Composed agreement;
  compose_into(agreement, revised("1"), *pk.value);
  CHECK(first_line(agreement.document.sequences.at(0)) == "PERJANJIAN KINERJA PERUBAHAN TAHUN 2024");
  CHECK(first_line(agreement.document.sequences.at(1)) == "LAMPIRAN PERJANJIAN KINERJA PERUBAHAN TAHUN 2024");
  CHECK(agreement.document.metadata.title ==
        "Perjanjian Kinerja Perubahan Sekretariat DPRD Kabupaten Luwu Timur Tahun 2024");

  Composed second;
  compose_into(second, revised("2"), *pk.value);
  CHECK(first_line(second.document.sequences.at(0)) == "PERJANJIAN KINERJA PERUBAHAN KEDUA TAHUN 2024");

  // The plan of January: the titles as they were, no space left where the word would stand.
  Composed plain;
  compose_into(plain, parsed(january), default_template());
  CHECK(first_line(plain.document.sequences.at(0)) == "RENCANA KINERJA TAHUNAN (RKT)");
  CHECK(plain.document.metadata.title == "Rencana Kinerja Tahunan (RKT) Sekretariat DPRD Kabupaten Luwu Timur Tahun 2024");
}

TEST_CASE("every template of the tree loads, every placeholder in it known to the engine", "[template-text]") {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir + "/templates")) {
    if (!entry.is_directory()) continue;
    ++count;
    compose::TemplateLoad load = compose::load_template(entry.path().string());
    INFO(entry.path().string());
    CHECK(format_all(load.diagnostics).empty());
    CHECK(load.value.has_value());
  }
  CHECK(count >= 2);
  // A placeholder the engine does not know is an error at its place, in standard text as in a line.
  CHECK(template_diagnostics(edited("{evaluasi.capaian};", "{evaluasi.capaiann};")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(line_of("{evaluasi.capaian};")) + ":13: error: unknown "
                                 "placeholder {evaluasi.capaiann}: a evaluasi has no fact \"capaiann\"; did you mean "
                                 "{evaluasi.capaian}? [unknown-placeholder]"});
}

TEST_CASE("the Perjanjian Kinerja is made from the same plan by another template", "[template-text]") {
  compose::TemplateLoad load = compose::load_template(source_dir + "/templates/perjanjian-kinerja");
  REQUIRE(load.value);
  const compose::Template& pk = *load.value;
  CHECK_FALSE(pk.cover.has_value());
  CHECK_FALSE(pk.chapter.has_value());
  CHECK(pk.parts.size() == 2);
  plan::ParseResult parsed = plan::parse_plan_file(source_dir + "/samples/rkt-2024-setwan-luwu-timur.xml");
  REQUIRE(parsed.plan);
  Composed c;
  compose_into(c, *parsed.plan, pk);
  CHECK(format_all(c.diagnostics).empty());
  REQUIRE(c.document.sequences.size() == 2);
  const auto& agreement = c.document.sequences[0];
  const auto& annex = c.document.sequences[1];
  CHECK(texts(agreement).at(0) == "PERJANJIAN KINERJA TAHUN 2024");
  CHECK(c.document.metadata.title == "Perjanjian Kinerja Sekretariat DPRD Kabupaten Luwu Timur Tahun 2024");

  // The parties.
  std::vector<const compose::Table*> tables;
  for (const auto* sequence : {&agreement, &annex}) {
    for (const compose::Block& block : sequence->blocks) {
      if (const auto* t = std::get_if<compose::Table>(&block)) tables.push_back(t);
    }
  }
  REQUIRE(tables.size() == 4);  // two party fields; the annex's two tables
  const compose::Table& first_party = *tables[0];
  CHECK(text_of(first_party.body_rows.at(0).cells.back().spans) == "ASWAN AZIS, S.Pi, M.Si");

  // Their two signatures side by side, pihak kedua left, pihak pertama right, with the place and date above them,
  // on both pages.
  for (const auto* sequence : {&agreement, &annex}) {
    const std::vector<const compose::Group*> groups = signature_groups(*sequence);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0]->keep_with_previous_lines == 2);
    REQUIRE(groups[0]->blocks.size() == 2);
    CHECK(text_of(std::get<compose::Paragraph>(groups[0]->blocks[0]).spans) == "Malili, 02 Januari 2024");
    const auto& block = std::get<compose::SignatureBlock>(groups[0]->blocks[1]);
    REQUIRE(block.columns.size() == 2);
    const double half = (215 / 25.4 * 72 - (4 + 3) * 72 / 2.54) / 2;  // F4 less margins of 4 and 3 cm, halved
    CHECK(block.columns[0].left == 0);
    CHECK(block.columns[0].width == Approx(half));
    CHECK(block.columns[1].left == Approx(half));
    CHECK(parts_of(block.columns[0]) ==
          std::vector<std::string>{"Pihak Kedua,", "BUPATI LUWU TIMUR", "[space 65.2]", "H. BUDIMAN, M.Pd"});
    // The region under a title that lacks it: the pihak pertama's title takes a line more.
    CHECK(parts_of(block.columns[1]) == std::vector<std::string>{"Pihak Pertama,", "SEKRETARIS DPRD",
                                                                 "KABUPATEN LUWU TIMUR", "[space 65.2]",
                                                                 "ASWAN AZIS, S.Pi, M.Si",
                                                                 "NIP. 19760316 200803 1 001"});
  }

  // The annex: a row per indikator, each beside its own target, the sasaran and its number spanning them — sasaran
  // 2's second indikator has no target, an empty cell, not the first one's 90%. Under each header the row of column
  // numbers.
  const compose::Table& sasaran = *tables[2];
  REQUIRE(sasaran.header_rows.size() == 2);
  CHECK(text_of(sasaran.header_rows[1].cells[3].spans) == "4");
  REQUIRE(sasaran.body_rows.size() == 3);
  REQUIRE(sasaran.body_rows[1].cells.size() == 4);
  CHECK(text_of(sasaran.body_rows[1].cells[0].spans) == "2");
  CHECK(sasaran.body_rows[1].cells[0].row_span == 2);
  CHECK(sasaran.body_rows[1].cells[1].row_span == 2);
  CHECK(text_of(sasaran.body_rows[1].cells[2].spans) == "Persentase Ranperdah yang disetujui bersama");
  CHECK(sasaran.body_rows[1].cells[2].row_span == 1);
  CHECK(text_of(sasaran.body_rows[1].cells[3].spans) == "90%");
  REQUIRE(sasaran.body_rows[2].cells.size() == 2);  // the sasaran's slots are its cells' above
  CHECK(text_of(sasaran.body_rows[2].cells[0].spans) == "Persentase Rekomendasi DPRD yang ditindaklanjuti");
  CHECK(text_of(sasaran.body_rows[2].cells[1].spans).empty());
  // A row per program with its anggaran under "ANGGARAN (Rp)", a bare number: the one the plan states, else the sum
  // of its sub kegiatan. Program 2 states 17.903.779.061 while its sub kegiatan add up to 16.487.571.661: the stated
  // figure is printed, marked for the note under the table. JUMLAH adds up the figures printed above it.
  const compose::Table& programs = *tables[3];
  CHECK(text_of(programs.header_rows.at(0).cells[2].spans) == "ANGGARAN (Rp)");
  CHECK(programs.header_rows.size() == 2);
  REQUIRE(programs.body_rows.size() == 3);
  CHECK(text_of(programs.body_rows[0].cells[2].spans) == "28.584.558.694");
  CHECK(text_of(programs.body_rows[1].cells[2].spans) == "17.903.779.061 *)");
  CHECK(text_of(programs.body_rows[2].cells[0].spans) == "JUMLAH");
  CHECK(programs.body_rows[2].cells[0].col_span == 2);
  CHECK(text_of(programs.body_rows[2].cells[1].spans) == "46.488.337.755");  // 28.584.558.694 + 17.903.779.061
  // The note right under the table.
  auto table_at = std::find_if(annex.blocks.begin(), annex.blocks.end(), [&](const compose::Block& b) {
    return std::get_if<compose::Table>(&b) == &programs;
  });
  REQUIRE(table_at + 1 < annex.blocks.end());
  const auto* note = std::get_if<compose::Paragraph>(&*(table_at + 1));
  REQUIRE(note != nullptr);
  CHECK(text_of(note->spans) ==
        "*) Anggaran program 2 (Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD) tertulis dalam rencana "
        "Rp 17.903.779.061, sedangkan jumlah anggaran sub kegiatannya Rp 16.487.571.661; selisih Rp 1.416.207.400.");
}

TEST_CASE("an item table with a row for each indikator: program rows, and an item without indikator gets one row",
          "[template-text]") {
  const std::string pk_text = [] {
    std::ifstream in(source_dir + "/templates/perjanjian-kinerja/template.xml");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }();
  // The programs' table made one of their indikator, with {indikator} and {target} and the program spanning.
  std::string text = edited("<item-table for=\"program\"", "<item-table for=\"program\" rows=\"indikator\"", pk_text);
  text = edited("value=\"{program.ket}\">KETERANGAN", "value=\"{indikator} ({target})\">INDIKATOR", text);
  compose::TemplateLoad load = compose::load_template_text(text, source_dir + "/templates/perjanjian-kinerja", "t.xml");
  REQUIRE(load.value);
  const std::string plan =
      plan_xml("<rencana><sasaran nama=\"S\"><indikator nama=\"I\" target=\"1\"/>"
               "<program nomor=\"1\" nama=\"Program A\"><indikator nama=\"Satu\" target=\"10%\"/>"
               "<indikator nama=\"Dua\"/><kegiatan nomor=\"1\" nama=\"K\">" + sub(1, "1.000") + "</kegiatan></program>"
               "<program nomor=\"2\" nama=\"Program B\"><kegiatan nomor=\"1\" nama=\"K\">" + sub(1, "500") +
               "</kegiatan></program></sasaran></rencana>");
  std::string with_superior = plan;
  with_superior.insert(with_superior.find("\n<rencana>"), "\n<atasan jabatan=\"Wali Kota Palopo\" nama=\"B\"/>");
  Composed c;
  compose_into(c, test::parse_clean(with_superior), *load.value);
  std::vector<const compose::Table*> tables;
  for (const compose::Block& block : c.document.sequences.at(1).blocks) {
    if (const auto* t = std::get_if<compose::Table>(&block)) tables.push_back(t);
  }
  REQUIRE(tables.size() == 2);  // the sasaran and the programs
  const compose::Table& programs = *tables[1];
  REQUIRE(programs.body_rows.size() == 4);  // two for program 1, one for program 2, JUMLAH
  CHECK(programs.body_rows[0].cells[1].row_span == 2);
  CHECK(text_of(programs.body_rows[0].cells[3].spans) == "Satu (10%)");
  REQUIRE(programs.body_rows[1].cells.size() == 1);
  CHECK(text_of(programs.body_rows[1].cells[0].spans) == "Dua ()");
  CHECK(programs.body_rows[2].cells[1].row_span == 1);
  CHECK(text_of(programs.body_rows[2].cells[3].spans) == "()");  // empty values leave no space at an end

  // {jumlah} adds up the anggaran a column prints: under a column that prints none, it is an error at the total.
  std::string misplaced = edited("total=\"{jumlah}\"", "", pk_text);
  misplaced = edited("value=\"{program.ket}\">", "value=\"{program.ket}\" total=\"{jumlah}\">", misplaced);
  compose::TemplateLoad wrong = compose::load_template_text(misplaced, source_dir + "/templates/perjanjian-kinerja", "t.xml");
  REQUIRE(wrong.value);
  Composed w;
  compose_into(w, test::parse_clean(with_superior), *wrong.value);
  const std::vector<std::string> found = format_all(w.diagnostics);
  REQUIRE(found.size() == 1);
  CHECK(found[0].find("error: {jumlah} adds up the anggaran its column prints, but this column's value prints none; "
                      "write it under a column of {program.anggaran-angka} or the like [placeholder-value]") !=
        std::string::npos);

  // A kegiatan has no indikator: rows="indikator" is refused at the attribute.
  const std::vector<std::string> refused = template_diagnostics(
      edited("<item-table for=\"program\"", "<item-table for=\"kegiatan\" rows=\"indikator\"", pk_text));
  REQUIRE_FALSE(refused.empty());
  CHECK(refused[0].find("error: rows=\"indikator\" on <item-table>: a kegiatan has no indikator; rows=\"indikator\" is "
                        "for sasaran, program, subkegiatan or evaluasi [bad-value]") != std::string::npos);
}

TEST_CASE("docs/templates.md lists every placeholder the engine knows", "[template-text]") {
  std::ifstream in(source_dir + "/docs/templates.md");
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  for (const plan::PlaceholderInfo& p : plan::plan_placeholders()) {
    INFO(p.name);
    CHECK(doc.find("| `{" + std::string(p.name) + "}` |") != std::string::npos);
  }
  for (std::string_view kind : plan::item_kind_names()) {
    for (const plan::PlaceholderInfo& field : plan::item_fields(*plan::item_kind_from_name(kind))) {
      INFO(kind << "." << field.name);
      CHECK(doc.find("| `" + std::string(field.name) + "` |") != std::string::npos);
    }
  }
}
