// year-consistency, nip, kode-hierarchy, foreign-region: the rules about who, when and where.
#include <catch2/catch.hpp>

#include "plan_fixture.hpp"

using naskah::test::plan_xml;
using naskah::test::rule_diagnostics;

namespace {

const std::string rencana = R"(<rencana><sasaran nama="S"><indikator nama="I" target="1%"/>
<program nomor="1" kode="4.02.01" nama="P"><indikator nama="I" target="1%"/><kegiatan nomor="1" kode="4.02.01.2.01" nama="K">
<subkegiatan nomor="1" kode="4.02.01.2.01.0001" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
<subkegiatan nomor="2" kode="4.02.02.2.01.0002" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
<subkegiatan nomor="3" kode="4.02.01.2.01.0001" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
</kegiatan></program></sasaran></rencana>)";

std::string signed_by(const std::string& nip, const std::string& tanggal = "2025-01-06") {
  return "nip=\"" + nip + "\" tanggal=\"" + tanggal + "\"";
}

}  // namespace

TEST_CASE("year-consistency: the evaluation year and the signing date fit the plan year", "[rule][year-consistency]") {
  std::string evaluasi = R"(<evaluasi tahun="2023"><sasaran nama="S"><indikator nama="I" target="1%" realisasi="1%"/></sasaran></evaluasi>)";
  CHECK(rule_diagnostics(plan_xml(rencana, evaluasi, 2025, signed_by("198001152005011002", "2027-01-06")),
                         "year-consistency") ==
        std::vector<std::string>{
            "4:99: warning: the plan for 2025 is signed in 2027; an RKT is signed in its year or the year before [year-consistency]",
            "5:11: warning: the evaluasi is of 2023, but the plan for 2025 evaluates 2024 [year-consistency]"});
  CHECK(rule_diagnostics(plan_xml(rencana, "", 2025, signed_by("198001152005011002", "2024-12-30")), "year-consistency")
            .empty());
}

TEST_CASE("nip: the digits must describe a real civil servant", "[rule][nip]") {
  CHECK(rule_diagnostics(plan_xml(rencana), "nip").empty());
  auto nip_of = [&](const std::string& nip) {
    return rule_diagnostics(plan_xml(rencana, "", 2025, signed_by(nip)), "nip");
  };
  CHECK(nip_of("197613322005011002") ==
        std::vector<std::string>{"4:74: error: NIP 19761332 200501 1 002: the first 8 digits must be the birth date YYYYMMDD; 19761332 is no date [nip]"});
  CHECK(nip_of("198001152005131002") ==
        std::vector<std::string>{"4:74: error: NIP 19800115 200513 1 002: digits 9–14 must be the month of appointment YYYYMM; 200513 is no month [nip]"});
  CHECK(nip_of("198001152005013002") ==
        std::vector<std::string>{"4:74: error: NIP 19800115 200501 3 002: digit 15 must be 1 (male) or 2 (female), not 3 [nip]"});
  CHECK(nip_of("198001151995011002") ==
        std::vector<std::string>{"4:74: warning: NIP 19800115 199501 1 002: appointed in 1995-01, before the age of 18 [nip]"});
  CHECK(nip_of("198001152026011002") ==
        std::vector<std::string>{"4:74: warning: NIP 19800115 202601 1 002: appointed in 2026-01, after the signing date [nip]"});
}

TEST_CASE("kode-hierarchy: codes nest and do not repeat", "[rule][kode-hierarchy]") {
  CHECK(rule_diagnostics(plan_xml(rencana), "kode-hierarchy") ==
        std::vector<std::string>{
            "9:24: warning: sub kegiatan 1.1.2 has kode 4.02.02.2.01.0002, which does not extend the kode 4.02.01.2.01 of kegiatan 1.1 [kode-hierarchy]",
            "10:24: warning: sub kegiatan 1.1.3 has kode 4.02.01.2.01.0001, which sub kegiatan 1.1.1 has already [kode-hierarchy]"});
}

