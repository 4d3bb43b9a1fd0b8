// read_annex: the annex's rows of a spreadsheet merged into sasaran → program → kegiatan → sub kegiatan, and every
// bad cell reported at its row and column — from CSV and from a workbook's sheet alike.

#include <catch2/catch.hpp>

#include "naskah/diag/cell_reference.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/annex_columns.hpp"
#include "naskah/plan/annex_import.hpp"
#include "rencana_text.hpp"
#include "workbook_fixture.hpp"

using namespace naskah;

namespace {

struct Imported {
  std::optional<plan::Rencana> rencana;
  std::vector<std::string> errors;  ///< "row:col: error: message [rule]"
  [[nodiscard]] std::string text() const { return rencana ? test::rencana_text(*rencana) : "(none)"; }
};

/// "2:20: error: …" as a workbook's diagnostic says it: "Sheet1!T2: error: …".
std::string at_cell(const std::string& csv_error) {
  const std::size_t colon = csv_error.find(':');
  const std::size_t end = csv_error.find(':', colon + 1);
  const auto row = static_cast<std::uint32_t>(std::stoul(csv_error.substr(0, colon)));
  const auto column = static_cast<std::uint32_t>(std::stoul(csv_error.substr(colon + 1, end - colon - 1)));
  return "Sheet1!" + diag::cell_name(row, column) + csv_error.substr(end);
}

/// The rencana of the CSV text and its diagnostics. The same cells in a workbook's sheet must give the same rencana
/// and the same diagnostics, at the same cells: every case below is read both ways.
Imported import(std::string_view csv) {
  diag::Diagnostics out;
  Imported r{plan::read_annex_csv(csv, "a.csv", out), {}};
  for (const diag::Diagnostic& d : out.all()) r.errors.push_back(diag::format_text(d).substr(6));  // drop "a.csv:"

  diag::Diagnostics syntax;
  const plan::CsvTable table = plan::read_csv(csv, "a.csv", syntax, plan::names_annex_column);
  if (syntax.has_errors()) return r;
  const std::string workbook = test::one_sheet_workbook(test::worksheet(test::rows_of(table.rows)));
  diag::Diagnostics in_workbook;
  const std::optional<plan::Rencana> from_workbook = plan::read_annex_xlsx(workbook, "a.xlsx", "", in_workbook);
  std::vector<std::string> expected, said;
  for (const std::string& error : r.errors) expected.push_back(at_cell(error));
  for (const diag::Diagnostic& d : in_workbook.all()) said.push_back(diag::format_text(d).substr(7));  // "a.xlsx:"
  CHECK(said == expected);
  CHECK((from_workbook ? test::rencana_text(*from_workbook) : "(none)") == r.text());
  return r;
}

// The first rows of the seed's annex as a spreadsheet saves them: merged cells hold their text in their first row.
const std::string header =
    "No Sasaran;Sasaran;Indikator Sasaran;Target Sasaran;No Program;Kode Program;Program;Indikator Program;"
    "Target Program;Anggaran Program;No Kegiatan;Kode Kegiatan;Kegiatan;Anggaran Kegiatan;No Sub Kegiatan;"
    "Kode Sub Kegiatan;Sub Kegiatan;Indikator Sub Kegiatan;Target Sub Kegiatan;Anggaran Sub Kegiatan;Ket Program;"
    "Ket Kegiatan;Ket Sub Kegiatan\r\n";
const std::string merged =
    header +
    ";Meningkatnya akuntabilitas;Persentase Capaian Kinerja;100%;1;;Program Penunjang;Persentase Kinerja "
    "Administrasi;100%;28.584.558.694;1;;Perencanaan, Penganggaran dan Evaluasi;;1;;Penyusunan Dokumen "
    "Perencanaan;Jumlah Dokumen Perencanaan;2 Dokumen;40.206.350;Bagian Umum;;\r\n"
    ";;;;;;;;;;;;;;2;;Koordinasi dan Penyusunan RKA-SKPD;Jumlah Dokumen RKA-SKPD;2 Dokumen;5.973.000;;;\r\n"
    ";;;;;;;;;;2;;Administrasi Keuangan;;1;;Penyediaan Gaji dan Tunjangan ASN;Jumlah ASN;22 Orang;3448831569;;;\r\n"
    ";;;;;;;;;;;;;;;;;Jumlah Laporan Gaji;12 Laporan;;;;\r\n"
    ";Meningkatnya pelayanan;Persentase Ranperda;90%;2;;Program Dukungan DPRD;Persentase Legislasi;90%;;1;;"
    "Pembentukan Perda;;1;;Pembahasan Ranperda;Jumlah Ranperda;18 Dokumen;2.152.041.586;Bagian Persidangan;;\r\n"
    ";;Persentase Rekomendasi;;;;;;;;;;;;;;;;;;;;\r\n";

const std::string merged_text =
    "rencana anggaran -\n"
    "sasaran - \"Meningkatnya akuntabilitas\"\n"
    "  indikator \"Persentase Capaian Kinerja\" target \"100%\"\n"
    "  program 1 kode - \"Program Penunjang\" anggaran 28584558694 ket \"Bagian Umum\"\n"
    "    indikator \"Persentase Kinerja Administrasi\" target \"100%\"\n"
    "    kegiatan 1 kode - \"Perencanaan, Penganggaran dan Evaluasi\" anggaran - ket \"Bagian Umum\"\n"
    "      sub 1 kode - \"Penyusunan Dokumen Perencanaan\" anggaran 40206350 ket \"Bagian Umum\"\n"
    "        indikator \"Jumlah Dokumen Perencanaan\" target \"2 Dokumen\"\n"
    "      sub 2 kode - \"Koordinasi dan Penyusunan RKA-SKPD\" anggaran 5973000 ket \"Bagian Umum\"\n"
    "        indikator \"Jumlah Dokumen RKA-SKPD\" target \"2 Dokumen\"\n"
    "    kegiatan 2 kode - \"Administrasi Keuangan\" anggaran - ket \"Bagian Umum\"\n"
    "      sub 1 kode - \"Penyediaan Gaji dan Tunjangan ASN\" anggaran 3448831569 ket \"Bagian Umum\"\n"
    "        indikator \"Jumlah ASN\" target \"22 Orang\"\n"
    "        indikator \"Jumlah Laporan Gaji\" target \"12 Laporan\"\n"
    "sasaran - \"Meningkatnya pelayanan\"\n"
    "  indikator \"Persentase Ranperda\" target \"90%\"\n"
    "  indikator \"Persentase Rekomendasi\" target -\n"
    "  program 2 kode - \"Program Dukungan DPRD\" anggaran - ket \"Bagian Persidangan\"\n"
    "    indikator \"Persentase Legislasi\" target \"90%\"\n"
    "    kegiatan 1 kode - \"Pembentukan Perda\" anggaran - ket \"Bagian Persidangan\"\n"
    "      sub 1 kode - \"Pembahasan Ranperda\" anggaran 2152041586 ket \"Bagian Persidangan\"\n"
    "        indikator \"Jumlah Ranperda\" target \"18 Dokumen\"\n";

}  // namespace

