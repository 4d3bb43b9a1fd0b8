#pragma once
/// naskah check: the content rules run over a parsed plan. Each rule is a named function from the plan to
/// diagnostics, documented in docs/checks.md and tested on its own.

#include <string>
#include <string_view>
#include <vector>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::check {

struct Rule {
  std::string_view id;       ///< as it appears in brackets after a message: "budget-rollup"
  const char* summary;       ///< one line for `naskah check --list-rules` and the docs, in English (tr_text)
  void (*run)(const plan::Plan&, diag::Diagnostics&);
};

/// Every rule, in the order they run.
const std::vector<Rule>& all_rules();

/// Runs every rule; the diagnostics come sorted by location.
diag::Diagnostics check_plan(const plan::Plan& plan);

/// The plan file's location of a position, for a diagnostic.
inline diag::SourceLocation at(const plan::Plan& plan, plan::Pos pos) {
  return {plan.source_file, pos.line, pos.column};
}

/// A name as messages quote it: in double quotes, shortened at a word boundary past 70 characters.
std::string quoted(std::string_view name);

// The rules (one file each in src/check/).
void check_budget_rollup(const plan::Plan& plan, diag::Diagnostics& out);
void check_numbering(const plan::Plan& plan, diag::Diagnostics& out);
void check_empty_levels(const plan::Plan& plan, diag::Diagnostics& out);
void check_indicator_targets(const plan::Plan& plan, diag::Diagnostics& out);
void check_evaluation_status(const plan::Plan& plan, diag::Diagnostics& out);
void check_sasaran_capaian(const plan::Plan& plan, diag::Diagnostics& out);
void check_realisasi_rollup(const plan::Plan& plan, diag::Diagnostics& out);
void check_capaian_anggaran(const plan::Plan& plan, diag::Diagnostics& out);
void check_realisasi_over_anggaran(const plan::Plan& plan, diag::Diagnostics& out);
void check_triwulan(const plan::Plan& plan, diag::Diagnostics& out);
void check_evaluation_removed(const plan::Plan& plan, diag::Diagnostics& out);
void check_realisasi_missing(const plan::Plan& plan, diag::Diagnostics& out);
void check_signatory_missing(const plan::Plan& plan, diag::Diagnostics& out);
void check_pangkat_missing(const plan::Plan& plan, diag::Diagnostics& out);
void check_logo_missing(const plan::Plan& plan, diag::Diagnostics& out);
void check_years(const plan::Plan& plan, diag::Diagnostics& out);
void check_nip(const plan::Plan& plan, diag::Diagnostics& out);
void check_codes(const plan::Plan& plan, diag::Diagnostics& out);
void check_foreign_region(const plan::Plan& plan, diag::Diagnostics& out);

}  // namespace naskah::check
