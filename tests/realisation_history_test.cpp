// Next year's plan from a plan that reported its year (naskah init --from): each indikator's realisasi becomes a
// <riwayat> of the year, what was stated of that year is taken out, the new evaluasi takes the realisasi, and every
// other byte stays.

#include <catch2/catch.hpp>

#include "naskah/plan/next_year.hpp"
#include "plan_fixture.hpp"

using namespace naskah;

namespace {

const std::string reported = R"(<?xml version="1.0" encoding="UTF-8"?>
<rkt xmlns="urn:naskah:rkt:1" tahun="2024">
  <instansi nama="Badan Perencanaan Pembangunan Daerah" daerah="Kota Palopo"/>
  <penandatangan jabatan="Kepala Badan" nama="ANDI MAKMUR" nip="198001152005011002"
                 tempat="Palopo" tanggal="2024-01-03" tanggal-laporan="2025-02-20"/>
  <rencana realisasi-anggaran="950" capaian-anggaran="95%" akhir-renstra="2026">
    <sasaran nama="Sasaran A" capaian="90%">
      <indikator nama="Indeks A" target="100%" realisasi="90%"
                 capaian="90%" keterangan="Tidak Tercapai" target-renstra="100%">
        <triwulan ke="4" realisasi="90%"/>
        <riwayat tahun="2023" realisasi="88%"/>
      </indikator>
      <indikator nama="Temuan" target="5 Temuan" realisasi="4 Temuan" arah="turun"/>
      <analisis>
        <p>Analisis 2024.</p>
      </analisis>
      <program nomor="1" nama="P" realisasi-anggaran="950"><indikator nama="I" target="1%"/><kegiatan nomor="1" nama="K">
        <subkegiatan nomor="1" nama="Sub" anggaran="1000" realisasi-anggaran="950" capaian-anggaran="95%">
          <indikator nama="I" target="1 Dokumen" realisasi="1 Dokumen"/>
          <triwulan ke="1" realisasi-anggaran="950"/>
        </subkegiatan>
      </kegiatan></program>
    </sasaran>
  </rencana>
</rkt>
)";

}  // namespace

TEST_CASE("the year's realisasi moves into the rencana's history and the new evaluasi", "[next-year][realisation]") {
  const plan::Plan old = test::parse_clean(reported);
  const plan::NextYearPlan made = plan::make_next_year_plan(reported, old, 2025);
  const plan::Plan next = test::parse_clean(made.text);
  // The evaluation of 2024 is what 2024 reported: nothing left to fill in.
  REQUIRE(next.evaluasi);
  CHECK(next.evaluasi->tahun.value == 2024);
  REQUIRE(next.evaluasi->sasaran.at(0).indikator.size() == 2);
  CHECK(next.evaluasi->sasaran[0].indikator[0].realisasi->value.text == "90%");
  CHECK(next.evaluasi->sasaran[0].indikator[1].arah == plan::Arah::turun);
  CHECK(made.indikator_filled == 2);
  CHECK(made.indikator_to_fill == 0);
  // Each indikator: its realisasi of 2024 a riwayat after the earlier ones, with its target; nothing of 2024 stated.
  const plan::Sasaran& sasaran = next.rencana.sasaran.at(0);
  const plan::Indikator& a = sasaran.indikator.at(0);
  CHECK_FALSE(a.realisasi);
  CHECK_FALSE(a.capaian);
  CHECK_FALSE(a.keterangan);
  CHECK(a.triwulan.empty());
  CHECK(a.target_renstra);  // of the Renstra, not of the year: it stays
  REQUIRE(a.riwayat.size() == 2);
  CHECK(a.riwayat[1].tahun.value == 2024);
  CHECK(a.riwayat[1].target->value.text == "100%");
  CHECK(a.riwayat[1].realisasi.value.text == "90%");
  const plan::Indikator& temuan = sasaran.indikator.at(1);
  REQUIRE(temuan.riwayat.size() == 1);
  CHECK(temuan.arah == plan::Arah::turun);
  CHECK_FALSE(sasaran.capaian);
  CHECK_FALSE(sasaran.analisis);
  const plan::SubKegiatan& sub = sasaran.program.at(0).kegiatan.at(0).subkegiatan.at(0);
  CHECK_FALSE(sub.realisasi.realisasi_anggaran);
  CHECK_FALSE(sub.realisasi.capaian_anggaran);
  CHECK(sub.triwulan.empty());
  CHECK(sub.indikator.at(0).riwayat.size() == 1);
  CHECK_FALSE(sasaran.program.at(0).realisasi.realisasi_anggaran);
  CHECK_FALSE(next.rencana.realisasi.realisasi_anggaran);
  CHECK(next.rencana.akhir_renstra->value == 2026);
  CHECK_FALSE(next.penandatangan.tanggal_laporan);
  // The new file as it is written: the self-closing indikator opened around its riwayat, indented as its neighbours.
  CHECK(made.text.find(R"(      <indikator nama="Temuan" target="5 Temuan" arah="turun">
        <riwayat tahun="2024" target="5 Temuan" realisasi="4 Temuan"/>
      </indikator>)") != std::string::npos);
  CHECK(made.text.find(R"(      <indikator nama="Indeks A" target="100%" target-renstra="100%">
        <riwayat tahun="2023" realisasi="88%"/>
        <riwayat tahun="2024" target="100%" realisasi="90%"/>
      </indikator>)") != std::string::npos);
  CHECK(made.text.find("Analisis 2024") == std::string::npos);
  CHECK(made.text.find("realisasi-anggaran") == std::string::npos);
}

TEST_CASE("a plan that reported nothing moves nothing", "[next-year][realisation]") {
  const std::string text = test::plan_xml(test::one_program(test::sub(1, "1.000")));
  const plan::NextYearPlan made = plan::make_next_year_plan(text, test::parse_clean(text), 2026);
  CHECK(made.text.find("<riwayat") == std::string::npos);
  CHECK(made.indikator_filled == 0);
}