TEST_CASE("merged cells (empty below their first row) make the spans of sasaran, program, kegiatan and sub kegiatan",
          "[annex-import]") {
  Imported r = import(merged);
  CHECK(r.errors.empty());
  CHECK(r.text() == merged_text);
  // Items keep their place in the spreadsheet: the cell of their name, of their figures.
  REQUIRE(r.rencana);
  const plan::Program& program = r.rencana->sasaran[0].program[0];
  CHECK(program.pos.line == 2);
  CHECK(program.pos.column == 7);
  CHECK(program.anggaran->pos.line == 2);
  CHECK(program.anggaran->pos.column == 10);
  const plan::SubKegiatan& gaji = program.kegiatan[1].subkegiatan[0];
  CHECK(gaji.indikator[1].pos.line == 5);
  CHECK(gaji.indikator[1].target->pos.column == 19);
  CHECK(r.rencana->sasaran[1].indikator[1].pos.line == 7);
}

TEST_CASE("cells repeated on every row (filled down, not merged) are the same item", "[annex-import]") {
  const std::string filled =
      header +
      ";Meningkatnya akuntabilitas;Persentase Capaian Kinerja;100%;1;;Program Penunjang;Persentase Kinerja "
      "Administrasi;100%;28.584.558.694;1;;Perencanaan, Penganggaran dan Evaluasi;;1;;Penyusunan Dokumen "
      "Perencanaan;Jumlah Dokumen Perencanaan;2 Dokumen;40.206.350;Bagian Umum;;\r\n"
      ";Meningkatnya akuntabilitas;;;1;;Program Penunjang;;;28584558694;1;;Perencanaan,  Penganggaran dan "
      "Evaluasi;;2;;Koordinasi dan Penyusunan RKA-SKPD;Jumlah Dokumen RKA-SKPD;2 Dokumen;5.973.000;Bagian Umum;;\r\n"
      ";Meningkatnya akuntabilitas;;;1;;Program Penunjang;;;;02;;Administrasi Keuangan;;1;;Penyediaan Gaji dan "
      "Tunjangan ASN;Jumlah ASN;22 Orang;3448831569;;;\r\n"
      ";Meningkatnya akuntabilitas;;;1;;Program Penunjang;;;;2;;Administrasi Keuangan;;1;;Penyediaan Gaji dan "
      "Tunjangan ASN;Jumlah Laporan Gaji;12 Laporan;3.448.831.569;;;\r\n"
      ";Meningkatnya pelayanan;Persentase Ranperda;90%;2;;Program Dukungan DPRD;Persentase Legislasi;90%;;1;;"
      "Pembentukan Perda;;1;;Pembahasan Ranperda;Jumlah Ranperda;18 Dokumen;2.152.041.586;Bagian Persidangan;;\r\n"
      ";Meningkatnya pelayanan;Persentase Rekomendasi;;2;;;;;;;;;;;;;;;;;;\r\n";
  Imported r = import(filled);
  CHECK(r.errors.empty());
  CHECK(r.text() == merged_text);
}

