// The template's tables as composition makes them: the RKT matrix of LAMPIRAN on its landscape pages and the
// evaluation table of BAB II.A, checked on the sample plan (the seed) and on small plans. The grid is resolved with
// layout's own resolve_grid, so that every span is checked where layout will put it.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <limits>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "naskah/compose/compose.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/layout/table_grid.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "compose_fixture.hpp"
#include "plan_fixture.hpp"

using namespace naskah;
using namespace naskah::test;

namespace {


std::vector<const compose::Table*> tables(const compose::PageSequence& sequence) {
  std::vector<const compose::Table*> out;
  for (const compose::Block& block : sequence.blocks) {
    if (const auto* t = std::get_if<compose::Table>(&block)) out.push_back(t);
  }
  return out;
}

double text_width(const compose::PageStyle& page) { return page.width - page.margin_left - page.margin_right; }

double sum(const std::vector<double>& widths) { return std::accumulate(widths.begin(), widths.end(), 0.0); }

std::vector<std::string> row_texts(const compose::TableRow& row) {
  std::vector<std::string> out;
  for (const compose::TableCell& cell : row.cells) out.push_back(text_of(cell.spans));
  return out;
}

/// A table's body as layout resolves it, with its cells found by slot.
struct Grid {
  layout::TableGrid grid;

  Grid(const compose::Table& table) : grid(layout::resolve_grid(table.body_rows, static_cast<int>(table.column_widths.size()))) {}

  /// The cell whose top-left slot is (row, col); fails the test when there is none.
  const layout::GridCell& at(int row, int col) const {
    for (const layout::GridCell& cell : grid.cells) {
      if (cell.row == row && cell.col == col) return cell;
    }
    FAIL("no cell starts at row " << row << ", column " << col);
    return grid.cells.front();
  }
  std::string text(int row, int col) const {
    const layout::GridCell& cell = at(row, col);
    return cell.source == nullptr ? std::string() : text_of(cell.source->spans);
  }
  /// The cells of column `col`, top to bottom, as "text@row+span".
  std::vector<std::string> column(int col, int from = 0, int to = 1 << 30) const {
    std::vector<std::string> out;
    for (const layout::GridCell& cell : grid.cells) {
      if (cell.col != col || cell.row < from || cell.row >= to) continue;
      std::string text = cell.source == nullptr ? std::string() : text_of(cell.source->spans);
      out.push_back(text + "@" + std::to_string(cell.row) + "+" + std::to_string(cell.row_span));
    }
    return out;
  }
};

// Column positions of the 14-column matrix.
enum Col { NO, SASARAN, IND_SASARAN, TGT_SASARAN, PROGRAM, IND_PROGRAM, TGT_PROGRAM, ANGG_PROGRAM, KEGIATAN, SUB,
           IND_SUB, TGT_SUB, ANGG_SUB, KET };

const compose::Table& sample_matrix() {
  const Composed& c = composed_sample();
  REQUIRE(c.document.sequences.size() == 4);
  std::vector<const compose::Table*> found = tables(c.document.sequences[3]);
  REQUIRE(found.size() == 1);
  return *found[0];
}

const compose::Table& sample_evaluation_table() {
  const Composed& c = composed_sample();
  REQUIRE(c.document.sequences.size() == 4);
  std::vector<const compose::Table*> found = tables(c.document.sequences[2]);
  REQUIRE(found.size() == 1);
  return *found[0];
}

/// A plan with one sasaran, from a fragment of its programs (and optional attributes of the sasaran).
plan::Plan plan_of(const std::string& programs, const std::string& sasaran_indikator =
                                                     "<indikator nama=\"Indeks Kinerja\" target=\"100%\"/>") {
  return test::parse_clean(test::plan_xml("<rencana><sasaran nama=\"Sasaran Satu\">" + sasaran_indikator + programs +
                                          "</sasaran></rencana>"));
}

const compose::Table& matrix_of(const Composed& c) {
  REQUIRE(c.document.sequences.size() == 4);
  std::vector<const compose::Table*> found = tables(c.document.sequences[3]);
  REQUIRE(found.size() == 1);
  return *found[0];
}


/// The default template with everything from `from` up to and including `to` cut out.
std::string without(const std::string& from, const std::string& to, std::string text = default_template_text()) {
  auto a = text.find(from);
  REQUIRE(a != std::string::npos);
  auto b = text.find(to, a);
  REQUIRE(b != std::string::npos);
  return text.erase(a, b + to.size() - a);
}



}  // namespace

// ---- The sample's annex ------------------------------------------------------------------------------------

TEST_CASE("LAMPIRAN is a landscape sequence numbered on from the body: heading, title, one table, its note",
          "[compose-table]") {
  const Composed& c = composed_sample();
  CHECK(format_all(c.diagnostics).empty());
  REQUIRE(c.document.sequences.size() == 4);
  const compose::PageSequence& annex = c.document.sequences[3];
  CHECK(annex.page.width == Approx(330 / 25.4 * 72));  // F4 turned
  CHECK(annex.page.height == Approx(215 / 25.4 * 72));
  CHECK(annex.page.width > annex.page.height);
  CHECK(annex.numbering == compose::PageNumbering::arabic);
  CHECK_FALSE(annex.restart_numbering);
  CHECK(c.document.sequences[2].page.width < c.document.sequences[2].page.height);  // the body stays portrait

  REQUIRE(annex.blocks.size() == 6);
  const auto& heading = std::get<compose::Paragraph>(annex.blocks[0]);
  CHECK(text_of(heading.spans) == "LAMPIRAN");
  CHECK(heading.anchor == "lampiran");
  REQUIRE(heading.outline);
  CHECK(heading.outline->level == 0);
  std::vector<std::string> title;
  for (std::size_t i = 1; i <= 3; ++i) {
    const auto& line = std::get<compose::Paragraph>(annex.blocks[i]);
    title.push_back(text_of(line.spans));
    CHECK(line.style.align == compose::Align::center);
    CHECK(line.style.keep_with_next);  // the title stays with the table's start
  }
  CHECK(title == std::vector<std::string>{"RENCANA KINERJA TAHUNAN (RKT)", "SEKRETARIAT DPRD KABUPATEN LUWU TIMUR",
                                          "TAHUN ANGGARAN 2024"});
  CHECK(std::holds_alternative<compose::Table>(annex.blocks[4]));
  // The note on program 2's stated anggaran, under the table.
  const auto& note = std::get<compose::Paragraph>(annex.blocks[5]);
  CHECK(text_of(note.spans) ==
        "*) Anggaran program 2 (Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD) tertulis dalam rencana "
        "Rp 17.903.779.061, sedangkan jumlah anggaran sub kegiatannya Rp 16.487.571.661; selisih Rp 1.416.207.400.");
  // The body no longer ends with LAMPIRAN.
  for (const compose::Block& block : c.document.sequences[2].blocks) {
    if (const auto* p = std::get_if<compose::Paragraph>(&block)) CHECK(p->anchor != "lampiran");
  }
}

