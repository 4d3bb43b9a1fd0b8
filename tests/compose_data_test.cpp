// The Laporan Kinerja composed: templates/laporan-kinerja with the clean plan tests/data/valid/laporan-kinerja.xml.
// Its tables show the computed figures (capaian, Tercapai, sums, percentages, what is left), a repetition over sasaran
// gives each sasaran its own rows, charts stand as figures with their captions, the analysis is the plan's, and the
// Ikhtisar Eksekutif is a bab without a number.

#include <catch2/catch.hpp>

#include <algorithm>

#include "compose_fixture.hpp"

using namespace naskah;
using naskah::test::text_of;

namespace {

const compose::Template& lkjip_template() {
  static const compose::Template t = [] {
    compose::TemplateLoad load = compose::load_template(test::source_dir + "/templates/laporan-kinerja");
    if (!load.value) throw std::runtime_error("the laporan-kinerja template does not load");
    return *load.value;
  }();
  return t;
}

const test::Composed& composed_lkjip() {
  static test::Composed c;
  static const bool composed = [] {
    plan::ParseResult parsed = plan::parse_plan_file(test::source_dir + "/tests/data/valid/laporan-kinerja.xml");
    if (!parsed.plan) throw std::runtime_error("the plan does not parse");
    // The template's standard text, not the plan's own bab: the report as the template writes it.
    static plan::Plan p = *parsed.plan;
    p.bab.clear();
    test::compose_into(c, p, lkjip_template());
    return true;
  }();
  (void)composed;
  return c;
}

/// Every block of the body, groups opened.
void flatten(const std::vector<compose::Block>& blocks, std::vector<const compose::Block*>& out) {
  for (const compose::Block& block : blocks) {
    if (const auto* group = std::get_if<compose::Group>(&block)) {
      flatten(group->blocks, out);
    } else {
      out.push_back(&block);
    }
  }
}

std::vector<const compose::Block*> body_blocks() {
  std::vector<const compose::Block*> out;
  for (const compose::PageSequence& sequence : composed_lkjip().document.sequences) flatten(sequence.blocks, out);
  return out;
}

std::vector<std::string> paragraphs() {
  std::vector<std::string> out;
  for (const compose::Block* block : body_blocks()) {
    if (const auto* p = std::get_if<compose::Paragraph>(block)) out.push_back(text_of(p->spans));
  }
  return out;
}

/// The table that follows the caption starting with `caption`.
const compose::Table& table_after(const std::string& caption) {
  const auto blocks = body_blocks();
  for (std::size_t i = 0; i + 1 < blocks.size(); ++i) {
    const auto* p = std::get_if<compose::Paragraph>(blocks[i]);
    if (p == nullptr || text_of(p->spans).rfind(caption, 0) != 0) continue;
    for (std::size_t j = i + 1; j < blocks.size(); ++j) {
      if (const auto* t = std::get_if<compose::Table>(blocks[j])) return *t;
    }
  }
  FAIL("no table after " << caption);
  throw std::logic_error("unreachable");
}

std::vector<std::string> row_text(const compose::TableRow& row) {
  std::vector<std::string> out;
  for (const compose::TableCell& cell : row.cells) out.push_back(text_of(cell.spans));
  return out;
}

std::vector<const compose::Chart*> charts() {
  std::vector<const compose::Chart*> out;
  for (const compose::Block* block : body_blocks()) {
    if (const auto* chart = std::get_if<compose::Chart>(block)) out.push_back(chart);
  }
  return out;
}

}  // namespace

TEST_CASE("the Laporan Kinerja of a clean plan composes without a finding", "[compose][lkjip]") {
  CHECK(test::format_all(composed_lkjip().diagnostics).empty());
}

TEST_CASE("the measurement table computes capaian and status from the year's figures", "[compose][lkjip]") {
  const compose::Table& table = table_after("Tabel 3.1 Pengukuran Kinerja Tahun 2024");
  REQUIRE(table.body_rows.size() == 3);  // an indikator a row
  CHECK(row_text(table.body_rows[0]) ==
        std::vector<std::string>{"1", "Meningkatnya kualitas perencanaan pembangunan daerah",
                                 "Persentase dokumen perencanaan yang ditetapkan tepat waktu", "100%", "90%", "90%",
                                 "Tidak Tercapai"});
  CHECK(row_text(table.body_rows[1]) ==
        std::vector<std::string>{"Nilai SAKIP perangkat daerah", "70", "72", "102,86%", "Tercapai"});
  // Less is better: 4 findings of 5 is 125 %.
  CHECK(row_text(table.body_rows[2]) ==
        std::vector<std::string>{"2", "Meningkatnya akuntabilitas keuangan daerah", "Jumlah temuan pemeriksaan BPK",
                                 "5 Temuan", "4 Temuan", "125%", "Tercapai"});
}