TEST_CASE("the printed annex's headings: TARGET and ANGGARAN (Rp) belong to the column before them, KODE and KET to "
          "the row's deepest item", "[annex-import]") {
  Imported r = import(
      "RENCANA KINERJA TAHUNAN (RKT)\n"
      "TAHUN ANGGARAN 2024\n"
      "NO,SASARAN RENSTRA,INDIKATOR KINERJA,TARGET,KODE,NO PROGRAM,PROGRAM,INDIKATOR PROGRAM,TARGET,ANGGARAN (Rp),"
      "NO KEGIATAN,KEGIATAN,NO SUB KEGIATAN,SUB KEGIATAN,INDIKATOR SUB KEGIATAN,TARGET,ANGGARAN (Rp),KET\n"
      "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18\n"
      "1,Meningkatnya kualitas perencanaan,Persentase dokumen tepat waktu,100%,5.01.02.2.01.0001,1,Program "
      "Perencanaan,Persentase dokumen,100%,,1,Penyusunan Perencanaan,1,Penyusunan RKPD,Jumlah dokumen RKPD,1 Dokumen,"
      "\"425.750.000\",Bidang Perencanaan\n"
      ",,,,5.01.02.2.01.0002,,,,,,,,2,Musrenbang,Jumlah laporan,15 Laporan,612400000,Bidang Perencanaan\n"
      ",,,,,,,,,,,,,,,,,\n"
      ",,,,,,,,,,,JUMLAH,,,,,1.038.150.000,\n"
      "TOTAL,,,,,,,,,,,,,,,,1.038.150.000,\n");
  CHECK(r.errors.empty());
  CHECK(r.text() ==
        "rencana anggaran 1038150000\n"
        "sasaran 1 \"Meningkatnya kualitas perencanaan\"\n"
        "  indikator \"Persentase dokumen tepat waktu\" target \"100%\"\n"
        "  program 1 kode - \"Program Perencanaan\" anggaran 1038150000 ket \"\"\n"
        "    indikator \"Persentase dokumen\" target \"100%\"\n"
        "    kegiatan 1 kode - \"Penyusunan Perencanaan\" anggaran - ket \"\"\n"
        "      sub 1 kode 5.01.02.2.01.0001 \"Penyusunan RKPD\" anggaran 425750000 ket \"Bidang Perencanaan\"\n"
        "        indikator \"Jumlah dokumen RKPD\" target \"1 Dokumen\"\n"
        "      sub 2 kode 5.01.02.2.01.0002 \"Musrenbang\" anggaran 612400000 ket \"Bidang Perencanaan\"\n"
        "        indikator \"Jumlah laporan\" target \"15 Laporan\"\n");
}

