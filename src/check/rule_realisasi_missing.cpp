// realisasi-missing: a realisasi still empty (realisasi="") has nothing to evaluate or report. A plan made by
// `naskah init` from last year's starts so, with the target of every indikator of its evaluation and an empty
// realisasi: these warnings are the list of what the planner must fill in. The same holds for the plan year's own
// realisation, which a Laporan Kinerja reports: an empty realisasi or realisasi-anggaran, and — once a level of the
// rencana reports its year (the sasaran's indikator, the programs', the sub kegiatan's, or the money the sub kegiatan
// spent) — an item of that level that says nothing, which would be an empty row of the report's tables.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"
#include "rencana_walk.hpp"

namespace naskah::check {
namespace {

bool any_reported(const std::vector<const plan::Indikator*>& level) {
  for (const plan::Indikator* one : level) {
    if (one->realisasi || one->realisasi_blank) return true;
  }
  return false;
}

void check_evaluation(const plan::Plan& plan, diag::Diagnostics& out) {
  if (!plan.evaluasi) return;
  const int year = plan.evaluasi->tahun.value;
  for (std::size_t s = 0; s < plan.evaluasi->sasaran.size(); ++s) {
    const plan::SasaranEvaluasi& sasaran = plan.evaluasi->sasaran[s];
    for (const plan::IndikatorEvaluasi& indikator : sasaran.indikator) {
      if (indikator.realisasi) continue;
      out.warning(at(plan, indikator.pos), "realisasi-missing",
                  text::tr("the realisasi of indikator {} of sasaran {} (evaluasi {}) is not filled in; write what "
                              "was achieved in {}",
                              quoted(indikator.nama), sasaran.nomor.value_or(static_cast<int>(s) + 1), year, year));
    }
  }
}

/// The indikator of one level of the rencana, each with its owner's name.
struct Level {
  std::vector<const plan::Indikator*> indikator;
  std::vector<std::string> owners;
};

void check_level(const Level& level, const plan::Plan& plan, diag::Diagnostics& out) {
  const bool reported = any_reported(level.indikator);
  for (std::size_t i = 0; i < level.indikator.size(); ++i) {
    const plan::Indikator& one = *level.indikator[i];
    if (one.realisasi_blank) {
      out.warning(at(plan, *one.realisasi_blank), "realisasi-missing",
                  text::tr("the realisasi of indikator {} of {} is not filled in; write what was achieved in {}",
                           quoted(one.nama), level.owners[i], plan.tahun.value));
    } else if (reported && !one.realisasi) {
      out.warning(at(plan, one.pos), "realisasi-missing",
                  text::tr("indikator {} of {} has no realisasi, though other indikator of its level have; write what "
                           "was achieved in {} (realisasi=\"…\")",
                           quoted(one.nama), level.owners[i], plan.tahun.value));
    }
  }
}

void check_spending(const plan::Plan& plan, diag::Diagnostics& out) {
  bool reported = false;
  detail::for_each_subkegiatan(plan.rencana, [&](const plan::Program&, const plan::Kegiatan&, const plan::SubKegiatan& sub) {
    reported = reported || sub.realisasi.realisasi_anggaran || sub.realisasi_anggaran_blank;
  });
  if (!reported) return;
  detail::for_each_subkegiatan(plan.rencana, [&](const plan::Program& program, const plan::Kegiatan& kegiatan,
                                                 const plan::SubKegiatan& sub) {
    const std::string name = plan::path_name(program, kegiatan, sub) + " " + quoted(sub.nama);
    if (sub.realisasi_anggaran_blank) {
      out.warning(at(plan, *sub.realisasi_anggaran_blank), "realisasi-missing",
                  text::tr("the realisasi-anggaran of {} is not filled in; write what it spent in {}", name,
                           plan.tahun.value));
    } else if (!sub.realisasi.realisasi_anggaran) {
      out.warning(at(plan, sub.pos), "realisasi-missing",
                  text::tr("{} has no realisasi-anggaran, though other sub kegiatan have; write what it spent in {} "
                           "(realisasi-anggaran=\"…\")",
                           name, plan.tahun.value));
    }
  });
}

}  // namespace

void check_realisasi_missing(const plan::Plan& plan, diag::Diagnostics& out) {
  check_evaluation(plan, out);
  Level sasaran, program, subkegiatan;
  int position = 0;
  for (const plan::Sasaran& s : plan.rencana.sasaran) {
    const std::string owner = detail::sasaran_name(s, ++position);
    for (const plan::Indikator& one : s.indikator) {
      sasaran.indikator.push_back(&one);
      sasaran.owners.push_back(owner);
    }
    for (const plan::Program& p : s.program) {
      for (const plan::Indikator& one : p.indikator) {
        program.indikator.push_back(&one);
        program.owners.push_back(plan::path_name(p));
      }
      for (const plan::Kegiatan& k : p.kegiatan) {
        for (const plan::SubKegiatan& sub : k.subkegiatan) {
          for (const plan::Indikator& one : sub.indikator) {
            subkegiatan.indikator.push_back(&one);
            subkegiatan.owners.push_back(plan::path_name(p, k, sub));
          }
        }
      }
    }
  }
  for (const Level* level : {&sasaran, &program, &subkegiatan}) check_level(*level, plan, out);
  check_spending(plan, out);
}

}  // namespace naskah::check