TEST_CASE("the matrix: 14 columns filling the landscape text width, the header and the row of numbers",
          "[compose-table]") {
  const compose::Table& table = sample_matrix();
  const compose::PageSequence& annex = composed_sample().document.sequences[3];
  REQUIRE(table.column_widths.size() == 14);
  CHECK(sum(table.column_widths) == Approx(text_width(annex.page)));
  CHECK(text_width(annex.page) == Approx((330 - 30 - 30) / 25.4 * 72));
  // Narrow NO and TARGET, wide names, amounts wide enough for "28.584.558.694" in 9 pt (about 57 pt of digits).
  CHECK(table.column_widths[NO] < table.column_widths[SASARAN] / 1.5);
  CHECK(table.column_widths[TGT_SASARAN] < table.column_widths[SASARAN]);
  CHECK(table.column_widths[ANGG_PROGRAM] >= 57 + 2 * table.padding);
  CHECK(table.column_widths[ANGG_SUB] >= 57 + 2 * table.padding);
  for (double w : table.column_widths) CHECK(w > 20);

  REQUIRE(table.header_rows.size() == 2);
  CHECK(row_texts(table.header_rows[0]) ==
        std::vector<std::string>{"NO", "SASARAN RENSTRA", "INDIKATOR KINERJA", "TARGET", "PROGRAM", "INDIKATOR PROGRAM",
                                 "TARGET", "ANGGARAN (Rp)", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR SUB KEGIATAN",
                                 "TARGET", "ANGGARAN (Rp)", "KET"});
  const compose::TableRow& header = table.header_rows[0];
  REQUIRE(header.fill);
  CHECK(*header.fill == layout::Color{0xD9, 0xD9, 0xD9});
  for (const compose::TableCell& cell : header.cells) {
    CHECK(cell.align == compose::Align::center);
    CHECK(cell.valign == compose::VerticalAlign::middle);
    REQUIRE(!cell.spans.empty());
    CHECK(cell.spans[0].face.bold);
  }
  std::vector<std::string> numbers;
  for (int i = 1; i <= 14; ++i) numbers.push_back(std::to_string(i));
  CHECK(row_texts(table.header_rows[1]) == numbers);
  CHECK(table.header_rows[1].fill.has_value());

  CHECK(table.line_height == Approx(9 * 1.15));
  CHECK(table.continuation_mark == "(lanj.)");
  CHECK(table.fit_columns);  // the template's widths are preferences: layout measures the content
  CHECK(table.anchor.empty());  // the anchor is LAMPIRAN's heading
}

TEST_CASE("the matrix: a row per sub kegiatan, a JUMLAH row per program, a TOTAL row, nothing dropped",
          "[compose-table]") {
  const compose::Table& table = sample_matrix();
  CHECK(table.body_rows.size() == 51 + 2 + 1);
  Grid g(table);
  CHECK(g.grid.rows == 54);
  CHECK(g.grid.dropped == 0);
  CHECK(g.grid.clamped == 0);
  // Every row lists one cell per free slot: the grid needs no filler cells.
  for (const compose::TableRow& row : table.body_rows) CHECK(!row.cells.empty());
  std::size_t slots = 0;
  for (const layout::GridCell& cell : g.grid.cells) {
    CHECK(cell.source != nullptr);
    slots += static_cast<std::size_t>(cell.row_span * cell.col_span);
  }
  CHECK(slots == 54u * 14u);
}