TEST_CASE("without number columns, items are told apart by kode, else by name, and numbered in order",
          "[annex-import]") {
  Imported r = import(
      "Sasaran;Program;Kode Kegiatan;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan\n"
      "S1;P1;1.01.01.2.01;K;Sub a;1\n"
      ";;;;Sub b;2\n"
      ";;1.01.01.2.02;K;Sub a;3\n"
      ";P2;;K;Sub a;4\n"
      "S2;P3;;K;Sub a;5\n");
  CHECK(r.errors.empty());
  CHECK(r.text() ==
        "rencana anggaran -\n"
        "sasaran - \"S1\"\n"
        "  program 1 kode - \"P1\" anggaran - ket \"\"\n"
        "    kegiatan 1 kode 1.01.01.2.01 \"K\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Sub a\" anggaran 1 ket \"\"\n"
        "      sub 2 kode - \"Sub b\" anggaran 2 ket \"\"\n"
        "    kegiatan 2 kode 1.01.01.2.02 \"K\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Sub a\" anggaran 3 ket \"\"\n"
        "  program 2 kode - \"P2\" anggaran - ket \"\"\n"
        "    kegiatan 1 kode - \"K\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Sub a\" anggaran 4 ket \"\"\n"
        "sasaran - \"S2\"\n"
        "  program 3 kode - \"P3\" anggaran - ket \"\"\n"
        "    kegiatan 1 kode - \"K\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Sub a\" anggaran 5 ket \"\"\n");
}

TEST_CASE("quoted cells with line breaks and separators, a byte order mark and CRLF", "[annex-import]") {
  Imported r = import(
      "\xEF\xBB\xBFSasaran;Program;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan;Ket Sub Kegiatan;Indikator Sub Kegiatan;"
      "Target Sub Kegiatan\r\n"
      "\"Meningkatnya\r\nakuntabilitas; kinerja\";\"Program \"\"Penunjang\"\"\";K;\"Rapat, Koordinasi\";1.000;"
      "\"Bagian  Umum\";Jumlah;\"2\r\nDokumen\"\r\n");
  CHECK(r.errors.empty());
  CHECK(r.text() ==
        "rencana anggaran -\n"
        "sasaran - \"Meningkatnya akuntabilitas; kinerja\"\n"
        "  program 1 kode - \"Program \"Penunjang\"\" anggaran - ket \"\"\n"
        "    kegiatan 1 kode - \"K\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Rapat, Koordinasi\" anggaran 1000 ket \"Bagian Umum\"\n"
        "        indikator \"Jumlah\" target \"2 Dokumen\"\n");
}

TEST_CASE("a header with only its columns is an empty rencana", "[annex-import]") {
  Imported r = import(header);
  CHECK(r.errors.empty());
  CHECK(r.text() == "rencana anggaran -\n");
}

