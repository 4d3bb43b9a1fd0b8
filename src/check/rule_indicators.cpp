// indicator-target: performance is planned through indicators with targets; a sasaran, program or sub
// kegiatan without one cannot be measured, and an indikator without a target promises nothing. The seed's
// second sasaran lists "Persentase Rekomendasi DPRD yang ditindaklanjuti" with an empty target cell.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

void check_list(const std::vector<plan::Indikator>& indikator, const std::string& owner, plan::Pos owner_pos,
                const plan::Plan& plan, diag::Diagnostics& out) {
  if (indikator.empty()) {
    out.warning(at(plan, owner_pos), "indicator-target", text::tr("{} has no indikator", owner));
    return;
  }
  for (const plan::Indikator& item : indikator) {
    if (!item.target) {
      out.warning(at(plan, item.pos), "indicator-target",
                  text::tr("indikator {} of {} has no target", quoted(item.nama), owner));
    }
  }
}

}  // namespace

void check_indicator_targets(const plan::Plan& plan, diag::Diagnostics& out) {
  for (std::size_t s = 0; s < plan.rencana.sasaran.size(); ++s) {
    const plan::Sasaran& sasaran = plan.rencana.sasaran[s];
    check_list(sasaran.indikator, fmt::format("sasaran {}", sasaran.nomor.value_or(static_cast<int>(s) + 1)),
               sasaran.pos, plan, out);
    for (const plan::Program& program : sasaran.program) {
      check_list(program.indikator, plan::path_name(program), program.pos, plan, out);
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        for (const plan::SubKegiatan& sub : kegiatan.subkegiatan) {
          check_list(sub.indikator, plan::path_name(program, kegiatan, sub), sub.pos, plan, out);
        }
      }
    }
  }
}

}  // namespace naskah::check