TEST_CASE("the matrix: sasaran, program, kegiatan and KET span their rows", "[compose-table]") {
  Grid g(sample_matrix());
  // Sasaran 1 (the first in <rencana>) spans program 1's 32 rows and its JUMLAH row.
  CHECK(g.text(0, NO) == "1");
  CHECK(g.at(0, NO).row_span == 33);
  CHECK(g.text(0, SASARAN) == "Meningkatnya akuntabilitas Kinerja dan Keuangan");
  CHECK(g.at(0, SASARAN).row_span == 33);
  CHECK(g.text(0, IND_SASARAN) == "Persentase Capaian Kinerja Program Pada Sekretariat DPRD");
  CHECK(g.at(0, IND_SASARAN).row_span == 33);
  CHECK(g.text(0, TGT_SASARAN) == "100%");
  CHECK(g.at(0, TGT_SASARAN).row_span == 33);
  // Program 1 spans its 32 rows, its kegiatan theirs.
  CHECK(g.text(0, PROGRAM) == "1 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/ Kota");
  CHECK(g.at(0, PROGRAM).row_span == 32);
  CHECK(g.at(0, IND_PROGRAM).row_span == 32);
  CHECK(g.text(0, TGT_PROGRAM) == "100%");
  CHECK(g.column(KEGIATAN, 0, 32) ==
        std::vector<std::string>{
            "1 Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah@0+4",
            "2 Administrasi Keuangan dan Perangkat Daerah@4+2",
            "3 Administrasi Barang Milik Daerah pada perangkat Daerah@6+1",
            "4 Administrasi Kepegawaian Perangkat Daerah@7+2",
            "5 Administrasi Umum Perangkat Daerah@9+8",
            "6 Pengadaan Barang Milik Daerah penunjang Urusan Pemerintah Daerah@17+3",
            "7 Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah@20+3",
            "8 Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah@23+5",
            "9 Layanan Keuangan dan Kesejahteraan DPRD@28+3",
            "10 Layanan Administrasi DPRD@31+1",
        });
  // One row per sub kegiatan: "nomor nama", its indikator and target, its anggaran right-aligned.
  CHECK(g.text(0, SUB) == "1 Penyusunan Dokumen Perencanaan Perangkat Daerah");
  CHECK(g.text(0, IND_SUB) == "Jumlah Dokumen Perencanaan yang disusun");
  CHECK(g.text(0, TGT_SUB) == "2 Dokumen");
  CHECK(g.text(0, ANGG_SUB) == "40.206.350");
  CHECK(g.at(0, ANGG_SUB).source->align == compose::Align::right);
  CHECK(g.text(28, ANGG_SUB) == "17.041.897.175");
  // KET: program 1 has one unit for all its rows.
  CHECK(g.column(KET, 0, 32) == std::vector<std::string>{"Bagian Umum Dan Keuangan@0+32"});

  // Sasaran 2 spans program 2's 19 rows and its JUMLAH row; program 2's kegiatan 4 spans its 4 sub kegiatan.
  CHECK(g.text(33, NO) == "2");
  CHECK(g.at(33, SASARAN).row_span == 20);
  CHECK(g.text(33, PROGRAM) == "2 Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD");
  CHECK(g.at(33, PROGRAM).row_span == 19);
  CHECK(g.column(KEGIATAN, 33) ==
        std::vector<std::string>{
            "1 Pembentukan Peraturan Daerah dan Peraturan DPRD@33+2",
            "2 Pembahasan Kebijakan Anggaran@35+5",
            "3 Pengawasan Penyelenggaraan Pemerintahan@40+5",
            "4 Peningkatan Kapasitas DPRD@45+4",
            "6 Pelaksanaan dan Pengawasan Kode Etik DPRD@49+1",
            "7 Pembahasan Kerja Sama Daerah@50+1",
            "8 Fasilitasi Tugas DPRD@51+1",
        });
  // KET spans the consecutive rows of one unit: kegiatan 2 and 3 share theirs, so do kegiatan 4 and 6 (the seed's
  // KET cell of kegiatan 4 runs over kegiatan 6).
  CHECK(g.column(KET, 33, 52) ==
        std::vector<std::string>{
            "Bagian Persidangan & Perundang-Undangan@33+2",
            "Bagian Fasilitasi Pengawasan & Penganggaran@35+10",
            "Bagian Persidangan & Perundangan-g-Undangan@45+5",
            "Bagian Persidangan & Perundangan-Undangan@50+1",
            "Bagian Persidangan & Perundang@51+1",
        });
}

TEST_CASE("the matrix: a sasaran's indikator stand one below the other, each beside its target", "[compose-table]") {
  Grid g(sample_matrix());
  // Sasaran 2 has two indikator: the first takes a row, the last the rest of the sasaran's rows.
  CHECK(g.column(IND_SASARAN, 33) ==
        std::vector<std::string>{"Persentase Ranperdah yang disetujui bersama@33+1",
                                 "Persentase Rekomendasi DPRD yang ditindaklanjuti@34+19"});
  // The second has no target (as published): its TARGET is empty, lined up with it.
  CHECK(g.column(TGT_SASARAN, 33) == std::vector<std::string>{"90%@33+1", "@34+19"});
  CHECK(g.column(IND_PROGRAM, 33) ==
        std::vector<std::string>{"Persentase Kegiatan Legislasi yang difasilitasi@33+19"});
  CHECK(g.column(TGT_PROGRAM, 33) == std::vector<std::string>{"90%@33+19"});
}

TEST_CASE("the matrix: a program's ANGGARAN is the plan's, marked where its rows differ, JUMLAH and TOTAL add up "
          "what is printed", "[compose-table]") {
  Grid g(sample_matrix());
  CHECK(g.text(0, ANGG_PROGRAM) == "28.584.558.694");
  CHECK(g.at(0, ANGG_PROGRAM).row_span == 32);
  CHECK(g.at(0, ANGG_PROGRAM).source->align == compose::Align::right);
  // The plan states 17.903.779.061 for program 2; its sub kegiatan add up to 16.487.571.661: the stated figure,
  // marked for the note under the table, and never broken from its mark.
  CHECK(g.text(33, ANGG_PROGRAM) == "17.903.779.061 *)");
  CHECK(g.at(33, ANGG_PROGRAM).source->spans.at(0).keep_together);

  // JUMLAH after each program: the label over PROGRAM … TARGET (the sasaran's columns span over it), the sum
  // under the sub kegiatan's ANGGARAN, bold; KET empty.
  for (auto [row, amount] : {std::pair{32, "28.584.558.694"}, std::pair{52, "16.487.571.661"}}) {
    INFO("row " << row);
    CHECK(g.text(row, PROGRAM) == "JUMLAH");
    CHECK(g.at(row, PROGRAM).col_span == 8);
    CHECK(g.at(row, PROGRAM).source->spans.at(0).face.bold);
    CHECK(g.text(row, ANGG_SUB) == amount);
    CHECK(g.at(row, ANGG_SUB).source->align == compose::Align::right);
    CHECK(g.at(row, ANGG_SUB).source->spans.at(0).face.bold);
    CHECK(g.text(row, KET).empty());
    REQUIRE(g.at(row, PROGRAM).fill);
  }
  // TOTAL: the label over every column left of the amount.
  CHECK(g.text(53, NO) == "TOTAL");
  CHECK(g.at(53, NO).col_span == 12);
  CHECK(g.text(53, ANGG_SUB) == "45.072.130.355");
  CHECK(g.at(53, ANGG_SUB).source->spans.at(0).face.bold);
}