TEST_CASE("inside a repetition over sasaran, a table has the current sasaran's rows only", "[compose][lkjip]") {
  const compose::Table& first = table_after("Tabel 3.2 Capaian Sasaran 1");
  REQUIRE(first.body_rows.size() == 2);
  CHECK(text_of(first.header_rows[0].cells[1].spans) == "REALISASI 2022");
  CHECK(row_text(first.body_rows[0]) == std::vector<std::string>{"Persentase dokumen perencanaan yang ditetapkan "
                                                                 "tepat waktu",
                                                                 "85%", "88%", "100%", "90%", "90%", "100%", "90%"});
  CHECK(row_text(first.body_rows[1]) ==
        std::vector<std::string>{"Nilai SAKIP perangkat daerah", "65", "68", "70", "72", "102,86%", "75", "96%"});
  const compose::Table& second = table_after("Tabel 3.3 Capaian Sasaran 2");
  REQUIRE(second.body_rows.size() == 1);
  // No earlier years given: "-".
  CHECK(row_text(second.body_rows[0]) == std::vector<std::string>{"Jumlah temuan pemeriksaan BPK", "-", "-",
                                                                  "5 Temuan", "4 Temuan", "125%", "2 Temuan", "50%"});
}

TEST_CASE("the budget table: program to sub kegiatan, computed percentages and what is left", "[compose][lkjip]") {
  const compose::Table& table = table_after("Tabel 3.5 Realisasi Anggaran Tahun 2024");
  REQUIRE(table.body_rows.size() == 8);
  CHECK(row_text(table.body_rows[0]) ==
        std::vector<std::string>{"1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", "100.000.000",
                                 "95.000.000", "95%", "5.000.000"});
  CHECK(table.body_rows[0].cells[1].spans.front().face.bold);  // a program's row
  CHECK(row_text(table.body_rows[2]) ==
        std::vector<std::string>{"1.1.1", "Penyusunan Dokumen Perencanaan Perangkat Daerah", "60.000.000", "58.000.000",
                                 "96,67%", "2.000.000"});
  CHECK(row_text(table.body_rows[7]) ==
        std::vector<std::string>{"JUMLAH", "150.000.000", "145.000.000", "96,67%", "5.000.000"});
  CHECK(table.body_rows[7].cells[0].col_span == 2);
}

TEST_CASE("the efficiency table sets each sasaran's capaian beside the share of its anggaran spent", "[compose][lkjip]") {
  const compose::Table& table = table_after("Tabel 3.4 Efisiensi");
  REQUIRE(table.body_rows.size() == 3);
  // Sasaran 1: capaian 96,43 %, Rp 95 juta of Rp 100 juta (95 %): 1,43 points more performance than money.
  CHECK(row_text(table.body_rows[0]) ==
        std::vector<std::string>{"1", "Meningkatnya kualitas perencanaan pembangunan daerah", "96,43%", "100.000.000",
                                 "95.000.000", "95%", "1,43"});
  CHECK(row_text(table.body_rows[2])[0] == "JUMLAH");
}

TEST_CASE("charts are figures with their captions, their figures computed", "[compose][lkjip]") {
  const auto all = charts();
  REQUIRE(all.size() == 4);  // target-realisasi, a trend for each of the two sasaran, the programs' absorption
  const compose::Chart& bars = *all[0];
  CHECK(bars.kind == compose::ChartKind::bars);
  // Three units, three panels: "%", a bare number, "Temuan".
  REQUIRE(bars.panels.size() == 3);
  CHECK(text_of(bars.panels[0].axis_title) == "%");
  REQUIRE(bars.panels[0].categories.size() == 1);
  CHECK(bars.panels[0].categories[0].values == std::vector<std::optional<double>>{100.0, 90.0});
  CHECK(text_of(bars.panels[0].categories[0].value_labels[1]) == "90");
  const compose::Chart& trend = *all[1];
  CHECK(trend.kind == compose::ChartKind::lines);
  REQUIRE(trend.series.size() == 2);
  REQUIRE(trend.panels.size() == 2);
  REQUIRE(trend.panels[0].categories.size() == 3);  // 2022, 2023, 2024
  CHECK(text_of(trend.panels[0].categories[0].label) == "2022");
  CHECK(trend.panels[0].categories[2].values[0] == Approx(90));
  const compose::Chart& absorption = *all[3];
  REQUIRE(absorption.panels.size() == 1);
  CHECK(text_of(absorption.panels[0].axis_title) == "Rp juta");
  REQUIRE(absorption.panels[0].categories.size() == 2);
  CHECK(absorption.panels[0].categories[0].values[0] == Approx(100));  // Rp 100 juta
  CHECK(text_of(absorption.panels[0].categories[0].value_labels[1]) == "95%");
  const auto texts = paragraphs();
  CHECK(std::find(texts.begin(), texts.end(), "Gambar 3.1 Target dan Realisasi Indikator Kinerja Sasaran Tahun 2024") !=
        texts.end());
}

TEST_CASE("the Ikhtisar Eksekutif has no number, the analysis is the plan's", "[compose][lkjip]") {
  const auto texts = paragraphs();
  CHECK(std::find(texts.begin(), texts.end(), "IKHTISAR EKSEKUTIF") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "BAB I\nPENDAHULUAN") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(),
                  "Dokumen perencanaan yang terlambat ditetapkan menunggu penetapan Rencana Kerja Pemerintah Daerah.") !=
        texts.end());
  // The Ikhtisar's figures: 2 of 3 indikator Tercapai, their mean capaian, the money spent.
  const bool summary = std::any_of(texts.begin(), texts.end(), [](const std::string& t) {
    return t.find("2 indikator mencapai atau melampaui targetnya, dengan capaian kinerja rata-rata 105,95%") !=
           std::string::npos;
  });
  CHECK(summary);
}
