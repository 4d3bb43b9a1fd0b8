// triwulan: the quarters of the plan year make the year's figure by the indikator's rule of accumulation — their sum
// for a count (Dokumen, Kali, Orang) and for the Rupiah a sub kegiatan spent, the last quarter's for a percentage or
// an index (akumulasi="jumlah" | "akhir", docs/plan-format.md). Quarters are given all four or not at all.

#include <fmt/format.h>

#include <vector>

#include "naskah/check/checker.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "rencana_walk.hpp"

namespace naskah::check {
namespace {

/// "III dan IV": the quarters of 1–4 not in `given`, as a list in words; empty when all four are there.
template <class Quarter>
std::string missing_quarters(const std::vector<Quarter>& given) {
  std::vector<std::string> missing;
  for (int ke = 1; ke <= 4; ++ke) {
    bool found = false;
    for (const Quarter& q : given) found = found || q.ke == ke;
    if (!found) missing.emplace_back(plan::quarter_name(ke));
  }
  if (missing.empty()) return {};
  std::string out = missing.front();
  for (std::size_t i = 1; i < missing.size(); ++i) out += (i + 1 == missing.size() ? " " + text::tr("and") + " " : ", ") + missing[i];
  return out;
}

/// A number in a measure's unit, as plans write it: "90%", "72", "3 Dokumen".
std::string measure_text(const plan::Decimal& number, const std::string& unit) {
  const std::string digits = text::format_decimal(number.to_c_string(), plan::Decimal::max_scale);
  if (unit.empty() || unit == "%") return digits + unit;
  return digits + " " + unit;
}

void check_indikator(const plan::Indikator& indikator, const std::string& owner, const plan::Plan& plan,
                     diag::Diagnostics& out) {
  if (indikator.triwulan.empty()) return;
  const std::string name = quoted(indikator.nama);
  if (std::string missing = missing_quarters(indikator.triwulan); !missing.empty()) {
    out.warning(at(plan, indikator.triwulan.front().pos), "triwulan",
                text::tr("indikator {} of {} gives its realisasi for some quarters but not for triwulan {}; give all "
                         "four, or none",
                         name, owner, missing));
    return;
  }
  if (!indikator.realisasi || !indikator.realisasi->value.is_quantitative()) return;
  const plan::Measure& year = indikator.realisasi->value;
  for (const plan::Triwulan& q : indikator.triwulan) {
    if (!q.realisasi.value.is_quantitative() || !plan::same_unit(q.realisasi.value.unit, year.unit)) {
      out.warning(at(plan, q.realisasi.pos), "triwulan",
                  text::tr("the realisasi of triwulan {} of indikator {} is \"{}\", not a number in the unit of its "
                           "realisasi for the year, \"{}\"",
                           plan::quarter_name(q.ke), name, q.realisasi.value.text, year.text));
      return;
    }
  }
  const plan::Akumulasi rule = plan::accumulation_of(indikator);
  if (rule == plan::Akumulasi::jumlah) {
    std::optional<plan::Decimal> sum = plan::Decimal{0, 0};
    for (const plan::Triwulan& q : indikator.triwulan) {
      if (sum) sum = plan::add(*sum, *q.realisasi.value.number);
    }
    if (sum && *sum != *year.number) {
      out.warning(at(plan, indikator.realisasi->pos), "triwulan",
                  text::tr("indikator {} of {} has realisasi {} but its quarters add up to {} (akumulasi jumlah: the "
                           "year's figure is their sum)",
                           name, owner, year.text, measure_text(*sum, year.unit)));
    }
    return;
  }
  for (const plan::Triwulan& q : indikator.triwulan) {
    if (q.ke == 4 && *q.realisasi.value.number != *year.number) {
      out.warning(at(plan, indikator.realisasi->pos), "triwulan",
                  text::tr("indikator {} of {} has realisasi {} but triwulan IV reached {} (akumulasi akhir: the "
                           "year's figure is the last quarter's)",
                           name, owner, year.text, q.realisasi.value.text));
    }
  }
}

void check_spending(const plan::Program& program, const plan::Kegiatan& kegiatan, const plan::SubKegiatan& sub,
                    const plan::Plan& plan, diag::Diagnostics& out) {
  if (sub.triwulan.empty()) return;
  const std::string name = plan::path_name(program, kegiatan, sub) + " " + quoted(sub.nama);
  if (std::string missing = missing_quarters(sub.triwulan); !missing.empty()) {
    out.warning(at(plan, sub.triwulan.front().pos), "triwulan",
                text::tr("{} gives what it spent in some quarters but not in triwulan {}; give all four, or none", name,
                         missing));
    return;
  }
  std::optional<plan::Rupiah> sum = plan::Rupiah{0};
  for (const plan::TriwulanAnggaran& q : sub.triwulan) {
    if (sum) sum = plan::checked_add(*sum, q.realisasi_anggaran.value);
  }
  const auto& year = sub.realisasi.realisasi_anggaran;
  if (year && sum && *sum != year->value) {
    out.warning(at(plan, year->pos), "triwulan",
                text::tr("{} states realisasi-anggaran {} but its quarters add up to {}", name,
                         text::format_rupiah(year->value.value), text::format_rupiah(sum->value)));
  }
}

}  // namespace

void check_triwulan(const plan::Plan& plan, diag::Diagnostics& out) {
  detail::for_each_indikator(plan.rencana, [&](const plan::Indikator& indikator, const std::string& owner) {
    check_indikator(indikator, owner, plan, out);
  });
  detail::for_each_subkegiatan(plan.rencana, [&](const plan::Program& program, const plan::Kegiatan& kegiatan,
                                                 const plan::SubKegiatan& sub) {
    check_spending(program, kegiatan, sub, plan, out);
  });
}

}  // namespace naskah::check