TEST_CASE("DAFTAR ISI still lists LAMPIRAN, leading to the annex's heading", "[compose-table]") {
  const Composed& c = composed_sample();
  const auto& front = c.document.sequences[1].blocks;
  auto contents = std::find_if(front.begin(), front.end(), [](const compose::Block& b) {
    return std::holds_alternative<compose::TableOfContents>(b);
  });
  REQUIRE(contents != front.end());
  const auto* toc = std::get_if<compose::TableOfContents>(&*contents);
  REQUIRE(!toc->entries.empty());
  const compose::TocEntry& last = toc->entries.back();
  CHECK(text_of(last.spans) == "LAMPIRAN");
  CHECK(last.anchor == "lampiran");
  CHECK(last.level == 0);
  CHECK(last.spans.at(0).face.bold);
  const auto& heading = std::get<compose::Paragraph>(c.document.sequences[3].blocks.front());
  CHECK(heading.anchor == last.anchor);
  CHECK(heading.outline->title == "LAMPIRAN");
}

TEST_CASE("a DAFTAR ISI entry knows its label, and its last two words are one run", "[compose-table]") {
  const Composed& c = composed_sample();
  const compose::TableOfContents* toc = nullptr;
  for (const compose::Block& block : c.document.sequences[1].blocks) {
    if (const auto* found = std::get_if<compose::TableOfContents>(&block); found && !toc) toc = found;
  }
  REQUIRE(toc != nullptr);
  auto entry = std::find_if(toc->entries.begin(), toc->entries.end(), [](const compose::TocEntry& e) {
    return text_of(e.spans) == "B. Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2024";
  });
  REQUIRE(entry != toc->entries.end());
  CHECK(entry->label_bytes == 3);  // "B. " hangs in front of the title's next lines
  REQUIRE(entry->spans.size() >= 2);
  CHECK(entry->spans.back().text == "Tahun 2024");  // never "2024" alone before the leaders
  CHECK(entry->spans.back().keep_together);
  CHECK_FALSE(entry->spans.front().keep_together);
  // A chapter's entry has no label; a two-word entry is left as it is.
  auto chapter = std::find_if(toc->entries.begin(), toc->entries.end(),
                              [](const compose::TocEntry& e) { return text_of(e.spans) == "BAB III PENUTUP"; });
  REQUIRE(chapter != toc->entries.end());
  CHECK(chapter->label_bytes == 0);
  auto daftar = std::find_if(toc->entries.begin(), toc->entries.end(),
                             [](const compose::TocEntry& e) { return text_of(e.spans) == "DAFTAR ISI"; });
  REQUIRE(daftar != toc->entries.end());
  CHECK(daftar->spans.size() == 1);
}

// ---- The evaluation table ----------------------------------------------------------------------------------

TEST_CASE("the evaluation table: 7 columns, capaian and keterangan computed from the numbers", "[compose-table]") {
  const compose::Table& table = sample_evaluation_table();
  const compose::PageSequence& body = composed_sample().document.sequences[2];
  REQUIRE(table.column_widths.size() == 7);
  CHECK(sum(table.column_widths) == Approx(text_width(body.page)));
  REQUIRE(table.header_rows.size() == 1);  // no row of numbers: the template gives no number-style
  CHECK(row_texts(table.header_rows[0]) ==
        std::vector<std::string>{"NO", "Sasaran Strategis", "Indikator Kinerja", "Target", "Realisasi", "Capaian",
                                 "Keterangan"});
  CHECK(table.header_rows[0].fill.has_value());

  REQUIRE(table.body_rows.size() == 3);
  Grid g(table);
  CHECK(g.grid.dropped == 0);
  CHECK(g.grid.clamped == 0);
  // NO and Sasaran Strategis span the indikator of their sasaran.
  CHECK(g.text(0, 0) == "1");
  CHECK(g.at(0, 0).row_span == 2);
  CHECK(g.text(0, 1).rfind("Meningkatkannya Pelayanan Kinerja Kesekretariatan", 0) == 0);
  CHECK(g.at(0, 1).row_span == 2);
  CHECK(g.text(2, 0) == "2");
  CHECK(g.at(2, 0).row_span == 1);
  auto row = [&](int r) {
    std::vector<std::string> out;
    for (int col = 2; col < 7; ++col) out.push_back(g.text(r, col));
    return out;
  };
  CHECK(row(0) == std::vector<std::string>{"Persentase Ranperdah yang disetujui bersama", "90%", "80%", "88,89%",
                                           "Tidak Tercapai"});
  CHECK(row(1) == std::vector<std::string>{"Persentase Rekomendasi DPRD yang ditindaklanjuti", "90%", "100%",
                                           "111,11%", "Tercapai"});
  // The seed marks this one "Tercapai"; 96,86% of a 100% target is not.
  CHECK(row(2) == std::vector<std::string>{"Persentase Capaian Kinerja Program Pada Sekretariat DPRD", "100%", "96,86%",
                                           "96,86%", "Tidak Tercapai"});
  CHECK(g.at(2, 5).source->align == compose::Align::center);
}

TEST_CASE("the evaluation table stands where <tabel-evaluasi/> is, an unknown capaian is a dash", "[compose-table]") {
  const std::string body =
      "<bab judul=\"Rencana\"><p>Sebelum.</p><tabel-evaluasi/><p>Sesudah.</p></bab>\n"
      "<evaluasi tahun=\"2024\">"
      "<sasaran nama=\"Sasaran A\">"
      "<indikator nama=\"Opini BPK\" target=\"WTP\" realisasi=\"WDP\"/>"
      "<indikator nama=\"Temuan\" target=\"5 Temuan\" realisasi=\"0 Temuan\" arah=\"turun\"/>"
      "<indikator nama=\"Temuan lain\" target=\"5 Temuan\" realisasi=\"8 Temuan\" arah=\"turun\"/>"
      "<indikator nama=\"Belum diisi\" target=\"100%\" realisasi=\"\" keterangan=\"Tercapai\"/>"
      "</sasaran></evaluasi>";
  plan::Plan p = test::parse_clean(test::plan_xml("<rencana/>", body));
  Composed c;
  compose_into(c, p);
  CHECK(format_all(c.diagnostics).empty());
  const compose::PageSequence& sequence = c.document.sequences.at(2);
  REQUIRE(sequence.blocks.size() == 4);
  CHECK(text_of(std::get<compose::Paragraph>(sequence.blocks[1]).spans) == "Sebelum.");
  REQUIRE(std::holds_alternative<compose::Table>(sequence.blocks[2]));
  CHECK(text_of(std::get<compose::Paragraph>(sequence.blocks[3]).spans) == "Sesudah.");
  Grid g(std::get<compose::Table>(sequence.blocks[2]));
  CHECK(g.at(0, 1).row_span == 4);
  // Qualitative: no capaian, no status. Less is better with nothing found: Tercapai without a percentage.
  CHECK(g.text(0, 5) == "-");
  CHECK(g.text(0, 6) == "-");
  CHECK(g.text(1, 5) == "-");
  CHECK(g.text(1, 6) == "Tercapai");
  CHECK(g.text(2, 5) == "62,5%");
  CHECK(g.text(2, 6) == "Tidak Tercapai");
  // A realisasi not filled in yet: an empty cell, no capaian, no status (the stated "Tercapai" is not printed).
  CHECK(g.text(3, 3) == "100%");
  CHECK(g.text(3, 4).empty());
  CHECK(g.text(3, 5) == "-");
  CHECK(g.text(3, 6) == "-");
  // A plan with an empty <rencana> has no matrix, only LAMPIRAN and its title.
  CHECK(tables(c.document.sequences.at(3)).empty());
}

