// naskah diff's comparison: the sample against a revision with two budgets changed, one sub kegiatan added and
// one removed gives exactly those four changes, the programs' totals and the plan's total.

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "naskah/plan/parser.hpp"
#include "naskah/plan/plan_diff.hpp"

using namespace naskah;

namespace {

const std::string sample_path = std::string(NASKAH_SOURCE_DIR) + "/samples/rkt-2024-setwan-luwu-timur.xml";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

std::string revised_sample() {
  std::ifstream in(sample_path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  text = replaced(text, "anggaran=\"40.206.350\"", "anggaran=\"45.000.000\"");
  text = replaced(text, "anggaran=\"3.448.831.569\"", "anggaran=\"3.500.000.000\"");
  text = replaced(text,
                  "          <subkegiatan nomor=\"4\" nama=\"Evaluasi Kinerja Perangkat Daerah\" anggaran=\"11.559.000\">\n"
                  "            <indikator nama=\"Jumlah Laporan Evaluasi Kinerja Pelayanan Perangkat Daerah yang disusun\"\n"
                  "                       target=\"10 Laporan\"/>\n"
                  "          </subkegiatan>\n",
                  "");
  text = replaced(text, "<subkegiatan nomor=\"1\" nama=\"Penatausahaan Barang Milik Daerah pada SKPD\"",
                  "<subkegiatan nomor=\"2\" nama=\"Pengamanan Barang Milik Daerah SKPD\" anggaran=\"15.000.000\">"
                  "<indikator nama=\"Jumlah Laporan\" target=\"1 Laporan\"/></subkegiatan>\n"
                  "          <subkegiatan nomor=\"1\" nama=\"Penatausahaan Barang Milik Daerah pada SKPD\"");
  return text;
}

}  // namespace

TEST_CASE("diff: two budgets changed, one sub kegiatan added and one removed, with the totals", "[diff]") {
  plan::ParseResult before = plan::parse_plan_file(sample_path);
  plan::ParseResult after = plan::parse_plan_text(revised_sample(), "revised.xml");
  REQUIRE(before.plan);
  REQUIRE(after.plan);
  plan::PlanDiff d = plan::diff_plans(*before.plan, *after.plan);
  using Kind = plan::PlanChange::Kind;
  REQUIRE(d.changes.size() == 4);
  CHECK(d.changes[0].kind == Kind::changed);
  CHECK(d.changes[0].item == "sub kegiatan 1.1.1");
  CHECK(d.changes[0].field == "anggaran");
  CHECK(d.changes[0].amount_before == 40206350);
  CHECK(d.changes[0].amount_after == 45000000);
  CHECK(d.changes[1].kind == Kind::removed);
  CHECK(d.changes[1].item == "sub kegiatan 1.1.4");
  CHECK(d.changes[1].name == "Evaluasi Kinerja Perangkat Daerah");
  CHECK(d.changes[1].amount_before == 11559000);
  CHECK(d.changes[2].kind == Kind::changed);
  CHECK(d.changes[2].item == "sub kegiatan 1.2.1");
  CHECK(d.changes[2].amount_before == 3448831569);
  CHECK(d.changes[2].amount_after == 3500000000);
  CHECK(d.changes[3].kind == Kind::added);
  CHECK(d.changes[3].item == "sub kegiatan 1.3.2");
  CHECK(d.changes[3].name == "Pengamanan Barang Milik Daerah SKPD");
  CHECK(d.changes[3].amount_after == 15000000);
  CHECK(d.changes[3].new_pos.line > 0);
  CHECK(d.changes[3].old_pos.line == 0);

  REQUIRE(d.programs.size() == 2);
  CHECK(d.programs[0].item == "program 1");
  CHECK(d.programs[0].before == 28584558694);
  CHECK(d.programs[0].after == 28584558694 + 4793650 + 51168431 - 11559000 + 15000000);
  CHECK(d.programs[1].before == 16487571661);
  CHECK(d.programs[1].after == 16487571661);
  // The anggaran each version states, beside its sum: program 2 states 17.903.779.061 in both.
  REQUIRE(d.programs[1].stated_before);
  REQUIRE(d.programs[1].stated_after);
  CHECK(d.programs[1].stated_before->value.value == 17903779061);
  CHECK(d.programs[1].stated_after->value.value == 17903779061);
  CHECK(d.programs[1].stated_after->pos.line > 0);
  CHECK(d.total_before == 45072130355);
  CHECK(d.total_after == 45072130355 + 59403081);

  // A plan against itself: nothing.
  CHECK(plan::diff_plans(*before.plan, *before.plan).changes.empty());
}

TEST_CASE("diff: items are matched by kode first, then by number and name", "[diff]") {
  auto plan_with = [](const std::string& subs) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2025\">"
                       "<instansi nama=\"B\" daerah=\"Kota Palopo\"/><penandatangan jabatan=\"K\" nama=\"A\" "
                       "nip=\"198001152005011002\" tempat=\"Palopo\" tanggal=\"2025-01-06\"/><rencana><sasaran nama=\"S\">"
                       "<indikator nama=\"I\" target=\"1\"/><program nomor=\"1\" nama=\"P\"><indikator nama=\"I\" "
                       "target=\"1\"/><kegiatan nomor=\"1\" nama=\"K\">") +
           subs + "</kegiatan></program></sasaran></rencana></rkt>";
  };
  // Renumbered but the same kode: one item, its number changed — not one removed and one added.
  auto a = plan::parse_plan_text(plan_with("<subkegiatan nomor=\"1\" kode=\"1.01.01.2.01.0001\" nama=\"Satu\" anggaran=\"5\">"
                                           "<indikator nama=\"I\" target=\"2 Dokumen\"/></subkegiatan>"),
                                 "a.xml");
  auto b = plan::parse_plan_text(plan_with("<subkegiatan nomor=\"1\" kode=\"1.01.01.2.01.0001\" nama=\"Satu (revisi)\" "
                                           "anggaran=\"5\"><indikator nama=\"I\" target=\"3 Dokumen\"/></subkegiatan>"),
                                 "b.xml");
  REQUIRE(a.plan);
  REQUIRE(b.plan);
  plan::PlanDiff d = plan::diff_plans(*a.plan, *b.plan);
  REQUIRE(d.changes.size() == 2);
  CHECK(d.changes[0].field == "nama");
  CHECK(d.changes[0].before == "Satu");
  CHECK(d.changes[0].after == "Satu (revisi)");
  CHECK(d.changes[1].field == "target");
  CHECK(d.changes[1].item == "indikator \"I\" of sub kegiatan 1.1.1");
  CHECK(d.changes[1].before == "2 Dokumen");
  CHECK(d.changes[1].after == "3 Dokumen");
}