TEST_CASE("every bad cell is reported at its row and column, all of them, and nothing is read", "[annex-import]") {
  Imported r = import(
      "No Sasaran;Sasaran;Indikator Sasaran;Target Sasaran;No Program;Program;Anggaran Program;No Kegiatan;Kegiatan;"
      "No Sub Kegiatan;Kode Sub Kegiatan;Sub Kegiatan;Target Sub Kegiatan;Anggaran Sub Kegiatan\n"
      // 2: a bad target, a bad amount, a bad kode, a target without its indikator, a negative amount
      "1;Sasaran A;Persentase A;1.5 Dokumen;1;Program A;28,584,558,694;1;Kegiatan A;1;4..02;Sub A;2 Dokumen;-5\n"
      // 3: a new program without its number; a sub kegiatan without anggaran
      ";;;;;Program B;;1;Kegiatan B;1;;Sub B;;\n"
      "4;Sasaran C;;;2;Program C;1.000;1;Kegiatan C;1;;Sub C;;7\n"
      // 5: the same number as the program above, another name
      ";;;;2;Program D;;;;2;;Sub D;;8\n"
      // 6: a stated figure that contradicts the one above
      ";;;;;;2.000;;;;;;;\n"
      // 7: a number that is none
      ";;;;;;;x;Kegiatan X;1;;Sub X;;5\n"
      // 8: a cell beyond the header's columns
      ";;;;;;;;;;;;;;extra\n"
      // 9: 16 digits
      ";;;;3;Program E;;1;Kegiatan E;1;;Sub E;;1234567890123456\n");
  CHECK_FALSE(r.rencana);
  CHECK(r.errors == std::vector<std::string>{
      "2:4: error: Target Sasaran \"1.5 Dokumen\": write decimals with a comma (96,86) and dots only between "
      "thousands (1.250) [bad-value]",
      "2:7: error: Anggaran Program \"28,584,558,694\": use dots between thousands (28.584.558.694), not commas "
      "[bad-amount]",
      "2:11: error: Kode Sub Kegiatan \"4..02\": a kode is groups of letters and digits separated by dots, e.g. "
      "4.02.01 [bad-value]",
      "2:13: error: a target without its indikator: column \"Indikator Sub Kegiatan\" is empty on this row "
      "[csv-structure]",
      "2:14: error: Anggaran Sub Kegiatan \"-5\": an amount cannot be negative [bad-amount]",
      "3:5: error: a new program starts on this row, but column \"No Program\" is empty; write its number "
      "[csv-structure]",
      "3:14: error: sub kegiatan 0.1.1 \"Sub B\" has no anggaran; write it in column \"Anggaran Sub Kegiatan\" "
      "[bad-amount]",
      "5:6: error: this row continues program 2 of row 4 (the same \"No Program\"), but its \"Program\" is "
      "\"Program D\", not \"Program C\"; give a new program its own \"No Program\" [csv-conflict]",
      "6:7: error: program 2 has \"1.000\" in column \"Anggaran Program\" (row 4), and this row \"2.000\"; write it "
      "once, on the program's first row [csv-conflict]",
      "7:8: error: No Kegiatan \"x\": expected a whole number from 1 to 9999 [bad-number]",
      "8:15: error: this cell stands in column 15, which has no name in the header (row 1) [csv-header]",
      "9:14: error: Anggaran Sub Kegiatan \"1234567890123456\": more than 15 digits; the largest amount is "
      "999.999.999.999.999 [bad-amount]"});
}

TEST_CASE("a cell whose item has no parent, or whose level has no item, says what is missing", "[annex-import]") {
  CHECK(import("Sasaran;Indikator Sasaran;Program;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan\n"
               ";;Program A;Kegiatan A;Sub A;5\n"
               "S;;;Kegiatan B;Sub B;5\n"
               ";;;;;\n"
               "S2;Indeks;Program C;;;\n"
               ";;;;;7\n")
            .errors == std::vector<std::string>{
                "2:3: error: this row's program has no sasaran on this row or above it; name the sasaran in column "
                "\"Sasaran\" [csv-structure]",
                "3:4: error: this row's kegiatan has no program on this row or above it; name the program in column "
                "\"Program\" [csv-structure]",
                "6:6: error: \"7\" in column \"Anggaran Sub Kegiatan\" belongs to a sub kegiatan, but none stands on "
                "this row or above it; name it in column \"Sub Kegiatan\" [csv-structure]"});
}

