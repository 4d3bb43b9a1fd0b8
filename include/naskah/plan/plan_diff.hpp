#pragma once
/// What changed between two versions of a plan — the RKT of January and its revision after the APBD Perubahan:
/// sasaran, program, kegiatan and sub kegiatan added, removed or changed (name, kode, anggaran), indikator and their
/// targets; and the sums per program and in all, before and after. Items are matched by kode when both versions
/// give one, else by number and name, else by name alone (renumbered) or number alone (renamed).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "naskah/plan/amount.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::plan {

struct PlanChange {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  std::string item;     ///< how the item is named: "sub kegiatan 2.3.1", "indikator \"…\" of program 2"
  std::string name;     ///< the item's name (the new one when it changed)
  std::string owner;    ///< for an indikator, the item it belongs to: "program 2"; empty otherwise
  std::string kode;     ///< the item's kode, as the new plan gives it (else the old); empty for none, and for an indikator
  std::string field;    ///< what changed: "anggaran", "nama", "nomor", "kode", "target"; empty for added and removed
  std::string before;   ///< as written in the old plan (empty when added, or a kode the old plan did not give)
  std::string after;    ///< as written in the new plan (empty when removed, or a kode the new plan does not give)
  /// For anggaran: the amounts (an added or removed sub kegiatan's own), to sum and to show the difference.
  std::optional<std::int64_t> amount_before, amount_after;
  Pos old_pos, new_pos;  ///< where the item stands in each file (line 0 when it is not in that file)
};

/// A program's budget — the sum of its sub kegiatan — before and after, and the anggaran it states in each.
struct ProgramTotal {
  std::string item;  ///< "program 2"
  std::string name;
  std::optional<std::int64_t> before, after;  ///< absent when the program is not in that version
  std::string kode;                           ///< as the new plan gives it, else the old; empty for none
  std::optional<At<Rupiah>> stated_before, stated_after;  ///< the anggaran="…" of each version, where given
};

struct PlanDiff {
  std::vector<PlanChange> changes;   ///< in the order of the new plan, removed items where they stood
  std::vector<ProgramTotal> programs;
  std::int64_t total_before = 0;
  std::int64_t total_after = 0;
};

PlanDiff diff_plans(const Plan& before, const Plan& after);

}  // namespace naskah::plan
