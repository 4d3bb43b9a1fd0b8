// read_annex_header: the columns a spreadsheet's header names, by naskah's names or the printed annex's, and what
// is wrong with a header.

#include <catch2/catch.hpp>

#include "naskah/diag/report.hpp"
#include "naskah/plan/annex_columns.hpp"

using namespace naskah;
using plan::AnnexFact;
using plan::AnnexField;
using plan::AnnexLevel;

namespace {

struct Header {
  std::optional<std::vector<std::optional<AnnexField>>> fields;
  std::vector<std::string> errors;
};

Header read(const std::vector<std::string>& cells) {
  diag::Diagnostics out;
  Header h{plan::read_annex_header(cells, {"a.csv", 3, 1}, out), {}};
  for (const diag::Diagnostic& d : out.all()) h.errors.push_back(diag::format_text(d).substr(6));
  return h;
}

std::vector<std::string> names_of(const std::vector<std::optional<AnnexField>>& fields) {
  std::vector<std::string> out;
  for (const auto& f : fields) out.emplace_back(f ? plan::annex_column_name(*f) : "(none)");
  return out;
}

}  // namespace

TEST_CASE("export-csv's own header names every column of annex_columns, in order", "[annex-columns]") {
  std::vector<std::string> header;
  for (const plan::AnnexColumn& column : plan::annex_columns()) header.emplace_back(column.name);
  Header h = read(header);
  REQUIRE(h.fields);
  CHECK(names_of(*h.fields) == header);
  CHECK(header.size() == 23);
}

TEST_CASE("names are matched without regard to case, spaces, dots and a trailing (Rp)", "[annex-columns]") {
  Header h = read({"sasaran", "SUBKEGIATAN", "  Program ", "kegiatan", "Anggaran Sub  Kegiatan (Rp)", "No.", "",
                   "Ket.", "KODE PROGRAM"});
  REQUIRE(h.errors.empty());
  CHECK(names_of(*h.fields) == std::vector<std::string>{"Sasaran", "Sub Kegiatan", "Program", "Kegiatan",
                                                        "Anggaran Sub Kegiatan", "No Sasaran", "(none)", "Ket",
                                                        "Kode Program"});
}

TEST_CASE("the printed annex's header: each TARGET and ANGGARAN (Rp) takes the column before it", "[annex-columns]") {
  Header h = read({"NO", "SASARAN RENSTRA", "INDIKATOR KINERJA", "TARGET", "KODE", "PROGRAM", "INDIKATOR PROGRAM",
                   "TARGET", "ANGGARAN (Rp)", "KEGIATAN", "SUB KEGIATAN", "INDIKATOR SUB KEGIATAN", "TARGET",
                   "ANGGARAN (Rp)", "KET"});
  REQUIRE(h.errors.empty());
  CHECK(names_of(*h.fields) ==
        std::vector<std::string>{"No Sasaran", "Sasaran", "Indikator Sasaran", "Target Sasaran", "Kode", "Program",
                                 "Indikator Program", "Target Program", "Anggaran Program", "Kegiatan",
                                 "Sub Kegiatan", "Indikator Sub Kegiatan", "Target Sub Kegiatan",
                                 "Anggaran Sub Kegiatan", "Ket"});
}

TEST_CASE("a bad header: every unknown name with a near miss, twice-named and misplaced columns, the missing ones",
          "[annex-columns]") {
  Header h = read({"Sasaran", "Progam", "Kegiatan", "Kegiatan", "Target", "Anggaran", "Foo", "Indikator Kegiatan",
                   "Sub Kegiatan"});
  CHECK_FALSE(h.fields);
  CHECK(h.errors == std::vector<std::string>{
      "3:2: error: unknown column \"Progam\"; did you mean \"Program\"? [csv-header]",
      "3:4: error: column \"Kegiatan\" stands twice: in column 3 and here [csv-header]",
      "3:5: error: a \"Target\" column belongs to the indikator column just before it; name it \"Target Sasaran\", "
      "\"Target Program\" or \"Target Sub Kegiatan\" [csv-header]",
      "3:6: error: an \"Anggaran\" column belongs to the program, kegiatan or sub kegiatan column just before it; "
      "name it \"Anggaran Program\", \"Anggaran Kegiatan\" or \"Anggaran Sub Kegiatan\" [csv-header]",
      "3:7: error: unknown column \"Foo\"; docs/spreadsheets.md lists the columns [csv-header]",
      "3:8: error: a kegiatan has no indikator in the plan format (its sub kegiatan have them); remove the column "
      "\"Indikator Kegiatan\" [csv-header]",
      // "Program" is not also reported missing: "Progam" was meant to be it.
      "3:1: error: the header has no \"Anggaran Sub Kegiatan\" column; docs/spreadsheets.md lists the columns [csv-header]"});
}

TEST_CASE("a header's cells are told from title rows by the names they give", "[annex-columns]") {
  for (const char* name : {"Sub Kegiatan", "SUB KEGIATAN", "Anggaran (Rp)", "KET.", "No", "Sasaran Renstra", "Target"}) {
    CHECK(plan::names_annex_column(name));
  }
  for (const char* title : {"RENCANA KINERJA TAHUNAN (RKT)", "Tahun 2025", "", "Sub Kegiatan;Anggaran", "Progam"}) {
    CHECK_FALSE(plan::names_annex_column(title));
  }
}