TEST_CASE("JUMLAH and TOTAL rows are the stated sums of the program above and of the rencana", "[annex-import]") {
  const std::string head = "Sasaran;No Program;Program;Anggaran Program;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan\n"
                           "S;1;P;;K;Sub;1.000\n";
  Imported r = import(head + ";;JUMLAH;;;;1.000\n;;;;;TOTAL;2.000\n");
  CHECK(r.errors.empty());
  CHECK(r.text() ==
        "rencana anggaran 2000\n"
        "sasaran - \"S\"\n"
        "  program 1 kode - \"P\" anggaran 1000 ket \"\"\n"
        "    kegiatan 1 kode - \"K\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Sub\" anggaran 1000 ket \"\"\n");
  CHECK(import("Sasaran;No Program;Program;Anggaran Program;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan\n"
               "S;1;P;900;K;Sub;1.000\n;;Jumlah;;;;1.000\nTOTAL;;;;;;1.000\nTOTAL;;;;;;1.001\n")
            .errors == std::vector<std::string>{
                "3:7: error: program 1 has \"900\" in column \"Anggaran Program\" (row 2), and this row \"1.000\"; "
                "write it once, on the program's first row [csv-conflict]",
                "5:7: error: the TOTAL of row 4 is \"1.000\", this one \"1.001\"; write one TOTAL row [csv-conflict]"});
}

TEST_CASE("the report's REALISASI columns: an indikator's after its TARGET, what was spent after an ANGGARAN",
          "[annex-import]") {
  const std::string head = "SASARAN;INDIKATOR KINERJA;TARGET;REALISASI;No Program;PROGRAM;ANGGARAN (Rp);REALISASI (Rp);"
                           "KEGIATAN;SUB KEGIATAN;INDIKATOR SUB KEGIATAN;TARGET;REALISASI;ANGGARAN (Rp);REALISASI (Rp)\n";
  Imported r = import(head + "S;Persentase A;100%;97,5%;1;P;;1.900;K;Sub;Jumlah Dokumen;2 Dokumen;2 Dokumen;1.000;950\n"
                             ";;;;;;;;;Sub B;Jumlah Laporan;4 Laporan;3 Laporan;1.000;950\n"
                             ";;;;;JUMLAH;;;;;;;;2.000;1.900\n;;;;;;;;;TOTAL;;;;2.000;1.900\n");
  CHECK(r.errors.empty());
  CHECK(r.text() ==
        "rencana anggaran 2000 realisasi 1900\n"
        "sasaran - \"S\"\n"
        "  indikator \"Persentase A\" target \"100%\" realisasi \"97,5%\"\n"
        "  program 1 kode - \"P\" anggaran 2000 ket \"\" realisasi 1900\n"
        "    kegiatan 1 kode - \"K\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Sub\" anggaran 1000 ket \"\" realisasi 950\n"
        "        indikator \"Jumlah Dokumen\" target \"2 Dokumen\" realisasi \"2 Dokumen\"\n"
        "      sub 2 kode - \"Sub B\" anggaran 1000 ket \"\" realisasi 950\n"
        "        indikator \"Jumlah Laporan\" target \"4 Laporan\" realisasi \"3 Laporan\"\n");
  // A REALISASI with nothing before it to belong to, and a bad amount spent.
  CHECK(import("REALISASI;Sasaran;Program;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan\nx;S;P;K;Sub;1\n").errors ==
        std::vector<std::string>{
            "1:1: error: a \"REALISASI\" column belongs to the target or the anggaran column just before it; name it "
            "\"Realisasi Sasaran\", \"Realisasi Program\", \"Realisasi Sub Kegiatan\" or \"Realisasi Anggaran Sub "
            "Kegiatan\" [csv-header]"});
  CHECK(import("Sasaran;Program;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan;Realisasi Anggaran Sub Kegiatan\n"
               "S;P;K;Sub;1.000;9,5\n")
            .errors == std::vector<std::string>{
                "2:6: error: Realisasi Anggaran Sub Kegiatan \"9,5\": whole Rupiah have no decimals; write 9 [bad-amount]"});
}

