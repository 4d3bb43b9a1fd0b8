// pangkat-missing: officials below the Sekretaris Daerah sign with their pangkat/golongan between the name and the
// NIP (Permendagri 1/2023 on tata naskah dinas, Pasal 44). Whoever carries a NIP is such an official; a regent or
// mayor, who has none, signs without.

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {

void check_pangkat_missing(const plan::Plan& plan, diag::Diagnostics& out) {
  const plan::Penandatangan& signer = plan.penandatangan;
  if (!signer.nip.value.digits.empty() && signer.pangkat.empty()) {
    out.warning(at(plan, signer.pos), "pangkat-missing",
                text::tr("the signatory has a NIP but no pangkat, which is printed under the name; add "
                         "pangkat=\"…\" to <penandatangan>, e.g. pangkat=\"Pembina Utama Muda (IV/c)\""));
  }
  if (plan.atasan && plan.atasan->nip && !plan.atasan->nip->value.digits.empty() && plan.atasan->pangkat.empty()) {
    out.warning(at(plan, plan.atasan->pos), "pangkat-missing",
                text::tr("the superior has a NIP but no pangkat, which is printed under the name; add "
                         "pangkat=\"…\" to <atasan>, or leave out the NIP of a regent or mayor"));
  }
}

}  // namespace naskah::check
