// The sample transcribes the real RKT 2024 of Sekretariat DPRD Kabupaten Luwu Timur, errors included. Its model
// must hold the whole document, and naskah check must find exactly the errors the published document has.

#include <catch2/catch.hpp>

#include <numeric>

#include "naskah/plan/inline_text.hpp"
#include "plan_fixture.hpp"

using namespace naskah;

namespace {

const std::string sample = std::string(NASKAH_SOURCE_DIR) + "/samples/rkt-2024-setwan-luwu-timur.xml";

std::int64_t sum_of(const plan::Program& program) {
  std::int64_t sum = 0;
  for (const auto& kegiatan : program.kegiatan) {
    for (const auto& sub : kegiatan.subkegiatan) sum += sub.anggaran.value.value;
  }
  return sum;
}

}  // namespace

TEST_CASE("the sample holds the whole seed document", "[sample]") {
  plan::ParseResult parsed = plan::parse_plan_file(sample);
  REQUIRE(parsed.plan.has_value());
  REQUIRE_FALSE(parsed.diagnostics.has_errors());
  const plan::Plan& p = *parsed.plan;
  CHECK(p.tahun.value == 2024);
  CHECK(p.instansi.daerah == "Kabupaten Luwu Timur");
  CHECK(p.penandatangan.nama == "ASWAN AZIS, S.Pi, M.Si");
  CHECK(p.penandatangan.tanggal.value == plan::CalendarDate{2024, 1, 2});
  CHECK(p.kata_pengantar->size() == 3);
  REQUIRE(p.bab.size() == 3);
  CHECK(p.bab[0].sections.size() == 6);
  CHECK(p.bab[1].sections.size() == 2);
  CHECK(plan::to_display_string(p.bab[1].sections[0].title) ==
        "Evaluasi Pelaksanaan Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun {tahun-lalu}");
  const auto& landasan = std::get<plan::List>(p.bab[0].sections[1].blocks.at(1));
  CHECK(landasan.items.size() == 11);

  REQUIRE(p.evaluasi.has_value());
  CHECK(p.evaluasi->sasaran.size() == 2);
  CHECK(p.evaluasi->sasaran[0].indikator.size() + p.evaluasi->sasaran[1].indikator.size() == 3);

  REQUIRE(p.rencana.sasaran.size() == 2);
  const plan::Program& program1 = p.rencana.sasaran[0].program.at(0);
  const plan::Program& program2 = p.rencana.sasaran[1].program.at(0);
  std::vector<int> numbers;
  for (const auto& k : program2.kegiatan) numbers.push_back(k.nomor.value);
  CHECK(numbers == std::vector<int>{1, 2, 3, 4, 6, 7, 8});
  std::size_t subs = 0;
  for (const auto* program : {&program1, &program2}) {
    for (const auto& k : program->kegiatan) subs += k.subkegiatan.size();
  }
  CHECK(subs == 51);
  CHECK(program1.kegiatan.size() == 10);
  CHECK(sum_of(program1) == 28584558694);
  CHECK(program1.anggaran->value.value == 28584558694);
  CHECK(sum_of(program2) == 16487571661);
  CHECK(program2.anggaran->value.value == 17903779061);
  CHECK(sum_of(program1) + sum_of(program2) == 45072130355);
  CHECK(program1.kegiatan[9].subkegiatan.at(0).ket == "Bagian Umum Dan Keuangan");
}

TEST_CASE("naskah check finds the seed document's errors, and nothing else", "[sample]") {
  plan::ParseResult parsed = plan::parse_plan_file(sample);
  REQUIRE(parsed.plan.has_value());
  diag::Diagnostics found = check::check_plan(*parsed.plan);
  std::vector<std::string> lines;
  for (const auto& d : found.all()) lines.push_back(diag::format_text(d).substr(sample.size() + 1));
  std::vector<std::string> expected = {
      "12:3: warning: the signatory has a NIP but no pangkat, which is printed under the name; add pangkat=\"…\" to "
      "<penandatangan>, e.g. pangkat=\"Pembina Utama Muda (IV/c)\" [pangkat-missing]",
      "159:52: warning: the text names {instansi} of Kabupaten Jepara, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]",
      "161:61: warning: the text names {instansi} of Kabupaten Jepara, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]",
      "301:51: warning: indikator \"Persentase Capaian Kinerja Program Pada Sekretariat DPRD\" is marked \"Tercapai\" but "
      "realisasi 96,86% of target 100% is a capaian of 96,86%: Tidak Tercapai [evaluation-status]",
      "466:7: warning: indikator \"Persentase Rekomendasi DPRD yang ditindaklanjuti\" of sasaran 2 has no target [indicator-target]",
      "469:84: warning: program 2 \"Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD\" states anggaran Rp 17.903.779.061 "
      "but its sub kegiatan add up to Rp 16.487.571.661 (difference Rp 1.416.207.400) [budget-rollup]",
      "548:19: warning: kegiatan 2.6 follows kegiatan 2.4: kegiatan 2.5 is missing [numbering]",
  };
  CHECK(lines == expected);
  CHECK_FALSE(found.has_errors());
}
