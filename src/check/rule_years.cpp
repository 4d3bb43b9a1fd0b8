// year-consistency: one year is written once (tahun) and everything else must fit it. The seed's hand-typed
// text mixes 2023 and 2024; the data must not.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "rencana_walk.hpp"

namespace naskah::check {

void check_years(const plan::Plan& plan, diag::Diagnostics& out) {
  int tahun = plan.tahun.value;
  if (plan.evaluasi && plan.evaluasi->tahun.value != tahun - 1) {
    out.warning(at(plan, plan.evaluasi->tahun.pos), "year-consistency",
                text::tr("the evaluasi is of {}, but the plan for {} evaluates {}", plan.evaluasi->tahun.value, tahun,
                            tahun - 1));
  }
  const plan::CalendarDate& signed_on = plan.penandatangan.tanggal.value;
  if (signed_on.year != 0 && signed_on.year != tahun && signed_on.year != tahun - 1) {
    out.warning(at(plan, plan.penandatangan.tanggal.pos), "year-consistency",
                text::tr("the plan for {} is signed in {}; an RKT is signed in its year or the year before",
                            tahun, signed_on.year));
  }
  if (const auto& report = plan.penandatangan.tanggal_laporan) {
    const plan::CalendarDate& d = report->value;
    const std::string date = text::format_date_long(d.year, d.month, d.day);
    if (d.year <= tahun) {
      out.warning(at(plan, report->pos), "year-consistency",
                  text::tr("the Laporan Kinerja of {} is signed on {}, before the year it reports has ended", tahun, date));
    } else if (d.year > tahun + 1 || d.month > 2) {
      out.warning(at(plan, report->pos), "year-consistency",
                  text::tr("the Laporan Kinerja of {} is signed on {}, after the end of February {} by which it is due",
                           tahun, date, tahun + 1));
    }
  }
  if (const auto& last = plan.rencana.akhir_renstra; last && last->value < tahun) {
    out.warning(at(plan, last->pos), "year-consistency",
                text::tr("the Renstra ends in {} (akhir-renstra), before the plan year {}", last->value, tahun));
  }
  detail::for_each_indikator(plan.rencana, [&](const plan::Indikator& indikator, const std::string& owner) {
    for (const plan::Riwayat& earlier : indikator.riwayat) {
      if (earlier.tahun.value >= tahun) {
        out.warning(at(plan, earlier.tahun.pos), "year-consistency",
                    text::tr("<riwayat> of indikator {} of {} is of {}, not a year before the plan year {}",
                             quoted(indikator.nama), owner, earlier.tahun.value, tahun));
      }
    }
  });
}

}  // namespace naskah::check
