#pragma once
// Internal to the checks: the items of <rencana> walked in document order, each with the name messages give it, for
// the rules of the year's realisation that look at every indikator or every sub kegiatan alike.

#include <string>

#include "naskah/plan/model.hpp"

namespace naskah::check::detail {

/// "sasaran 2": a sasaran by its nomor, else its position.
inline std::string sasaran_name(const plan::Sasaran& sasaran, int position) {
  return "sasaran " + std::to_string(sasaran.nomor.value_or(position));
}

/// Calls `each(indikator, owner)` for every indikator of the rencana — the sasaran's, the programs', the sub
/// kegiatan's — `owner` naming its item as messages do: "sasaran 1", "program 2", "sub kegiatan 2.3.1".
template <class Each>
void for_each_indikator(const plan::Rencana& rencana, Each each) {
  int position = 0;
  for (const plan::Sasaran& sasaran : rencana.sasaran) {
    const std::string owner = sasaran_name(sasaran, ++position);
    for (const plan::Indikator& indikator : sasaran.indikator) each(indikator, owner);
    for (const plan::Program& program : sasaran.program) {
      for (const plan::Indikator& indikator : program.indikator) each(indikator, plan::path_name(program));
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) {
          for (const plan::Indikator& indikator : sub.indikator) each(indikator, plan::path_name(program, kegiatan, sub));
        }
      }
    }
  }
}

/// Calls `each(program, kegiatan, sub)` for every sub kegiatan of the rencana.
template <class Each>
void for_each_subkegiatan(const plan::Rencana& rencana, Each each) {
  for (const plan::Sasaran& sasaran : rencana.sasaran) {
    for (const plan::Program& program : sasaran.program) {
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) each(program, kegiatan, sub);
      }
    }
  }
}

}  // namespace naskah::check::detail
