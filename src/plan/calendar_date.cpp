#include "naskah/plan/calendar_date.hpp"
#include "naskah/text/translate.hpp"

#include <string>

namespace naskah::plan {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool is_real_date(int year, int month, int day) {
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

Parsed<CalendarDate> parse_iso_date(std::string_view text) {
  auto digits = [&](std::size_t from, std::size_t count, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  CalendarDate date;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !digits(0, 4, date.year) ||
      !digits(5, 2, date.month) || !digits(8, 2, date.day)) {
    return Parsed<CalendarDate>::fail(text::tr("write dates as YYYY-MM-DD, e.g. 2024-01-02"));
  }
  if (!is_real_date(date.year, date.month, date.day)) {
    return Parsed<CalendarDate>::fail(text::tr("there is no such day in the calendar"));
  }
  return Parsed<CalendarDate>::ok(date);
}

}  // namespace naskah::plan
