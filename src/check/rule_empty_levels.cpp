// empty-level: a level of the plan hierarchy with nothing below it is an unfinished plan (a kegiatan without
// sub kegiatan has no budget at all).

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {

void check_empty_levels(const plan::Plan& plan, diag::Diagnostics& out) {
  if (plan.rencana.sasaran.empty()) {
    out.warning(at(plan, plan.rencana.pos), "empty-level", text::tr("the rencana has no sasaran"));
  }
  for (std::size_t s = 0; s < plan.rencana.sasaran.size(); ++s) {
    const plan::Sasaran& sasaran = plan.rencana.sasaran[s];
    if (sasaran.program.empty()) {
      out.warning(at(plan, sasaran.pos), "empty-level",
                  text::tr("sasaran {} {} has no program", sasaran.nomor.value_or(static_cast<int>(s) + 1), quoted(sasaran.nama)));
    }
    for (const plan::Program& program : sasaran.program) {
      if (program.kegiatan.empty()) {
        out.warning(at(plan, program.pos), "empty-level", text::tr("{} has no kegiatan", plan::path_name(program)));
      }
      for (const plan::Kegiatan& kegiatan : program.kegiatan) {
        if (kegiatan.subkegiatan.empty()) {
          out.warning(at(plan, kegiatan.pos), "empty-level",
                      text::tr("{} has no sub kegiatan", plan::path_name(program, kegiatan)));
        }
      }
    }
  }
}

}  // namespace naskah::check
