// The placeholder language: its three shapes, what each may name where, and the parser's reports at the place.

#include <catch2/catch.hpp>

#include "naskah/plan/placeholders.hpp"
#include "plan_fixture.hpp"

using namespace naskah;
using namespace naskah::test;
using plan::ItemKind;

namespace {

const std::string rencana =
    "<rencana><sasaran nama=\"S\"><indikator nama=\"I\" target=\"1\"/>"
    "<program nomor=\"1\" nama=\"P\" ket=\"B\"><indikator nama=\"I\" target=\"1\"/>"
    "<kegiatan nomor=\"1\" nama=\"K\">" + sub(1, "1.000") + "</kegiatan></program></sasaran></rencana>";

/// A plan whose only bab holds `text`; the bab starts line 5.
std::vector<std::string> bab_diagnostics(const std::string& text) {
  return diagnostics_of(plan_xml(rencana, "<bab judul=\"Satu\">" + text + "</bab>"));
}

}  // namespace

TEST_CASE("placeholder names have three shapes", "[placeholders]") {
  auto plain = plan::parse_placeholder_name("anggaran-terbilang");
  REQUIRE(plain);
  CHECK_FALSE(plain->kind);
  CHECK(plain->field == "anggaran-terbilang");

  auto current = plan::parse_placeholder_name("program.anggaran");
  REQUIRE(current);
  CHECK(current->kind == ItemKind::program);
  CHECK(current->index.empty());
  CHECK(current->field == "anggaran");

  auto numbered = plan::parse_placeholder_name("subkegiatan.2.5.1.nama");
  REQUIRE(numbered);
  CHECK(numbered->kind == ItemKind::subkegiatan);
  CHECK(numbered->index == std::vector<int>{2, 5, 1});
  CHECK(numbered->field == "nama");

  CHECK_FALSE(plan::parse_placeholder_name("program."));
  CHECK_FALSE(plan::parse_placeholder_name("program.0.nama"));
  CHECK_FALSE(plan::parse_placeholder_name("program.x.nama"));
  CHECK_FALSE(plan::parse_placeholder_name("rencana.nama"));
}

TEST_CASE("what a placeholder may name depends on the repetitions around it", "[placeholders]") {
  using Scope = std::vector<ItemKind>;
  CHECK_FALSE(plan::placeholder_problem("tahun", {}));
  CHECK_FALSE(plan::placeholder_problem("jumlah-subkegiatan", {}));
  CHECK_FALSE(plan::placeholder_problem("program.2.anggaran", {}));
  CHECK_FALSE(plan::placeholder_problem("kegiatan.2.5.anggaran-terbilang", {}));
  // The current item, and the items that hold it.
  CHECK_FALSE(plan::placeholder_problem("program.nama", Scope{ItemKind::program}));
  CHECK_FALSE(plan::placeholder_problem("sasaran.nama", Scope{ItemKind::kegiatan}));
  CHECK(plan::placeholder_problem("kegiatan.nama", Scope{ItemKind::program}).value() ==
        "{kegiatan.nama} names the current kegiatan, but this text is not repeated for each kegiatan "
        "(untuk-setiap=\"kegiatan\"); write {kegiatan.NUMBER.nama} for one by its number");
  CHECK(plan::placeholder_problem("tahunn", {}).value() == "unknown placeholder {tahunn}; did you mean {tahun}?");
  CHECK(plan::placeholder_problem("program.anggarn", Scope{ItemKind::program}).value() ==
        "unknown placeholder {program.anggarn}: a program has no fact \"anggarn\"; did you mean {program.anggaran}?");
  CHECK(plan::placeholder_problem("programm.nama", {}).value() ==
        "unknown placeholder {programm.nama}: \"programm\" is not sasaran, program, kegiatan, subkegiatan or evaluasi; "
        "did you mean {program}?");
  CHECK(plan::placeholder_problem("kegiatan.2.nama", {}).value() ==
        "{kegiatan.2.nama}: a kegiatan is named by 2 numbers ({kegiatan.2.5.nama})");

  CHECK_FALSE(plan::repetition_problem(ItemKind::program, Scope{ItemKind::sasaran}));
  CHECK_FALSE(plan::repetition_problem(ItemKind::evaluasi, {}));
  CHECK(plan::repetition_problem(ItemKind::sasaran, Scope{ItemKind::program}).value() ==
        "untuk-setiap=\"sasaran\" inside untuk-setiap=\"program\": a repetition inside another goes over what each "
        "program holds (kegiatan or subkegiatan)");
}

