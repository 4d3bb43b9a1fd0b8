// nip: the 18 digits of a NIP encode the birth date (YYYYMMDD), the month of appointment (YYYYMM), the sex
// (1 or 2) and a serial. A NIP that cannot be real must not be printed under a signature.

#include <fmt/format.h>

#include "naskah/check/checker.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::check {

void check_nip(const plan::Plan& plan, diag::Diagnostics& out) {
  const plan::At<plan::Nip>& nip = plan.penandatangan.nip;
  if (nip.value.digits.size() != 18) return;  // the parser has reported it
  const plan::Nip& n = nip.value;
  auto where = at(plan, nip.pos);
  std::string label = fmt::format("NIP {}", n.grouped());
  if (n.birth_year() < 1900) {
    out.error(where, "nip", text::tr("{}: the first 8 digits are the birth date; a birth year {} is not possible for a serving civil servant",
                                        label, n.birth_year()));
  } else if (!plan::is_real_date(n.birth_year(), n.birth_month(), n.birth_day())) {
    out.error(where, "nip", text::tr("{}: the first 8 digits must be the birth date YYYYMMDD; {} is no date", label,
                                        n.digits.substr(0, 8)));
  }
  if (n.appointment_month() < 1 || n.appointment_month() > 12) {
    out.error(where, "nip", text::tr("{}: digits 9–14 must be the month of appointment YYYYMM; {} is no month",
                                        label, n.digits.substr(8, 6)));
  }
  if (n.sex_digit() != 1 && n.sex_digit() != 2) {
    out.error(where, "nip", text::tr("{}: digit 15 must be 1 (male) or 2 (female), not {}", label, n.sex_digit()));
  }
  int birth = n.birth_year() * 12 + n.birth_month();
  int appointed = n.appointment_year() * 12 + n.appointment_month();
  if (appointed - birth < 18 * 12) {
    out.warning(where, "nip", text::tr("{}: appointed in {}-{:02}, before the age of 18", label, n.appointment_year(),
                                          n.appointment_month()));
  }
  const plan::CalendarDate& signed_on = plan.penandatangan.tanggal.value;
  if (signed_on.year != 0 && appointed > signed_on.year * 12 + signed_on.month) {
    out.warning(where, "nip", text::tr("{}: appointed in {}-{:02}, after the signing date", label,
                                          n.appointment_year(), n.appointment_month()));
  }
}

}  // namespace naskah::check
