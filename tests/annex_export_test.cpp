// annex_rows: a rencana as the annex's rows for a spreadsheet, and read_annex giving the same rencana back.

#include <catch2/catch.hpp>

#include <algorithm>

#include "naskah/plan/annex_columns.hpp"
#include "naskah/plan/annex_export.hpp"
#include "naskah/plan/annex_import.hpp"
#include "naskah/plan/csv_writer.hpp"
#include "plan_fixture.hpp"
#include "rencana_text.hpp"

using namespace naskah;
using Rows = std::vector<std::vector<std::string>>;

namespace {

/// The rows as CSV and read back, through the same functions as the commands.
plan::Rencana round_trip(const plan::Rencana& rencana, plan::AnnexNumbers numbers, char separator) {
  diag::Diagnostics out;
  std::optional<plan::Rencana> back =
      plan::read_annex_csv(plan::write_csv(plan::annex_rows(rencana, numbers), separator), "a.csv", out);
  for (const diag::Diagnostic& d : out.all()) FAIL(diag::format_text(d));
  REQUIRE(back);
  return *back;
}

std::vector<std::string> column(const Rows& rows, const std::string& name) {
  std::size_t c = 0;
  while (rows[0][c] != name) ++c;
  std::vector<std::string> out;
  for (std::size_t r = 1; r < rows.size(); ++r) out.push_back(rows[r][c]);
  return out;
}

}  // namespace

