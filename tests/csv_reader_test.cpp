// read_csv: spreadsheets' CSV — separators, quoting, line ends, the byte order mark — and its errors at the row and
// column of the spreadsheet.

#include <catch2/catch.hpp>

#include "naskah/diag/report.hpp"
#include "naskah/plan/csv_reader.hpp"

using namespace naskah;
using Rows = std::vector<std::vector<std::string>>;

namespace {

struct Read {
  plan::CsvTable table;
  std::vector<std::string> errors;  ///< "row:col: error: message [rule]"
};

Read read(std::string_view text) {
  diag::Diagnostics out;
  Read r{plan::read_csv(text, "a.csv", out), {}};
  for (const diag::Diagnostic& d : out.all()) r.errors.push_back(diag::format_text(d).substr(6));  // drop "a.csv:"
  return r;
}

}  // namespace

TEST_CASE("without a header to go by, the separator is the first row's: a semicolon as Excel writes it in Indonesia, or ','",
          "[csv]") {
  Read semicolons = read("No;Sasaran;Target\n1;Meningkatnya akuntabilitas, kinerja;100%\n");
  CHECK(semicolons.errors.empty());
  CHECK(semicolons.table.separator == ';');
  CHECK(semicolons.table.rows == Rows{{"No", "Sasaran", "Target"}, {"1", "Meningkatnya akuntabilitas, kinerja", "100%"}});

  Read commas = read("No,Sasaran,Target\n1,Meningkatnya akuntabilitas; kinerja,\"96,86%\"\n");
  CHECK(commas.table.separator == ',');
  CHECK(commas.table.rows == Rows{{"No", "Sasaran", "Target"}, {"1", "Meningkatnya akuntabilitas; kinerja", "96,86%"}});

  // Separators inside the first row's quotes do not count.
  CHECK(read("\"a;b;c\",d,e\n").table.separator == ',');
  CHECK(read("Sasaran\nA\n").table.rows == Rows{{"Sasaran"}, {"A"}});
}

TEST_CASE("the separator is the one that splits the header into column names, whatever the title rows above it",
          "[csv]") {
  const plan::ColumnNames known = [](const std::string& cell) {
    return cell == "Sasaran" || cell == "Program" || cell == "Anggaran";
  };
  diag::Diagnostics out;
  // A title row without trailing separators, with a comma of its own: the first row would say ','.
  const plan::CsvTable titled =
      plan::read_csv("RENCANA KINERJA, TAHUN 2025\n\nSasaran;Program;Anggaran\nA, B;P;1.000\n", "a.csv", out, known);
  CHECK(titled.separator == ';');
  CHECK(titled.rows.at(3) == std::vector<std::string>{"A, B", "P", "1.000"});
  // Tabs, as Excel saves "Text (Tab delimited)".
  const plan::CsvTable tabs = plan::read_csv("Judul\nSasaran\tProgram\tAnggaran\nA; B\tP\t1.000\n", "a.csv", out, known);
  CHECK(tabs.separator == '\t');
  CHECK(tabs.rows.at(2) == std::vector<std::string>{"A; B", "P", "1.000"});
  // Separators inside quotes split nothing; a row naming a single column decides nothing.
  CHECK(plan::read_csv("\"Sasaran;Program\"\nSasaran,Program\n", "a.csv", out, known).separator == ',');
  CHECK(plan::read_csv("Sasaran;x\n", "a.csv", out, known).separator == ';');
  CHECK(out.all().empty());
  // Without names to look for, the first row decides, tabs among the separators.
  CHECK(read("a\tb\tc;d\n").table.separator == '\t');
}

TEST_CASE("quoted cells hold separators, doubled quotes and line breaks", "[csv]") {
  Read r = read("Nama;Ket\n\"Rapat \"\"Paripurna\"\"; DPRD\";\"Bagian\r\nUmum\"\n\"\";x\n");
  CHECK(r.errors.empty());
  CHECK(r.table.rows == Rows{{"Nama", "Ket"}, {"Rapat \"Paripurna\"; DPRD", "Bagian\r\nUmum"}, {"", "x"}});
}

TEST_CASE("rows end with CRLF, LF or CR, a byte order mark is skipped, empty cells and rows are kept", "[csv]") {
  const Rows expected{{"a", "b"}, {"", ""}, {"c", ""}, {""}, {"d", "e"}};
  CHECK(read("a;b\r\n;\r\nc;\r\n\r\nd;e\r\n").table.rows == expected);
  CHECK(read("a;b\n;\nc;\n\nd;e").table.rows == expected);
  CHECK(read("a;b\r;\rc;\r\rd;e\r").table.rows == expected);
  Read bom = read("\xEF\xBB\xBFNo;Sasaran\n1;A\n");
  CHECK(bom.errors.empty());
  CHECK(bom.table.rows == Rows{{"No", "Sasaran"}, {"1", "A"}});
  CHECK(read("").table.rows.empty());
}

TEST_CASE("syntax errors are reported at their cell, every one of them", "[csv]") {
  Read r = read("No;Sasaran;Ket\n"
                "1;Rapat \"Paripurna\";x\n"
                "2;\"Rapat\" Paripurna;y\n"
                "3;\"multi\nline\";\"z\"\n"
                "4;a;\"never closed\n");
  CHECK(r.errors == std::vector<std::string>{
      "2:2: error: a quote (\") in a cell that does not start with one; put the whole cell in quotes and double "
      "each quote inside it, as spreadsheets write it [csv-syntax]",
      "3:2: error: after the closing quote of a cell comes the separator (;) or the end of the row; put the whole "
      "cell in quotes [csv-syntax]",
      "5:3: error: this quoted cell is never closed: its closing quote (\") is missing [csv-syntax]"});
  // The rows are still read, quotes taken as written.
  REQUIRE(r.table.rows.size() == 5);
  CHECK(r.table.rows[1][1] == "Rapat \"Paripurna\"");
  CHECK(r.table.rows[2][1] == "Rapat Paripurna");
  CHECK(r.table.rows[3] == std::vector<std::string>{"3", "multi\nline", "z"});
}

TEST_CASE("text that is not UTF-8 is an error at its cell, and reading stops there", "[csv]") {
  // "Kabupaten Luwu Timur – Malili" with the dash in Windows-1252 (0x96), as Excel's plain "CSV" saves it.
  Read r = read("No;Sasaran\n1;Luwu Timur \x96 Malili\n2;\x96\n");
  CHECK(r.errors == std::vector<std::string>{
      "2:2: error: the file is not UTF-8 here; save the spreadsheet as \"CSV UTF-8\" (Excel) or with the character "
      "set UTF-8 (LibreOffice) [encoding]"});
  CHECK(read("\xFF\xFEN\0o\0").errors == std::vector<std::string>{
      "1:1: error: the file is UTF-16 (Excel's \"Unicode Text\"); save the spreadsheet as \"CSV UTF-8\" [encoding]"});
}
