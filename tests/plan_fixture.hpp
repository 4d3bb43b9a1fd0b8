#pragma once
// Test helpers: small plans built from XML fragments, and their diagnostics as plain strings.

#include <string>
#include <vector>

#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"

namespace naskah::test {

/// A complete, clean plan whose <rencana> (and optional <evaluasi>, before it) are replaced by the fragments.
/// The fragments start on line 6 of the document. Its logo and the signatory's pangkat stand last on their lines, so
/// that the columns of what a test puts before them do not depend on them.
inline std::string plan_xml(const std::string& rencana, const std::string& evaluasi = "", int tahun = 2025,
                            const std::string& penandatangan_extra = R"(nip="198001152005011002" tanggal="2025-01-06")") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"" + std::to_string(tahun) + "\">\n"
         "<instansi nama=\"Badan Perencanaan Pembangunan Daerah\" daerah=\"Kota Palopo\" logo=\"" NASKAH_SOURCE_DIR "/tests/data/valid/logo.png\"/>\n"
         "<penandatangan jabatan=\"Kepala Badan\" nama=\"ANDI MAKMUR\" tempat=\"Palopo\" " + penandatangan_extra +
         " pangkat=\"Pembina (IV/a)\"/>\n" +
         evaluasi + "\n" + rencana + "\n</rkt>\n";
}

/// A plan of a unit, its signatories (<penandatangan>, and <atasan> when given) from line 4 and an empty
/// <rencana>: for the rules about who signs.
inline std::string signatory_plan(const std::string& signatories) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2025\">\n"
         "<instansi nama=\"Badan\" daerah=\"Kota Palopo\" logo=\"lambang.png\"/>\n" +
         signatories + "\n<rencana/>\n</rkt>\n";
}

/// The diagnostics of parse + check as "line:col: severity: message [rule]" (file name left off).
inline std::vector<std::string> diagnostics_of(const std::string& xml) {
  plan::ParseResult parsed = plan::parse_plan_text(xml, "t.xml");
  diag::Diagnostics all = parsed.diagnostics;
  if (parsed.plan && !all.has_errors()) all.append(check::check_plan(*parsed.plan));
  std::vector<std::string> lines;
  for (const auto& d : all.all()) lines.push_back(diag::format_text(d).substr(6));  // drop "t.xml:"
  return lines;
}

/// Only the diagnostics of one rule.
inline std::vector<std::string> rule_diagnostics(const std::string& xml, const std::string& rule) {
  std::vector<std::string> out;
  for (const std::string& line : diagnostics_of(xml)) {
    if (line.size() > rule.size() + 2 && line.compare(line.size() - rule.size() - 2, rule.size() + 2, "[" + rule + "]") == 0) {
      out.push_back(line);
    }
  }
  return out;
}

/// A parsed plan that must have no errors.
inline plan::Plan parse_clean(const std::string& xml) {
  plan::ParseResult parsed = plan::parse_plan_text(xml, "t.xml");
  if (!parsed.plan || parsed.diagnostics.has_errors()) {
    std::string all;
    for (const auto& d : parsed.diagnostics.all()) all += diag::format_text(d) + "\n";
    throw std::runtime_error("plan has errors:\n" + all);
  }
  return *parsed.plan;
}

/// A plan of samples/, which must have no errors.
inline plan::Plan sample_plan(const std::string& name) {
  plan::ParseResult parsed = plan::parse_plan_file(std::string(NASKAH_SOURCE_DIR) + "/samples/" + name);
  if (!parsed.plan || parsed.diagnostics.has_errors()) throw std::runtime_error(name + " has errors");
  return *parsed.plan;
}

/// One sub kegiatan line with an indikator, for building plans.
inline std::string sub(int nomor, const std::string& anggaran, const std::string& extra = "") {
  return "<subkegiatan nomor=\"" + std::to_string(nomor) + "\" nama=\"Sub " + std::to_string(nomor) + "\" anggaran=\"" +
         anggaran + "\"" + extra + "><indikator nama=\"Jumlah\" target=\"1 Dokumen\"/></subkegiatan>";
}

/// A sub kegiatan that spent `spent` of `anggaran` (realisasi-anggaran), with `extra` attributes after it.
inline std::string spent_sub(int nomor, const std::string& anggaran, const std::string& spent,
                             const std::string& extra = "") {
  return sub(nomor, anggaran, " realisasi-anggaran=\"" + spent + "\"" + extra);
}

/// A rencana of one sasaran, program 1 "Program A" and kegiatan 1.1 "Kegiatan A" holding `subs`; `rencana`,
/// `program` and `kegiatan` are attributes added to those elements. The sasaran starts on line 6 of plan_xml, the
/// program on line 7, the kegiatan on line 8, the sub kegiatan on line 9.
inline std::string one_program(const std::string& subs, const std::string& rencana = "", const std::string& program = "",
                               const std::string& kegiatan = "") {
  return "<rencana" + rencana + "><sasaran nama=\"S\"><indikator nama=\"I\" target=\"1%\"/>\n"
         "<program nomor=\"1\" nama=\"Program A\"" + program + "><indikator nama=\"I\" target=\"1%\"/>\n"
         "<kegiatan nomor=\"1\" nama=\"Kegiatan A\"" + kegiatan + ">\n" + subs + "\n</kegiatan></program></sasaran></rencana>";
}

}  // namespace naskah::test
