// annex_workbook: a plan's rencana as an .xlsx workbook — the annex's headings, items merged over their rows, amounts
// as numbers — which the workbook reader and read_annex give back as the same rencana, and the same cells as the CSV.

#include <catch2/catch.hpp>

#include "../src/plan/zip_archive.hpp"
#include "naskah/plan/annex_columns.hpp"
#include "naskah/plan/annex_export.hpp"
#include "naskah/plan/annex_import.hpp"
#include "naskah/plan/annex_workbook.hpp"
#include "naskah/plan/xlsx_reader.hpp"
#include "plan_fixture.hpp"
#include "rencana_text.hpp"

using namespace naskah;

namespace {

std::string workbook_of(const plan::Plan& plan) {
  const plan::MadeWorkbook made = plan::annex_workbook(plan);
  INFO(made.problem);
  REQUIRE(made.bytes);
  return *made.bytes;
}

std::string part(const std::string& workbook, const std::string& name) {
  std::string problem;
  const auto archive = plan::detail::ZipArchive::open(workbook, problem);
  REQUIRE(archive);
  return archive->read(name, 100'000'000).bytes;
}

/// The rows as the CSV's cells hold them (amounts plain), under the header.
std::vector<std::vector<std::string>> csv_rows(const plan::Rencana& rencana) {
  std::vector<std::vector<std::string>> rows = plan::annex_rows(rencana, plan::AnnexNumbers::plain);
  rows.erase(rows.begin());
  return rows;
}

std::vector<std::vector<std::string>> workbook_rows(const std::string& workbook) {
  diag::Diagnostics out;
  const std::optional<plan::CellTable> table = plan::read_xlsx(workbook, "a.xlsx", "", out);
  for (const diag::Diagnostic& d : out.all()) FAIL(diag::format_text(d));
  REQUIRE(table);
  CHECK(table->sheet == "Lampiran");
  std::vector<std::vector<std::string>> rows;
  for (const plan::SheetRow& row : table->rows) {
    if (row.row == 1) continue;  // the header
    REQUIRE(row.row == rows.size() + 2);  // no row left empty
    std::vector<std::string> cells = row.dense();
    cells.resize(plan::annex_columns().size());
    rows.push_back(std::move(cells));
  }
  return rows;
}

const char* const items_left_bare = R"(<rencana anggaran="7">
    <sasaran nama="Tanpa program"/>
    <sasaran nomor="2" nama="Sasaran B">
      <indikator nama="I1" target="1"/><indikator nama="I2" target="96,86%"/><indikator nama="I3" target="1.250 Orang"/>
      <program nomor="4" nama="Tanpa kegiatan" ket="Unit A"><indikator nama="P1"/><indikator nama="P2"/></program>
      <program nomor="5" kode="4.02.01" nama="Program" anggaran="7">
        <kegiatan nomor="1" nama="Tanpa sub kegiatan" anggaran="0" ket="Unit B"/>
        <kegiatan nomor="3" nama="K"><subkegiatan nomor="2" kode="4.02.01.2.01.0001" nama="S" anggaran="7"/></kegiatan>
      </program>
    </sasaran>
  </rencana>)";

}  // namespace

TEST_CASE("the workbook reads back to the same rencana, its cells the CSV's", "[annex-workbook]") {
  std::vector<plan::Plan> plans{test::sample_plan("rkt-2024-setwan-luwu-timur.xml"), test::sample_plan("rkt-2025-bappeda-luwu-timur.xml"),
                                test::parse_clean(test::plan_xml(items_left_bare))};
  for (const plan::Plan& plan : plans) {
    const std::string workbook = workbook_of(plan);
    CHECK(workbook_rows(workbook) == csv_rows(plan.rencana));
    diag::Diagnostics out;
    const std::optional<plan::Rencana> back = plan::read_annex_xlsx(workbook, "a.xlsx", "", out);
    for (const diag::Diagnostic& d : out.all()) FAIL(diag::format_text(d));
    REQUIRE(back);
    CHECK(test::rencana_text(*back) == test::rencana_text(plan.rencana));
  }
}

TEST_CASE("the header is the printed annex's headings, frozen, items merge over their rows, amounts are numbers",
          "[annex-workbook]") {
  const std::string workbook = workbook_of(test::sample_plan("rkt-2025-bappeda-luwu-timur.xml"));
  const std::string sheet = part(workbook, "xl/worksheets/sheet1.xml");
  // The first sasaran (B2) over its rows, its first program (G2) over three, a sub kegiatan with one indikator
  // on one row (not merged).
  CHECK(sheet.find(R"(<mergeCell ref="B2:B6"/>)") != std::string::npos);
  CHECK(sheet.find(R"(<mergeCell ref="G2:G4"/>)") != std::string::npos);
  CHECK(sheet.find(R"(<mergeCell ref="Q2:)") == std::string::npos);
  CHECK(sheet.find(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)") != std::string::npos);
  // The first sub kegiatan's anggaran, a number (no t="s"), styled #,##0.
  const std::size_t amount = sheet.find(R"(<c r="T2" )");
  REQUIRE(amount != std::string::npos);
  CHECK(sheet.substr(amount, sheet.find("</c>", amount) - amount).find("<v>425750000</v>") != std::string::npos);
  CHECK(sheet.substr(amount, sheet.find("</c>", amount) - amount).find("t=\"s\"") == std::string::npos);
  CHECK(part(workbook, "xl/styles.xml").find(R"(numFmtId="3")") != std::string::npos);  // #,##0
  diag::Diagnostics out;
  const std::optional<plan::CellTable> table = plan::read_xlsx(workbook, "a.xlsx", "", out);
  REQUIRE(table);
  std::vector<std::string> headings;
  for (const plan::AnnexColumn& column : plan::annex_columns()) headings.emplace_back(column.heading);
  CHECK(table->rows[0].dense() == headings);
  CHECK(headings[3] == "TARGET");
  CHECK(headings[19] == "ANGGARAN (Rp)");
}

TEST_CASE("the workbook is the same bytes for the same plan, dated by its signing", "[annex-workbook]") {
  const plan::Plan plan = test::sample_plan("rkt-2024-setwan-luwu-timur.xml");
  const std::string one = workbook_of(plan);
  CHECK(workbook_of(plan) == one);
  CHECK(part(one, "docProps/core.xml").find("2024-01-02T00:00:00Z") != std::string::npos);
  const std::string empty = workbook_of(test::parse_clean(test::plan_xml("<rencana/>")));
  CHECK(part(empty, "xl/worksheets/sheet1.xml").find("<row r=\"2\"") == std::string::npos);
}
