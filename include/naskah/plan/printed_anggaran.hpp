#pragma once
/// The anggaran a document prints for an item that may state one — a program, a kegiatan, the whole rencana: the
/// figure the plan states where it states one, else the sum of the sub kegiatan below it. A stated figure that
/// differs from that sum is still the one printed (the regent signs what the plan says), and the reader is told
/// both: the annex, the Perjanjian Kinerja, the standard text and the revision's PDF mark it and explain it in a
/// note (`naskah check` warns of it: budget-rollup).

#include <optional>
#include <string>

#include "naskah/plan/amount.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::plan {

struct PrintedAnggaran {
  std::optional<At<Rupiah>> stated;  ///< the plan's own figure, where it gives one
  std::optional<Rupiah> computed;    ///< the sum of the sub kegiatan; nothing past the 64-bit limit

  /// The figure to print: the stated one, else the sum (nothing when neither is known).
  [[nodiscard]] std::optional<Rupiah> printed() const {
    return stated ? std::optional<Rupiah>(stated->value) : computed;
  }
  /// Whether the printed figure is a stated one that its rows do not add up to: a figure to mark.
  [[nodiscard]] bool differs() const { return stated && computed && stated->value.value != computed->value; }
};

PrintedAnggaran printed_anggaran(const Program& program);
PrintedAnggaran printed_anggaran(const Kegiatan& kegiatan);
PrintedAnggaran printed_anggaran(const Rencana& rencana);

}  // namespace naskah::plan