TEST_CASE("diff: a revision that loses every program and kegiatan code reports each, and a code changed", "[diff]") {
  auto plan_with = [](const std::string& program_kode, const std::string& kegiatan_kode, const std::string& sub_kode) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2025\">"
           "<instansi nama=\"B\" daerah=\"Kota Palopo\"/><penandatangan jabatan=\"K\" nama=\"A\" "
           "nip=\"198001152005011002\" tempat=\"Palopo\" tanggal=\"2025-01-06\"/><rencana><sasaran nama=\"S\">"
           "<indikator nama=\"I\" target=\"1\"/><program nomor=\"1\"" + program_kode + " nama=\"P\"><indikator nama=\"I\" "
           "target=\"1\"/><kegiatan nomor=\"1\"" + kegiatan_kode + " nama=\"K\"><subkegiatan nomor=\"1\"" + sub_kode +
           " nama=\"Satu\" anggaran=\"5\"><indikator nama=\"I\" target=\"2 Dokumen\"/></subkegiatan>"
           "</kegiatan></program></sasaran></rencana></rkt>";
  };
  auto coded = plan::parse_plan_text(plan_with(" kode=\"1.01.01\"", " kode=\"1.01.01.2.01\"", " kode=\"1.01.01.2.01.0001\""),
                                     "coded.xml");
  auto bare = plan::parse_plan_text(plan_with("", "", " kode=\"1.01.01.2.01.0001\""), "bare.xml");
  REQUIRE(coded.plan);
  REQUIRE(bare.plan);
  plan::PlanDiff lost = plan::diff_plans(*coded.plan, *bare.plan);
  REQUIRE(lost.changes.size() == 2);
  CHECK(lost.changes[0].item == "program 1");
  CHECK(lost.changes[0].kind == plan::PlanChange::Kind::changed);
  CHECK(lost.changes[0].field == "kode");
  CHECK(lost.changes[0].before == "1.01.01");
  CHECK(lost.changes[0].after.empty());
  CHECK(lost.changes[1].item == "kegiatan 1.1");
  CHECK(lost.changes[1].field == "kode");
  CHECK(lost.changes[1].before == "1.01.01.2.01");
  CHECK(lost.changes[1].after.empty());
  CHECK(lost.changes[1].old_pos.line > 0);
  // The code a change shows (its KODE in the revision's PDF): the new plan's, else the one the old plan gave.
  CHECK(lost.changes[0].kode == "1.01.01");
  CHECK(lost.changes[1].kode == "1.01.01.2.01");
  REQUIRE(lost.programs.size() == 1);
  CHECK(lost.programs[0].kode == "1.01.01");

  // Given again, and one changed: the other way round, and the sub kegiatan's new code.
  auto recoded = plan::parse_plan_text(plan_with(" kode=\"1.01.01\"", " kode=\"1.01.01.2.01\"", " kode=\"1.01.01.2.01.0002\""),
                                       "recoded.xml");
  REQUIRE(recoded.plan);
  plan::PlanDiff back = plan::diff_plans(*bare.plan, *recoded.plan);
  REQUIRE(back.changes.size() == 3);
  CHECK(back.changes[0].before.empty());
  CHECK(back.changes[0].after == "1.01.01");
  CHECK(back.changes[2].item == "sub kegiatan 1.1.1");
  CHECK(back.changes[2].before == "1.01.01.2.01.0001");
  CHECK(back.changes[2].after == "1.01.01.2.01.0002");
  CHECK(back.changes[2].kode == "1.01.01.2.01.0002");
}

TEST_CASE("diff: an indikator's change names the item it belongs to", "[diff]") {
  plan::ParseResult before = plan::parse_plan_file(sample_path);
  std::string text = revised_sample();
  // The sasaran's indikator, as a spreadsheet that lost the row it stood on would drop it.
  text = replaced(text, "<indikator nama=\"Persentase Ranperdah yang disetujui bersama\" target=\"90%\"/>", "");
  plan::ParseResult after = plan::parse_plan_text(text, "revised.xml");
  REQUIRE(after.plan);
  plan::PlanDiff d = plan::diff_plans(*before.plan, *after.plan);
  auto removed = std::find_if(d.changes.begin(), d.changes.end(), [](const plan::PlanChange& c) {
    return c.kind == plan::PlanChange::Kind::removed && c.name == "Persentase Ranperdah yang disetujui bersama";
  });
  REQUIRE(removed != d.changes.end());
  CHECK(removed->owner == "sasaran 2");
  CHECK(removed->before == "90%");
}
