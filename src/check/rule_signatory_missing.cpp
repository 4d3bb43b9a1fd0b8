// signatory-missing: a plan started with `naskah init` for a unit that had none leaves the signatory to fill in
// (jabatan="" nama="" nip="" tempat="" tanggal=""). A draft can be built; these warnings say what the signed
// version still needs, and --strict fails until it is written.

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {
namespace {

/// What the attribute holds, for the planner who fills it in.
std::string what_to_write(const std::string& attribute) {
  if (attribute == "jabatan") {
    return text::tr("the signatory's jabatan is not filled in; write the title that stands above the signature");
  }
  if (attribute == "nama") {
    return text::tr("the signatory's nama is not filled in; write the name with degrees, as it is to be printed");
  }
  if (attribute == "nip") return text::tr("the signatory's nip is not filled in; write the 18-digit NIP");
  if (attribute == "tempat") {
    return text::tr("the signatory's tempat is not filled in; write the place where the plan is signed");
  }
  return text::tr("the signatory's tanggal is not filled in; write the day the plan is signed, as YYYY-MM-DD");
}

}  // namespace

void check_signatory_missing(const plan::Plan& plan, diag::Diagnostics& out) {
  for (const plan::At<std::string>& blank : plan.penandatangan.blank) {
    out.warning(at(plan, blank.pos), "signatory-missing", what_to_write(blank.value));
  }
}

}  // namespace naskah::check