TEST_CASE("the annex's rows: a sub kegiatan's row per indikator, each item's cells on its first row",
          "[annex-export]") {
  const plan::Plan plan = test::parse_clean(test::plan_xml(R"(<rencana anggaran="1.500">
    <sasaran nomor="1" nama="Sasaran A">
      <indikator nama="Indeks A" target="100%"/>
      <indikator nama="Indeks B" target="96,86%"/>
      <indikator nama="Indeks C"/>
      <program nomor="1" kode="1.02.01" nama="Program A" anggaran="1.500" ket="Bagian Umum">
        <indikator nama="Persentase P" target="100%"/>
        <kegiatan nomor="1" kode="1.02.01.2.01" nama="Kegiatan A" ket="Bagian Keuangan">
          <subkegiatan nomor="1" nama="Sub A" anggaran="1.000">
            <indikator nama="Jumlah Dokumen" target="2 Dokumen"/>
            <indikator nama="Jumlah Laporan" target="12 Laporan"/>
          </subkegiatan>
          <subkegiatan nomor="2" nama="Sub B" anggaran="500" ket="Bagian Umum"/>
        </kegiatan>
      </program>
    </sasaran>
  </rencana>)"));
  const Rows rows = plan::annex_rows(plan.rencana, plan::AnnexNumbers::indonesian);
  REQUIRE(rows.size() == 5);  // the header, Sub A's two rows, Sub B's, the TOTAL
  CHECK(rows[0][0] == "No Sasaran");
  CHECK(rows[0][22] == "Ket Sub Kegiatan");
  CHECK(column(rows, "No Sasaran") == std::vector<std::string>{"1", "", "", ""});
  CHECK(column(rows, "Indikator Sasaran") == std::vector<std::string>{"Indeks A", "Indeks B", "Indeks C", ""});
  CHECK(column(rows, "Target Sasaran") == std::vector<std::string>{"100%", "96,86%", "", ""});
  CHECK(column(rows, "Program") == std::vector<std::string>{"Program A", "", "", ""});
  CHECK(column(rows, "Kode Kegiatan") == std::vector<std::string>{"1.02.01.2.01", "", "", ""});
  CHECK(column(rows, "Anggaran Program") == std::vector<std::string>{"1.500", "", "", ""});
  CHECK(column(rows, "Anggaran Kegiatan") == std::vector<std::string>{"", "", "", ""});  // not stated: not written
  CHECK(column(rows, "No Sub Kegiatan") == std::vector<std::string>{"1", "", "2", ""});
  CHECK(column(rows, "Indikator Sub Kegiatan") == std::vector<std::string>{"Jumlah Dokumen", "Jumlah Laporan", "", ""});
  CHECK(column(rows, "Sub Kegiatan") == std::vector<std::string>{"Sub A", "", "Sub B", "TOTAL"});
  CHECK(column(rows, "Anggaran Sub Kegiatan") == std::vector<std::string>{"1.000", "", "500", "1.500"});
  // A ket is written where it is not inherited.
  CHECK(column(rows, "Ket Program") == std::vector<std::string>{"Bagian Umum", "", "", ""});
  CHECK(column(rows, "Ket Kegiatan") == std::vector<std::string>{"Bagian Keuangan", "", "", ""});
  CHECK(column(rows, "Ket Sub Kegiatan") == std::vector<std::string>{"", "", "Bagian Umum", ""});

  const Rows plain = plan::annex_rows(plan.rencana, plan::AnnexNumbers::plain);
  CHECK(column(plain, "Anggaran Sub Kegiatan") == std::vector<std::string>{"1000", "", "500", "1500"});
  CHECK(column(plain, "Target Sasaran") == std::vector<std::string>{"100%", "96,86%", "", ""});
}

TEST_CASE("an empty rencana is the header alone", "[annex-export]") {
  const plan::Plan plan = test::parse_clean(test::plan_xml("<rencana/>"));
  CHECK(plan::annex_rows(plan.rencana, plan::AnnexNumbers::indonesian).size() == 1);
}

TEST_CASE("the samples come back from their spreadsheet as they were, with either separator and number style",
          "[annex-export]") {
  for (const char* name : {"rkt-2024-setwan-luwu-timur.xml", "rkt-2025-bappeda-luwu-timur.xml"}) {
    INFO(name);
    const plan::Plan plan = test::sample_plan(name);
    const std::string expected = test::rencana_text(plan.rencana);
    CHECK(test::rencana_text(round_trip(plan.rencana, plan::AnnexNumbers::indonesian, ';')) == expected);
    CHECK(test::rencana_text(round_trip(plan.rencana, plan::AnnexNumbers::plain, ',')) == expected);
  }
}

TEST_CASE("a plan that reports its year carries its realisasi and what was spent, each after its target or anggaran",
          "[annex-export]") {
  const plan::Plan plan = test::sample_plan("lkjip-2024-setwan-luwu-timur.xml");
  const Rows rows = plan::annex_rows(plan.rencana, plan::AnnexNumbers::indonesian);
  auto at = [&](const std::string& name) { return std::find(rows[0].begin(), rows[0].end(), name) - rows[0].begin(); };
  CHECK(at("Realisasi Sasaran") == at("Target Sasaran") + 1);
  CHECK(at("Realisasi Anggaran Program") == at("Anggaran Program") + 1);
  CHECK(at("Realisasi Anggaran Sub Kegiatan") == at("Anggaran Sub Kegiatan") + 1);
  CHECK(column(rows, "Realisasi Sasaran")[0] == "97,35%");
  CHECK(column(rows, "Realisasi Anggaran Sub Kegiatan")[0] == "39.450.500");
  // The TOTAL row: the stated realisasi of the whole rencana beside its (here unstated) anggaran.
  CHECK(column(rows, "Realisasi Anggaran Sub Kegiatan").back() == "43.073.569.100");
  const std::string expected = test::rencana_text(plan.rencana);
  CHECK(test::rencana_text(round_trip(plan.rencana, plan::AnnexNumbers::indonesian, ';')) == expected);
  CHECK(test::rencana_text(round_trip(plan.rencana, plan::AnnexNumbers::plain, ',')) == expected);
  // A plan that reports nothing has the annex's columns alone.
  CHECK(plan::annex_rows(test::sample_plan("rkt-2024-setwan-luwu-timur.xml").rencana, plan::AnnexNumbers::plain)[0].size() ==
        plan::annex_columns().size());
}

TEST_CASE("items a plan leaves without children or indikator, or with more indikator than rows, come back too",
          "[annex-export]") {
  const plan::Plan plan = test::parse_clean(test::plan_xml(R"(<rencana>
    <sasaran nama="Tanpa program"/>
    <sasaran nomor="2" nama="Sasaran B">
      <indikator nama="I1" target="1"/><indikator nama="I2" target="2"/><indikator nama="I3" target="3"/>
      <program nomor="4" nama="Tanpa kegiatan" ket="Unit A"><indikator nama="P1"/><indikator nama="P2"/></program>
      <program nomor="5" nama="Program" anggaran="7">
        <kegiatan nomor="1" nama="Tanpa sub kegiatan" anggaran="0" ket="Unit B"/>
        <kegiatan nomor="3" nama="K"><subkegiatan nomor="2" kode="X.01" nama="S" anggaran="7"/></kegiatan>
      </program>
    </sasaran>
  </rencana>)"));
  CHECK(test::rencana_text(round_trip(plan.rencana, plan::AnnexNumbers::indonesian, ';')) ==
        test::rencana_text(plan.rencana));
}