// ---- Small plans ---------------------------------------------------------------------------------------------

/// A plan whose program, first kegiatan and its two sub kegiatan have codes; the second kegiatan's sub kegiatan none.
plan::Plan coded_plan() {
  return plan_of(
      "<program nomor=\"1\" kode=\"4.01.01\" nama=\"Program A\" ket=\"Bagian Umum\">"
      "<indikator nama=\"Indeks A\" target=\"100%\"/>"
      "<kegiatan nomor=\"1\" kode=\"4.01.01.2.01\" nama=\"Kegiatan A\">" +
      test::sub(1, "1.000", " kode=\"4.01.01.2.01.0001\"") + test::sub(2, "2.000", " kode=\"4.01.01.2.01.0002\"") +
      "</kegiatan>"
      "<kegiatan nomor=\"2\" kode=\"4.01.01.2.02\" nama=\"Kegiatan B\">" + test::sub(1, "3.000") + test::sub(2, "4.000") +
      "</kegiatan></program>");
}

TEST_CASE("a program's, kegiatan's and sub kegiatan's kode stand on the first line of their cells, in code-style",
          "[compose-table]") {
  Composed c;
  compose_into(c, coded_plan());
  CHECK(format_all(c.diagnostics).empty());
  const compose::Table& table = matrix_of(c);
  // The official document's 14 columns, as wide as a plan's without codes.
  REQUIRE(table.column_widths.size() == 14);
  CHECK(row_texts(table.header_rows[0])[SUB] == "SUB KEGIATAN");
  const compose::Table& plain = sample_matrix();
  for (std::size_t i = 0; i < table.column_widths.size(); ++i) {
    CHECK(table.column_widths[i] == Approx(plain.column_widths[i]));
  }
  Grid g(table);
  CHECK(g.grid.dropped == 0);
  CHECK(g.grid.clamped == 0);
  CHECK(g.text(0, PROGRAM) == "4.01.01\n1 Program A");
  CHECK(g.text(0, KEGIATAN) == "4.01.01.2.01\n1 Kegiatan A");
  CHECK(g.text(2, KEGIATAN) == "4.01.01.2.02\n2 Kegiatan B");
  CHECK(g.column(SUB, 0, 4) == std::vector<std::string>{"4.01.01.2.01.0001\n1 Sub 1@0+1",
                                                        "4.01.01.2.01.0002\n2 Sub 2@1+1",
                                                        "1 Sub 1@2+1", "2 Sub 2@3+1"});
  // Every kode in matrix-code (7 pt), one unbreakable run; the name after it in the column's 9 pt.
  for (int row : {0, 1}) {
    const compose::TableCell& sub = *g.at(row, SUB).source;
    CHECK(sub.spans.front().size == Approx(7));
    CHECK(sub.spans.front().keep_together);
    CHECK(sub.spans.front().code);
    CHECK(sub.spans.back().size == Approx(9));
  }
  CHECK(g.at(0, PROGRAM).source->spans.front().size == Approx(7));
  CHECK(g.at(0, KEGIATAN).source->spans.front().size == Approx(7));
  CHECK(g.text(4, PROGRAM) == "JUMLAH");
  CHECK(g.text(4, ANGG_SUB) == "10.000");
}