TEST_CASE("the parser reports placeholders and repetitions at their place", "[placeholders]") {
  CHECK(bab_diagnostics("<p untuk-setiap=\"program\">{program.nama}: {program.anggaran}</p>").empty());
  CHECK(bab_diagnostics("<ol><li untuk-setiap=\"sasaran\">{sasaran.nama}<ol><li untuk-setiap=\"program\">"
                        "{program.nama} of {sasaran.nomor}</li></ol></li></ol>")
            .empty());
  CHECK(bab_diagnostics("\n<p>Total {anggaran}, {program.nama}</p>") ==
        std::vector<std::string>{
            "6:22: error: {program.nama} names the current program, but this text is not repeated for each program "
            "(untuk-setiap=\"program\"); write {program.NUMBER.nama} for one by its number [unknown-placeholder]"});
  CHECK(bab_diagnostics("\n<p untuk-setiap=\"programs\">x</p>") ==
        std::vector<std::string>{
            "6:4: error: untuk-setiap=\"programs\" on <p>: expected \"sasaran\", \"program\", \"kegiatan\", "
            "\"subkegiatan\" or \"evaluasi\" [bad-value]"});
  CHECK(bab_diagnostics("\n<ol><li untuk-setiap=\"program\"><ol><li untuk-setiap=\"sasaran\">x</li></ol></li></ol>") ==
        std::vector<std::string>{
            "6:40: error: untuk-setiap=\"sasaran\" inside untuk-setiap=\"program\": a repetition inside another goes "
            "over what each program holds (kegiatan or subkegiatan) [bad-value]"});
}

TEST_CASE("bab and subbab name the template's standard ones by id, and may remove them", "[placeholders]") {
  plan::Plan p = parse_clean(plan_xml(rencana, "<bab id=\"pendahuluan\"><subbab id=\"landasan-hukum\" hapus=\"ya\"/>"
                                               "<subbab judul=\"Visi dan Misi\"><p>x</p></subbab></bab>"
                                               "<bab judul=\"Penutup\" hapus=\"ya\"/>"));
  REQUIRE(p.bab.size() == 2);
  CHECK(p.bab[0].id == "pendahuluan");
  CHECK(p.bab[0].title.empty());
  CHECK_FALSE(p.bab[0].omit);
  REQUIRE(p.bab[0].sections.size() == 2);
  CHECK(p.bab[0].sections[0].omit);
  CHECK(p.bab[0].sections[0].id == "landasan-hukum");
  CHECK(p.bab[1].omit);
  // Without an id a bab needs its judul; hapus needs something to name.
  CHECK(bab_diagnostics("</bab><bab><p>x</p>") ==
        std::vector<std::string>{"5:25: error: <bab> needs the attribute \"judul\" [missing-attribute]"});
  CHECK(diagnostics_of(plan_xml(rencana, "<bab hapus=\"ya\"/>")) ==
        std::vector<std::string>{
            "5:1: error: <bab> hapus=\"ya\" needs the id or the judul of the template's <bab> it removes "
            "[missing-attribute]"});
}

TEST_CASE("<atasan> names the unit head's superior", "[placeholders]") {
  const std::string extra = R"(nip="198001152005011002" tanggal="2025-01-06"/>)"
                            "\n<atasan jabatan=\"Wali Kota Palopo\" nama=\"H. A. RAHMAN\" ";
  plan::Plan p = parse_clean(plan_xml(rencana, "", 2025, extra));
  REQUIRE(p.atasan);
  CHECK(p.atasan->jabatan == "Wali Kota Palopo");
  CHECK(p.atasan->nama == "H. A. RAHMAN");
  CHECK_FALSE(p.atasan->nip.has_value());
}
