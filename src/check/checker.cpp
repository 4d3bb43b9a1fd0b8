#include "naskah/check/checker.hpp"

#include "naskah/text/line_breaks.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {

const std::vector<Rule>& all_rules() {
  static const std::vector<Rule> rules = {
      {"budget-rollup",
       text::tr_mark("a stated anggaran of a program, kegiatan or the whole plan equals the sum of its sub kegiatan"),
       check_budget_rollup},
      {"numbering",
       text::tr_mark("programs, kegiatan and sub kegiatan are numbered 1, 2, 3 … without gaps, repeats or disorder"),
       check_numbering},
      {"empty-level",
       text::tr_mark("every sasaran has a program, every program a kegiatan, every kegiatan a sub kegiatan"),
       check_empty_levels},
      {"indicator-target",
       text::tr_mark("every sasaran, program and sub kegiatan has an indikator, and every indikator a target"),
       check_indicator_targets},
      {"evaluation-status",
       text::tr_mark("a stated capaian or keterangan agrees with realisasi against target, in the evaluation and in "
                     "the plan year's realisation"),
       check_evaluation_status},
      {"sasaran-capaian",
       text::tr_mark("a stated capaian of a sasaran is the mean capaian of its indikator"),
       check_sasaran_capaian},
      {"realisasi-rollup",
       text::tr_mark("a stated realisasi-anggaran of a kegiatan, program or the whole plan equals what its sub kegiatan "
                     "spent"),
       check_realisasi_rollup},
      {"capaian-anggaran",
       text::tr_mark("a stated capaian-anggaran is realisasi over anggaran, for a total the quotient of the sums"),
       check_capaian_anggaran},
      {"realisasi-over-anggaran",
       text::tr_mark("no sub kegiatan spends more than its anggaran"),
       check_realisasi_over_anggaran},
      {"triwulan",
       text::tr_mark("the four quarters make the year's realisasi by the indikator's accumulation, and a sub kegiatan's "
                     "spending"),
       check_triwulan},
      {"evaluation-removed",
       text::tr_mark("a plan with an <evaluasi> does not remove the Evaluasi subbab (hapus=\"ya\") that prints it"),
       check_evaluation_removed},
      {"realisasi-missing",
       text::tr_mark("every realisasi is filled in, not left empty (realisasi=\"\"), and a level of the plan that "
                     "reports its year reports it for every item"),
       check_realisasi_missing},
      {"signatory-missing",
       text::tr_mark("the signatory's jabatan, nama, nip, tempat and tanggal are filled in, not left empty (nama=\"\")"),
       check_signatory_missing},
      {"pangkat-missing",
       text::tr_mark("a signatory or superior who has a NIP has a pangkat, printed under the name"),
       check_pangkat_missing},
      {"logo-missing",
       text::tr_mark("the plan gives the unit's logo (the lambang daerah of the cover)"),
       check_logo_missing},
      {"year-consistency",
       text::tr_mark("the evaluation is of the year before the plan, earlier years are earlier; the plan is signed in "
                     "its year or the one before, its Laporan Kinerja by the end of the next February"),
       check_years},
      {"nip",
       text::tr_mark("the signatory's NIP holds a real birth date, a plausible appointment month and a sex digit 1 or 2"),
       check_nip},
      {"kode-hierarchy",
       text::tr_mark("a kegiatan's kode extends its program's, a sub kegiatan's its kegiatan's; no kode repeats"),
       check_codes},
      {"foreign-region",
       text::tr_mark("text that names the unit does not name another region (\"… DPRD Kabupaten Jepara\")"),
       check_foreign_region},
  };
  return rules;
}

diag::Diagnostics check_plan(const plan::Plan& plan) {
  diag::Diagnostics out;
  for (const Rule& rule : all_rules()) rule.run(plan, out);
  out.sort_by_location();
  return out;
}

std::string quoted(std::string_view name) {
  constexpr std::size_t limit = 70;
  if (name.size() <= limit) return "\"" + std::string(name) + "\"";
  std::size_t cut = name.rfind(' ', limit);
  if (cut == std::string_view::npos || cut < limit / 2) cut = text::character_cut(name, limit);
  return "\"" + std::string(name.substr(0, cut)) + " …\"";
}

}  // namespace naskah::check