TEST_CASE("a template that lists a KODE column shows the sub kegiatan's kode there, its width taken from the text "
          "columns", "[compose-table]") {
  // The default template as it was written before code-style: a KODE column after TARGET, its style matrix-code.
  compose::TemplateLoad load = compose::load_template_text(
      edited(" code-style=\"matrix-code\">", ">",
             edited("<column content=\"program\"",
                    "<column content=\"kode\" width=\"7.5%\" style=\"matrix-code\">KODE</column>\n"
                    "      <column content=\"program\"")),
      template_dir, "t.xml");
  CHECK(load.diagnostics.all().empty());
  REQUIRE(load.value);
  compose::Template with_kode = *load.value;
  with_kode.body.clear();
  with_kode.foreword_text.reset();
  Composed c;
  compose_into(c, coded_plan(), with_kode);
  CHECK(format_all(c.diagnostics).empty());
  const compose::Table& table = matrix_of(c);
  const compose::PageSequence& annex = c.document.sequences[3];
  REQUIRE(table.column_widths.size() == 15);
  CHECK(sum(table.column_widths) == Approx(text_width(annex.page)));
  std::vector<std::string> header = row_texts(table.header_rows[0]);
  CHECK(header[4] == "KODE");
  CHECK(row_texts(table.header_rows[1]).back() == "15");
  // Amounts, targets and NO keep the widths they have without codes; names and indikator give way.
  const compose::Table& plain = sample_matrix();
  CHECK(table.column_widths[0] == Approx(plain.column_widths[NO]));
  CHECK(table.column_widths[3] == Approx(plain.column_widths[TGT_SASARAN]));
  CHECK(table.column_widths[8] == Approx(plain.column_widths[ANGG_PROGRAM]));
  CHECK(table.column_widths[13] == Approx(plain.column_widths[ANGG_SUB]));
  CHECK(table.column_widths[2] < plain.column_widths[IND_SASARAN]);

  // Each sub kegiatan's own kode in KODE (rows without one share an empty cell), not repeated in its cell; a
  // program's and a kegiatan's stand on the first line of their own cells, in KODE's style. The JUMLAH row's label
  // starts at KODE, right of the sasaran's columns, and runs up to the sub kegiatan's TARGET.
  Grid g(table);
  CHECK(g.grid.dropped == 0);
  CHECK(g.grid.clamped == 0);
  CHECK(g.column(4) == std::vector<std::string>{"4.01.01.2.01.0001@0+1", "4.01.01.2.01.0002@1+1", "@2+2",
                                                "JUMLAH@4+1"});
  CHECK(g.at(0, 4).source->spans.front().size == Approx(7));
  CHECK(g.at(0, 4).source->spans.front().code);
  CHECK(g.text(0, 10) == "1 Sub 1");
  CHECK(g.text(0, 5) == "4.01.01\n1 Program A");
  CHECK(g.text(0, 9) == "4.01.01.2.01\n1 Kegiatan A");
  CHECK(g.text(2, 9) == "4.01.01.2.02\n2 Kegiatan B");
  CHECK(g.at(0, 5).source->spans.front().size == Approx(7));  // matrix-code
  CHECK(g.at(0, 5).source->spans.front().keep_together);
  CHECK(g.at(4, 4).col_span == 9);
  CHECK(g.text(4, 13) == "10.000");
  CHECK(g.text(5, 0) == "TOTAL");
  CHECK(g.at(5, 0).col_span == 13);
}

TEST_CASE("a plan without codes has the 14 columns", "[compose-table]") {
  plan::Plan p = plan_of("<program nomor=\"1\" nama=\"Program A\"><indikator nama=\"Indeks A\" target=\"100%\"/>"
                         "<kegiatan nomor=\"1\" nama=\"Kegiatan A\">" + test::sub(1, "1.000") + "</kegiatan></program>");
  Composed c;
  compose_into(c, p);
  const compose::Table& table = matrix_of(c);
  CHECK(table.column_widths.size() == 14);
  CHECK(table.body_rows.size() == 3);  // the sub kegiatan, JUMLAH, TOTAL
  Grid g(table);
  CHECK(g.text(1, PROGRAM) == "JUMLAH");
  CHECK(g.text(1, ANGG_SUB) == "1.000");
  CHECK(g.text(2, NO) == "TOTAL");
  CHECK(g.text(2, ANGG_SUB) == "1.000");
}

TEST_CASE("several indikator: a sub kegiatan's take a row each, a unit with too few rows lists the rest",
          "[compose-table]") {
  plan::Plan p = plan_of(
      "<program nomor=\"3\" nama=\"Program C\" ket=\"Bagian A\">"
      "<indikator nama=\"P1\" target=\"1 Dokumen\"/><indikator nama=\"P2\"/><indikator nama=\"P3\" target=\"3 Kali\"/>"
      "<kegiatan nomor=\"1\" nama=\"Kegiatan A\">"
      "<subkegiatan nomor=\"1\" nama=\"Sub A\" anggaran=\"5.000\">"
      "<indikator nama=\"S1\" target=\"1 Paket\"/><indikator nama=\"S2\" target=\"2 Paket\"/></subkegiatan>"
      "</kegiatan></program>",
      "<indikator nama=\"I1\" target=\"10%\"/><indikator nama=\"I2\" target=\"20%\"/>");
  Composed c;
  compose_into(c, p);
  CHECK(format_all(c.diagnostics).empty());
  Grid g(matrix_of(c));
  CHECK(g.grid.dropped == 0);
  CHECK(g.grid.clamped == 0);
  // The sub kegiatan's two indikator: two rows, its name and anggaran spanning both.
  CHECK(g.column(IND_SUB) == std::vector<std::string>{"S1@0+1", "S2@1+1"});  // then JUMLAH's and TOTAL's labels
  CHECK(g.column(TGT_SUB) == std::vector<std::string>{"1 Paket@0+1", "2 Paket@1+1"});
  CHECK(g.column(SUB) == std::vector<std::string>{"1 Sub A@0+2"});
  CHECK(g.at(0, ANGG_SUB).row_span == 2);
  CHECK(g.column(KET, 0, 2) == std::vector<std::string>{"Bagian A@0+2"});
  // The program's three indikator over its two rows: P1 in the first, P2 and P3 one per line in the last.
  CHECK(g.column(IND_PROGRAM, 0, 2) == std::vector<std::string>{"P1@0+1", "P2\nP3@1+1"});
  CHECK(g.column(TGT_PROGRAM, 0, 2) == std::vector<std::string>{"1 Dokumen@0+1", "\n3 Kali@1+1"});
  CHECK(g.text(0, PROGRAM) == "3 Program C");
  // The sasaran's two over its three rows (two, and JUMLAH).
  CHECK(g.column(IND_SASARAN) == std::vector<std::string>{"I1@0+1", "I2@1+2"});
  CHECK(g.column(TGT_SASARAN) == std::vector<std::string>{"10%@0+1", "20%@1+2"});
  CHECK(g.text(3, ANGG_SUB) == "5.000");
}

TEST_CASE("sums past int64 print a dash instead of crashing", "[compose-table]") {
  plan::Plan p = plan_of("<program nomor=\"1\" nama=\"Program A\"><kegiatan nomor=\"1\" nama=\"Kegiatan A\">" +
                         test::sub(1, "1") + test::sub(2, "1") + "</kegiatan></program>");
  // Not a plan that passes check: amounts have at most 15 digits there. Made by hand to reach the limit.
  for (plan::SubKegiatan& sub : p.rencana.sasaran[0].program[0].kegiatan[0].subkegiatan) {
    sub.anggaran.value.value = std::numeric_limits<std::int64_t>::max() / 2 + 1;
  }
  Composed c;
  compose_into(c, p);
  Grid g(matrix_of(c));
  CHECK(g.text(0, ANGG_PROGRAM) == "-");
  CHECK(g.text(2, ANGG_SUB) == "-");  // JUMLAH
  CHECK(g.text(3, ANGG_SUB) == "-");  // TOTAL
}

