// The first plan's text, written out rather than built through pugixml, so that its comments stand where a planner
// reads them. XML comments cannot hold "--": the text names commands without their options, and the facts it
// repeats in comments are made safe.

#include "naskah/plan/first_plan.hpp"

#include <fmt/format.h>

#include "naskah/text/translate.hpp"
#include "naskah/text/xml_escape.hpp"

namespace naskah::plan {
namespace {

/// The head of the region's title, for the example <atasan>: Bupati of a kabupaten, Wali Kota of a kota, Gubernur
/// of a provinsi.
std::string atasan_jabatan(const std::string& daerah) {
  for (auto [kind, head] : {std::pair{"Kabupaten ", "Bupati "}, std::pair{"Kota ", "Wali Kota "},
                            std::pair{"Provinsi ", "Gubernur "}}) {
    const std::string_view prefix(kind);
    if (daerah.rfind(prefix, 0) == 0) return head + daerah.substr(prefix.size());
  }
  return "Bupati …";
}

/// A text for a comment, in the user's language: safe there, and each line after the first indented by `indent`
/// (the catalogue's texts carry their line breaks, not the plan's indentation).
std::string comment_text(const std::string& text, std::string_view indent) {
  std::string out;
  for (char c : text::xml_comment_safe(text)) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

}  // namespace

std::string make_first_plan(const FirstPlanFacts& facts, std::string_view schema_location) {
  auto attr = [](std::string_view name, const std::string& value) {
    return fmt::format("{}=\"{}\"", name, text::xml_escaped(value));
  };
  const int year = facts.tahun;
  std::string root = "<rkt xmlns=\"urn:naskah:rkt:1\"";
  if (!schema_location.empty()) {
    root += fmt::format("\n     xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                        "     xsi:schemaLocation=\"urn:naskah:rkt:1 {}\"\n    ",
                        text::xml_escaped(schema_location));
  }
  root += fmt::format(" tahun=\"{}\">", year);

  std::string instansi = fmt::format("<instansi {}", attr("nama", facts.instansi));
  if (!facts.singkatan.empty()) instansi += " " + attr("singkatan", facts.singkatan);
  instansi += fmt::format(" {}/>", attr("daerah", facts.daerah));

  std::string signer = fmt::format("<penandatangan {} {} {}", attr("jabatan", facts.jabatan),
                                   attr("nama", facts.penandatangan), attr("nip", facts.nip));
  if (!facts.pangkat.empty()) signer += " " + attr("pangkat", facts.pangkat);
  signer += fmt::format("\n                 {} {}/>", attr("tempat", facts.tempat), attr("tanggal", facts.tanggal));

  // The comments, for the planner who fills the plan in, in the planner's language.
  const std::string about = comment_text(
      // TRANSLATORS: this and the next six texts are the comments of the first plan that naskah init writes: each
      // line break is kept (keep the lines under 115 characters), the plan format's own words (singkatan="…",
      // <instansi>, tanggal) stay as they are, and "--" cannot stand in a comment.
      text::tr("The Rencana Kinerja Tahunan (RKT) {} of {}, {}: a first plan, made by naskah init.\n"
               "What is still to fill in, naskah check lists; docs/plan-format.md describes every element, "
               "docs/init.md the\nnext steps.",
               year, facts.instansi, facts.daerah),
      "  ");
  const std::string instansi_note = comment_text(
      text::tr("singkatan=\"…\" on <instansi>: the short name of the annex's title (without it, nama);\n"
               "logo=\"lambang.png\": the lambang daerah on the cover, a PNG or JPEG beside this file."),
      "       ");
  const std::string signer_note = comment_text(
      text::tr("Who signs, where and when (tanggal as YYYY-MM-DD): fill in what is empty. pangkat=\"…\" (rank and "
               "grade) is\nprinted under the name."),
      "       ");
  const std::string atasan_note = comment_text(
      text::tr("The regent or mayor, the second party of the Perjanjian Kinerja (the perjanjian-kinerja template):"),
      "  ");
  const std::string bab_note = comment_text(
      text::tr("The foreword and every bab come from the template's standard text, filled with this plan's facts; a\n"
               "<kata-pengantar> or <bab> of the plan's own replaces them (docs/plan-format.md). A first plan "
               "evaluates no\nearlier one, so its Evaluasi subbab is left out; naskah init makes next year's plan "
               "without this <bab>."),
      "       ");
  const std::string evaluasi_note =
      comment_text(text::tr("Last year's results, for the evaluation table of BAB II:"), "  ");
  const std::string rencana_note = comment_text(
      text::tr("This year's sasaran, program, kegiatan and sub kegiatan. naskah import fills the rencana from a\n"
               "spreadsheet of the annex's columns (docs/spreadsheets.md); or write them in it, as in the example."),
      "       ");

  return fmt::format(
      R"(<?xml version="1.0" encoding="UTF-8"?>
<!--
  {about}
-->
{root}
  {instansi}
  <!-- {instansi_note} -->

  <!-- {signer_note} -->
  {signer}

  <!-- {atasan_note}
  <atasan jabatan="{atasan}" nama="…"/>
  -->

  <!-- {bab_note} -->
  <bab id="rencana-kinerja"><subbab id="evaluasi" hapus="ya"/></bab>

  <!-- {evaluasi_note}
  <evaluasi tahun="{last_year}">
    <sasaran nomor="1" nama="…">
      <indikator nama="…" target="100%" realisasi="…"/>
    </sasaran>
  </evaluasi>
  -->

  <!-- {rencana_note} -->
  <rencana>
    <!--
    <sasaran nomor="1" nama="…">
      <indikator nama="…" target="100%"/>
      <program nomor="1" kode="…" nama="…" ket="…">
        <indikator nama="…" target="100%"/>
        <kegiatan nomor="1" kode="…" nama="…">
          <subkegiatan nomor="1" kode="…" nama="…" anggaran="…">
            <indikator nama="…" target="1 Dokumen"/>
          </subkegiatan>
        </kegiatan>
      </program>
    </sasaran>
    -->
  </rencana>
</rkt>
)",
      fmt::arg("about", about), fmt::arg("root", root), fmt::arg("instansi", instansi),
      fmt::arg("instansi_note", instansi_note), fmt::arg("signer_note", signer_note), fmt::arg("signer", signer),
      fmt::arg("atasan_note", atasan_note),
      fmt::arg("atasan", text::xml_comment_safe(text::xml_escaped(atasan_jabatan(facts.daerah)))),
      fmt::arg("bab_note", bab_note), fmt::arg("evaluasi_note", evaluasi_note), fmt::arg("last_year", year - 1),
      fmt::arg("rencana_note", rencana_note));
}

}  // namespace naskah::plan
