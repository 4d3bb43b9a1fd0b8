#pragma once
// For the tests: a rencana as text, every fact but the source positions, one item a line — so that two rencana read
// from different files (a plan, a spreadsheet) compare equal exactly when the plan would be the same, and a
// difference shows as a line.

#include <fmt/format.h>

#include <string>

#include "naskah/plan/model.hpp"

namespace naskah::test {

inline std::string rencana_text(const plan::Rencana& rencana) {
  auto amount = [](const std::optional<plan::At<plan::Rupiah>>& a) {
    return a ? std::to_string(a->value.value) : std::string("-");
  };
  auto kode = [](const std::optional<plan::At<std::string>>& k) { return k ? k->value : std::string("-"); };
  auto indicators = [](const std::vector<plan::Indikator>& list, const std::string& indent) {
    std::string out;
    for (const plan::Indikator& i : list) {
      out += fmt::format("{}indikator \"{}\" target {}{}\n", indent, i.nama,
                         i.target ? "\"" + i.target->value.text + "\"" : std::string("-"),
                         i.realisasi ? " realisasi \"" + i.realisasi->value.text + "\"" : std::string());
    }
    return out;
  };
  // What was spent, where the plan says so.
  auto spent = [&](const plan::BudgetRealisation& r) {
    return r.realisasi_anggaran ? " realisasi " + amount(r.realisasi_anggaran) : std::string();
  };
  std::string out = fmt::format("rencana anggaran {}{}\n", amount(rencana.anggaran), spent(rencana.realisasi));
  for (const plan::Sasaran& s : rencana.sasaran) {
    out += fmt::format("sasaran {} \"{}\"\n", s.nomor ? std::to_string(*s.nomor) : "-", s.nama);
    out += indicators(s.indikator, "  ");
    for (const plan::Program& p : s.program) {
      out += fmt::format("  program {} kode {} \"{}\" anggaran {} ket \"{}\"{}\n", p.nomor.value, kode(p.kode), p.nama,
                         amount(p.anggaran), p.ket, spent(p.realisasi));
      out += indicators(p.indikator, "    ");
      for (const plan::Kegiatan& k : p.kegiatan) {
        out += fmt::format("    kegiatan {} kode {} \"{}\" anggaran {} ket \"{}\"{}\n", k.nomor.value, kode(k.kode),
                           k.nama, amount(k.anggaran), k.ket, spent(k.realisasi));
        for (const plan::SubKegiatan& sub : k.subkegiatan) {
          out += fmt::format("      sub {} kode {} \"{}\" anggaran {} ket \"{}\"{}\n", sub.nomor.value, kode(sub.kode),
                             sub.nama, sub.anggaran.value.value, sub.ket, spent(sub.realisasi));
          out += indicators(sub.indikator, "        ");
        }
      }
    }
  }
  return out;
}

}  // namespace naskah::test