// ---- The template ---------------------------------------------------------------------------------------------

TEST_CASE("the template's tables: annex pages, title, matrix and evaluation table", "[compose-table][template]") {
  const compose::Template& t = default_template();
  REQUIRE(t.annex->page);
  CHECK(t.annex->page->width == Approx(330 / 25.4 * 72));  // F4 turned
  CHECK(t.annex->page->height == Approx(215 / 25.4 * 72));
  CHECK(t.annex->title.size() == 3);
  REQUIRE(t.annex->matrix);
  const compose::MatrixSettings& m = *t.annex->matrix;
  CHECK(m.table.columns.size() == 14);
  REQUIRE(m.code_style);
  CHECK(t.styles.at(*m.code_style).size == 7);
  CHECK(t.styles.at(m.table.body_style).size == 9);
  CHECK(t.styles.at(m.table.header_style).bold);
  CHECK(t.styles.at(m.total_amount_style).paragraph.align == compose::Align::right);
  REQUIRE(m.table.header_fill);
  CHECK(*m.table.header_fill == layout::Color{0xD9, 0xD9, 0xD9});
  double percent = 0;
  for (const compose::TableColumn& column : m.table.columns) {
    CHECK(column.width.fraction);
    CHECK(column.content != static_cast<int>(compose::MatrixContent::kode));
    percent += column.width.value;
  }
  CHECK(percent == Approx(1.0));
  REQUIRE(t.evaluation_table);
  CHECK(t.evaluation_table->columns.size() == 7);
  CHECK_FALSE(t.evaluation_table->number_style);
}

TEST_CASE("a code-style naming no style is reported, and the template does not load", "[compose-table][template]") {
  const int matrix_line = line_of("<matrix ");
  auto diagnostics = template_diagnostics(edited("code-style=\"matrix-code\"", "code-style=\"matrix-kode\""));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].rfind("t.xml:" + std::to_string(matrix_line + 4) + ":", 0) == 0);
  CHECK(diagnostics[0].find("code-style=\"matrix-kode\"") != std::string::npos);
}

TEST_CASE("table columns that do not fill the text width, unknown or missing columns, bad colours are reported",
          "[compose-table][template]") {
  const int matrix_line = line_of("<matrix ");
  CHECK(template_diagnostics(edited("<column content=\"ket\" width=\"7%\">", "<column content=\"ket\" width=\"6%\">")) ==
        std::vector<std::string>{
            "t.xml:" + std::to_string(matrix_line) +
            ":5: error: the columns of <matrix> add up to 757.7pt (99.00% of the text width), but the annex's pages "
            "have a text width of 765.4pt (27.00 cm); make the widths add up to it, e.g. as percentages adding up to "
            "100% [column-widths]"});

  const int ket_line = line_of("<column content=\"ket\"");
  CHECK(template_diagnostics(edited("<column content=\"ket\"", "<column content=\"kett\"")) ==
        std::vector<std::string>{
            "t.xml:" + std::to_string(matrix_line) +
                ":5: error: <matrix> has no <column content=\"ket\">; see docs/templates.md [missing-element]",
            "t.xml:" + std::to_string(ket_line) +
                ":15: error: content=\"kett\" on <column>: expected one of \"no\" \"sasaran\" \"indikator-sasaran\" "
                "\"target-sasaran\" \"program\" \"indikator-program\" \"target-program\" \"anggaran-program\" "
                "\"kegiatan\" \"subkegiatan\" \"indikator-subkegiatan\" \"target-subkegiatan\" "
                "\"anggaran-subkegiatan\" \"ket\" \"kode\"; did you mean \"ket\"? [bad-value]"});

  const int fill_line = line_of("header-fill=\"#D9D9D9\" number-fill");
  auto fill = template_diagnostics(edited("header-fill=\"#D9D9D9\" number-fill", "header-fill=\"grey\" number-fill"));
  REQUIRE(fill.size() == 1);
  CHECK(fill[0].rfind("t.xml:" + std::to_string(fill_line) + ":", 0) == 0);
  CHECK(fill[0].find("header-fill=\"grey\" on <matrix>: a colour is written #RRGGBB in hexadecimal, e.g. #D9D9D9 "
                     "[bad-value]") != std::string::npos);

  // The evaluation table fills the body's (portrait) text width.
  auto evaluation = template_diagnostics(
      edited("<column content=\"keterangan\" width=\"15.5%\"", "<column content=\"keterangan\" width=\"5cm\""));
  REQUIRE(evaluation.size() == 1);
  CHECK(evaluation[0].find("the columns of <evaluation-table> add up to") != std::string::npos);
  CHECK(evaluation[0].find("the body's pages have a text width of 411.0pt (14.50 cm)") != std::string::npos);
}

TEST_CASE("a template written before tables still loads and composes, with a warning", "[compose-table][template]") {
  std::string old = without("<evaluation-table ", "</evaluation-table>");
  old = without("<annex ", "</annex>", old);
  old = edited("<metadata", "<annex style=\"title\" title=\"LAMPIRAN\"/>\n  <metadata", old);
  compose::TemplateLoad load = compose::load_template_text(old, template_dir, "t.xml");
  CHECK(format_all(load.diagnostics).empty());
  REQUIRE(load.value);
  CHECK_FALSE(load.value->annex->page);
  CHECK_FALSE(load.value->annex->matrix);
  CHECK_FALSE(load.value->evaluation_table);

  plan::ParseResult parsed = plan::parse_plan_file(source_dir + "/samples/rkt-2024-setwan-luwu-timur.xml");
  REQUIRE(parsed.plan);
  Composed c;
  compose_into(c, *parsed.plan, *load.value);
  std::vector<std::string> warnings = format_all(c.diagnostics);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].find("<tabel-evaluasi/> places nothing") != std::string::npos);
  CHECK(warnings[1].find("LAMPIRAN shows no RKT matrix") != std::string::npos);
  REQUIRE(c.document.sequences.size() == 4);
  const compose::PageSequence& annex = c.document.sequences[3];
  CHECK(annex.page.width == Approx(215 / 25.4 * 72));  // the body's pages
  CHECK_FALSE(annex.restart_numbering);
  REQUIRE(annex.blocks.size() == 1);
  CHECK(text_of(std::get<compose::Paragraph>(annex.blocks[0]).spans) == "LAMPIRAN");
  CHECK(tables(c.document.sequences[2]).empty());
}

