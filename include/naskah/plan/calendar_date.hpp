#pragma once
/// A calendar date (no time, no zone), as signatures and plans carry them.

#include <compare>
#include <string_view>

#include "naskah/plan/parsed.hpp"

namespace naskah::plan {

struct CalendarDate {
  int year = 0;
  int month = 0;  ///< 1–12
  int day = 0;    ///< 1–31
  friend auto operator<=>(const CalendarDate&, const CalendarDate&) = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_real_date(int year, int month, int day);

/// Reads an ISO date "YYYY-MM-DD" that exists in the Gregorian calendar.
Parsed<CalendarDate> parse_iso_date(std::string_view text);

}  // namespace naskah::plan