TEST_CASE("foreign-region: the unit named with another region", "[rule][foreign-region]") {
  std::string xml = R"(<?xml version="1.0"?>
<rkt xmlns="urn:naskah:rkt:1" tahun="2024">
<instansi nama="Sekretariat Dewan Perwakilan Rakyat Daerah" daerah="Kabupaten Luwu Timur"/>
<penandatangan jabatan="J" nama="N" nip="197603162008031001" tempat="Malili" tanggal="2024-01-02"/>
<bab judul="Pendahuluan">
<p>RKT {instansi} (DPRD) Kabupaten Jepara Tahun {tahun}; {instansi} (DPRD) Kabupaten Luwu timur Tahun {tahun}.</p>
<ol><li>Pembentukan Kabupaten Luwu Timur dan Kabupaten Mamuju Utara; {singkatan} Kota Palopo.</li></ol>
</bab>
<bab judul="Dua"><subjudul>{instansi} Kabupaten Sigi</subjudul><dl><dt>{instansi} Kota Bogor</dt></dl>
<table judul="Pegawai {singkatan} Kabupaten Bone"><tr><td>1</td></tr></table>
<p>{instansi} (DPRD Kabupaten Gowa; {instansi} Kotamobagu; {singkatan}  (Sekwan)
 PROVINSI Jambi.</p></bab>
)" + rencana + "\n</rkt>";
  CHECK(rule_diagnostics(xml, "foreign-region") ==
        std::vector<std::string>{
            "6:8: warning: the text names {instansi} of Kabupaten Jepara, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]",
            "7:70: warning: the text names {singkatan} of Kota Palopo, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]",
            "9:28: warning: the text names {instansi} of Kabupaten Sigi, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]",
            "9:72: warning: the text names {instansi} of Kota Bogor, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]",
            "10:23: warning: the text names {singkatan} of Kabupaten Bone, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]",
            // A parenthesis never closed, a word beginning as a kind does: no region; a kind in capitals after a
            // parenthesis and a line break: one.
            "11:60: warning: the text names {singkatan} of PROVINSI Jambi, but this plan is for Kabupaten Luwu Timur; write {daerah} [foreign-region]"});
}

TEST_CASE("year-consistency: earlier years, the Renstra's end and the report's signing date", "[rule][year-consistency]") {
  const std::string years = R"(<rencana akhir-renstra="2024"><sasaran nama="S">
<indikator nama="I" target="1%" realisasi="1%"><riwayat tahun="2024" realisasi="1%"/><riwayat tahun="2025" realisasi="1%"/></indikator>
<program nomor="1" nama="P"><indikator nama="I" target="1%"/><kegiatan nomor="1" nama="K">
<subkegiatan nomor="1" nama="Sub" anggaran="5"><indikator nama="I" target="1 Dokumen"/></subkegiatan>
</kegiatan></program></sasaran></rencana>)";
  auto report_signed = [&](const std::string& date) {
    return rule_diagnostics(plan_xml(years, "", 2025, signed_by("198001152005011002") + " tanggal-laporan=\"" + date + "\""),
                            "year-consistency");
  };
  const std::vector<std::string> of_years = {
      "6:10: warning: the Renstra ends in 2024 (akhir-renstra), before the plan year 2025 [year-consistency]",
      "7:95: warning: <riwayat> of indikator \"I\" of sasaran 1 is of 2025, not a year before the plan year 2025 "
      "[year-consistency]"};
  CHECK(report_signed("2026-02-28") == of_years);
  std::vector<std::string> late = {"4:120: warning: the Laporan Kinerja of 2025 is signed on 02 Maret 2026, after the "
                                   "end of February 2026 by which it is due [year-consistency]"};
  late.insert(late.end(), of_years.begin(), of_years.end());
  CHECK(report_signed("2026-03-02") == late);
  std::vector<std::string> early = {"4:120: warning: the Laporan Kinerja of 2025 is signed on 30 Desember 2025, before "
                                    "the year it reports has ended [year-consistency]"};
  early.insert(early.end(), of_years.begin(), of_years.end());
  CHECK(report_signed("2025-12-30") == early);
}