TEST_CASE("a table written in the plan: its columns, header rows, spans and alignment", "[compose-table]") {
  plan::ParseResult parsed = plan::parse_plan_file(source_dir + "/tests/data/valid/full.xml");  // its logo is beside it
  REQUIRE(parsed.plan.has_value());
  Composed c;
  compose_into(c, *parsed.plan);
  REQUIRE_FALSE(c.diagnostics.has_errors());
  const compose::Table* table = nullptr;
  for (const auto& sequence : c.document.sequences) {
    for (const auto& block : sequence.blocks) {
      const auto* t = std::get_if<compose::Table>(&block);
      if (t != nullptr && t->column_widths.size() == 3) table = t;
    }
  }
  REQUIRE(table != nullptr);
  const double width = default_template().page.text_width();
  CHECK(table->column_widths[0] == Approx(width * 0.10));
  CHECK(table->column_widths[1] == Approx(width * 0.60));
  CHECK(table->column_widths[2] == Approx(width * 0.30));
  REQUIRE(table->header_rows.size() == 1);
  CHECK(text_of(table->header_rows[0].cells[1].spans) == "Dokumen");
  CHECK(table->header_rows[0].cells[2].align == compose::Align::right);
  REQUIRE(table->body_rows.size() == 4);
  CHECK(text_of(table->body_rows[0].cells[1].spans) == "Renstra 2025–2026");  // placeholders filled
  CHECK(table->body_rows[0].cells[1].spans.back().face.italic);
  CHECK(table->body_rows[1].cells[1].row_span == 2);
  CHECK(text_of(table->body_rows[1].cells[1].spans) == "Laporan Kinerja\n(triwulan dan tahunan)");
  CHECK(table->body_rows[3].cells[0].col_span == 2);
  CHECK(table->body_rows[3].cells[0].align == compose::Align::right);
}

TEST_CASE("a synthetic plan of 5.000 sub kegiatan composes and lays out into a paginated annex", "[compose-table][layout]") {
  // 5 sasaran × 10 programs × 10 kegiatan × 10 sub kegiatan, each sub kegiatan Rp 1.000.000 × its number.
  std::string rencana = "<rencana>";
  std::int64_t total = 0;
  int program_number = 0;
  for (int s = 1; s <= 5; ++s) {
    rencana += "<sasaran nama=\"Sasaran " + std::to_string(s) + "\"><indikator nama=\"Persentase capaian\" target=\"100%\"/>";
    for (int p = 1; p <= 10; ++p) {
      ++program_number;
      rencana += "<program nomor=\"" + std::to_string(program_number) + "\" nama=\"Program pelayanan administrasi perkantoran " +
                 std::to_string(program_number) + "\"><indikator nama=\"Persentase layanan\" target=\"100%\"/>";
      for (int k = 1; k <= 10; ++k) {
        rencana += "<kegiatan nomor=\"" + std::to_string(k) + "\" nama=\"Kegiatan penunjang urusan pemerintahan daerah\" ket=\"Bagian Umum\">";
        for (int n = 1; n <= 10; ++n) {
          rencana += test::sub(n, std::to_string(1000000LL * n));
          total += 1000000LL * n;
        }
        rencana += "</kegiatan>";
      }
      rencana += "</program>";
    }
    rencana += "</sasaran>";
  }
  rencana += "</rencana>";
  plan::Plan p = test::parse_clean(test::plan_xml(rencana));
  Composed c;
  compose_into(c, p);
  REQUIRE_FALSE(c.diagnostics.has_errors());
  layout::LayoutResult laid_out = layout::layout_document(c.document, c.fonts, nullptr);
  std::size_t annex_pages = 0;
  bool total_found = false;
  const std::string total_text = text::format_integer(total);
  for (const layout::Page& page : laid_out.document.pages) {
    if (page.width <= page.height) continue;
    ++annex_pages;
    bool header = false;
    for (const layout::Item& item : page.items) {
      if (const auto* run = std::get_if<layout::TextRun>(&item)) {
        header = header || run->text == "KEGIATAN";
        total_found = total_found || run->text == total_text;
      }
    }
    INFO("annex page " << annex_pages);
    CHECK(header);
  }
  CHECK(annex_pages > 100);  // about 27 short rows a page
  CHECK(total_found);
}

TEST_CASE("figures of the annex carry no continuation mark, names do", "[compose-table]") {
  const compose::Document& doc = composed_sample().document;
  REQUIRE(doc.sequences.size() == 4);
  const compose::Table* matrix = nullptr;
  for (const auto& block : doc.sequences[3].blocks) {
    if (const auto* t = std::get_if<compose::Table>(&block)) matrix = t;
  }
  REQUIRE(matrix != nullptr);
  std::size_t figures = 0;
  std::size_t names = 0;
  for (const auto& row : matrix->body_rows) {
    for (const auto& cell : row.cells) {
      std::string text = text_of(cell.spans);
      if (text == "28.584.558.694" || text == "100%") {
        INFO("cell \"" << text << "\"");
        CHECK(cell.continuation == compose::Continuation::none);
        ++figures;
      }
      if (text == "1" && cell.row_span > 1) {
        CHECK(cell.continuation == compose::Continuation::below);  // the NO of a sasaran: the mark under it
        ++figures;
      }
      if (text.rfind("1 Program Penunjang", 0) == 0) {
        CHECK(cell.continuation == compose::Continuation::after_text);
        ++names;
      }
    }
  }
  CHECK(figures >= 3);
  CHECK(names == 1);
}