TEST_CASE("a header row is needed", "[annex-import]") {
  CHECK(import("").errors == std::vector<std::string>{
      "1:1: error: the file has no header row; its first row names the columns (docs/spreadsheets.md) [csv-header]"});
  CHECK(import("\n \n\n").errors == std::vector<std::string>{
      "1:1: error: the file has no header row; its first row names the columns (docs/spreadsheets.md) [csv-header]"});
}

TEST_CASE("a sheet as Excel saves it: title rows, BOM, CRLF, semicolons, non-breaking spaces between thousands, ',00', "
          "empty number columns",
          "[annex-import]") {
  const std::string nbsp = "\xC2\xA0";
  // Excel's "CSV UTF-8" of a sheet whose amounts are formatted as Accounting in a locale that groups thousands with a
  // non-breaking space; two title rows above the header with no separators of their own (the second with a comma);
  // the annex's "No" columns kept, but left empty for naskah to number.
  const std::string csv =
      "\xEF\xBB\xBFRENCANA KINERJA TAHUNAN (RKT)\r\n"
      "Badan Perencanaan, Tahun 2025\r\n"
      "No;Sasaran;Indikator Sasaran;Target Sasaran;No Program;Program;No Kegiatan;Kegiatan;No Sub Kegiatan;"
      "Sub Kegiatan;Anggaran Sub Kegiatan\r\n"
      ";Meningkatnya kualitas perencanaan;Persentase dokumen tepat waktu;100%;;Program Perencanaan;;"
      "Penyusunan Perencanaan;;Penyusunan RKPD;425" + nbsp + "750" + nbsp + "000,00\r\n"
      ";;;;;;;;;Koordinasi Musrenbang;\"612" + nbsp + "400" + nbsp + "000,00\"\r\n"
      ";;;;;;;Pengendalian dan Evaluasi;;Evaluasi RKPD;287.125.500\r\n";
  Imported r = import(csv);
  CHECK(r.errors.empty());
  CHECK(r.text() ==
        "rencana anggaran -\n"
        "sasaran - \"Meningkatnya kualitas perencanaan\"\n"
        "  indikator \"Persentase dokumen tepat waktu\" target \"100%\"\n"
        "  program 1 kode - \"Program Perencanaan\" anggaran - ket \"\"\n"
        "    kegiatan 1 kode - \"Penyusunan Perencanaan\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Penyusunan RKPD\" anggaran 425750000 ket \"\"\n"
        "      sub 2 kode - \"Koordinasi Musrenbang\" anggaran 612400000 ket \"\"\n"
        "    kegiatan 2 kode - \"Pengendalian dan Evaluasi\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Evaluasi RKPD\" anggaran 287125500 ket \"\"\n");
  REQUIRE(r.rencana);
  CHECK(r.rencana->sasaran.at(0).pos.line == 4);  // rows of the sheet, title rows counted

  // Cents other than ,00 are still refused, at their cell.
  std::string with_cents = csv;
  with_cents.replace(with_cents.find("287.125.500"), 11, "287.125.500,50");
  CHECK(import(with_cents).errors ==
        std::vector<std::string>{"6:11: error: Anggaran Sub Kegiatan \"287.125.500,50\": whole Rupiah have no decimals; "
                                 "write 287.125.500 [bad-amount]"});
}

TEST_CASE("a tab-separated sheet is read as one separated by semicolons", "[annex-import]") {
  std::string tabs = merged;
  for (char& c : tabs) c = c == ';' ? '\t' : c;
  Imported r = import(tabs);
  CHECK(r.errors.empty());
  CHECK(r.text() == merged_text);
}

TEST_CASE("a number column partly filled still needs a number for each new item", "[annex-import]") {
  Imported r = import("Sasaran;No Program;Program;Kegiatan;Sub Kegiatan;Anggaran Sub Kegiatan\n"
                      "S;1;P1;K;Sub;5\n"
                      ";;P2;K;Sub;5\n");
  CHECK(r.errors == std::vector<std::string>{"3:2: error: a new program starts on this row, but column \"No Program\" is "
                                             "empty; write its number [csv-structure]"});
}

TEST_CASE("a workbook's typed cells: amounts typed as numbers exactly, a fraction an error at its cell, numbers stored "
          "as text, percentages and dates as shown", "[annex-import]") {
  const std::string header = "<row r=\"1\">" + test::text_cell(1, 1, "Sasaran") + test::text_cell(1, 2, "Indikator Sasaran") +
                             test::text_cell(1, 3, "Target Sasaran") + test::text_cell(1, 4, "Program") +
                             test::text_cell(1, 5, "Kegiatan") + test::text_cell(1, 6, "No Sub Kegiatan") +
                             test::text_cell(1, 7, "Sub Kegiatan") + test::text_cell(1, 8, "Anggaran Sub Kegiatan") +
                             "</row>";
  const std::string styles = R"(<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="3"/><xf numFmtId="10"/>
                                <xf numFmtId="14"/></cellXfs></styleSheet>)";
  auto row = [](int r, const std::string& cells) { return "<row r=\"" + std::to_string(r) + "\">" + cells + "</row>"; };
  const std::string rows =
      header +
      row(2, test::text_cell(2, 1, "S") + test::text_cell(2, 2, "Persentase") + R"(<c r="C2" s="2"><v>0.9686</v></c>)" +
                 test::text_cell(2, 4, "P") + test::text_cell(2, 5, "K") + R"(<c r="F2"><v>1</v></c>)" +
                 test::text_cell(2, 7, "Typed") + R"(<c r="H2" s="1"><v>28584558694</v></c>)") +
      row(3, test::text_cell(3, 2, "Tanggal") + R"(<c r="C3" s="3"><v>46022</v></c><c r="F3"><v>2</v></c>)" +
                 test::text_cell(3, 7, "As text") + test::text_cell(3, 8, "28.584.558.694")) +
      row(4, R"(<c r="F4"><v>3</v></c>)" + test::text_cell(4, 7, "Computed") +
                 R"(<c r="H4" s="1"><f>H2/3</f><v>9528186231.3333302</v></c>)");
  diag::Diagnostics out;
  const std::string workbook = test::one_sheet_workbook(test::worksheet(rows), {}, styles);
  CHECK_FALSE(plan::read_annex_xlsx(workbook, "a.xlsx", "", out));
  std::vector<std::string> said;
  for (const diag::Diagnostic& d : out.all()) said.push_back(diag::format_text(d));
  CHECK(said == std::vector<std::string>{"a.xlsx:Sheet1!H4: error: Anggaran Sub Kegiatan \"9528186231,33333\": whole "
                                         "Rupiah have no decimals; write 9528186231 [bad-amount]"});

  const std::string fixed = rows.substr(0, rows.find("<f>")) + "<v>9528186231</v></c></row>";
  diag::Diagnostics none;
  const std::optional<plan::Rencana> rencana =
      plan::read_annex_xlsx(test::one_sheet_workbook(test::worksheet(fixed), {}, styles), "a.xlsx", "", none);
  CHECK(none.empty());
  REQUIRE(rencana);
  CHECK(test::rencana_text(*rencana) ==
        "rencana anggaran -\n"
        "sasaran - \"S\"\n"
        "  indikator \"Persentase\" target \"96,86%\"\n"
        "  indikator \"Tanggal\" target \"31 Desember 2025\"\n"
        "  program 1 kode - \"P\" anggaran - ket \"\"\n"
        "    kegiatan 1 kode - \"K\" anggaran - ket \"\"\n"
        "      sub 1 kode - \"Typed\" anggaran 28584558694 ket \"\"\n"
        "      sub 2 kode - \"As text\" anggaran 28584558694 ket \"\"\n"
        "      sub 3 kode - \"Computed\" anggaran 9528186231 ket \"\"\n");
  CHECK(rencana->sasaran[0].program[0].kegiatan[0].subkegiatan[0].anggaran.pos.column == 8);
}
