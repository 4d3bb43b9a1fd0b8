// A workbook's numbers as text for the annex reader: exactly, to a double's 15 digits; fractions with a comma;
// percentages and dates as their format shows them.

#include <catch2/catch.hpp>

#include "naskah/plan/xlsx_number.hpp"

using naskah::plan::DateSystem;
using naskah::plan::number_cell_text;
using naskah::plan::NumberShown;

namespace {

std::string number(std::string_view stored) { return number_cell_text(stored, NumberShown::number).value_or("(none)"); }

}  // namespace

TEST_CASE("a whole number is its digits, as a CSV cell holds an amount", "[xlsx-number]") {
  CHECK(number("28584558694") == "28584558694");
  CHECK(number("999999999999999") == "999999999999999");  // the largest amount, 15 digits, exact
  CHECK(number("2.8584558694E10") == "28584558694");      // as some programs write large numbers
  CHECK(number("2.8584558694e+10") == "28584558694");
  CHECK(number("40206350.0") == "40206350");
  CHECK(number("0") == "0");
  CHECK(number("-0") == "0");
  CHECK(number("-5") == "-5");
  CHECK(number("1E+20") == "100000000000000000000");  // more digits than an amount may have: refused as an amount
}

TEST_CASE("a fraction is written with a decimal comma, so that an amount refuses it and a target reads it",
          "[xlsx-number]") {
  CHECK(number("96.86") == "96,86");
  CHECK(number("425750000.5") == "425750000,5");
  CHECK(number("0.05") == "0,05");
  CHECK(number("1.5E-3") == "0,0015");
  CHECK(number("-2.25") == "-2,25");
}

TEST_CASE("a double's binary noise past 15 significant digits is rounded away, as spreadsheet programs show it",
          "[xlsx-number]") {
  CHECK(number("0.30000000000000004") == "0,3");
  CHECK(number("425750000.00000006") == "425750000");
  CHECK(number("28584558693.999996") == "28584558694");
  CHECK(number("99999999999999999") == "100000000000000000");  // rounded up through every digit
  CHECK(number("1234567890123456") == "1234567890123460");     // 16 digits: a spreadsheet keeps 15
  CHECK(number("0.1234567890123456789") == "0,123456789012346");
}

TEST_CASE("a cell formatted as a percentage is its percentage", "[xlsx-number]") {
  CHECK(number_cell_text("0.9686", NumberShown::percent) == "96,86%");
  CHECK(number_cell_text("1", NumberShown::percent) == "100%");
  CHECK(number_cell_text("0.975", NumberShown::percent) == "97,5%");
  CHECK(number_cell_text("0", NumberShown::percent) == "0%");
  CHECK(number_cell_text("1.5E-3", NumberShown::percent) == "0,15%");
}

TEST_CASE("a cell formatted as a date is the date as Indonesian documents write it", "[xlsx-number]") {
  CHECK(number_cell_text("45663", NumberShown::date) == "06 Januari 2025");
  CHECK(number_cell_text("45663.5625", NumberShown::date) == "06 Januari 2025 13.30");
  CHECK(number_cell_text("61", NumberShown::date) == "01 Maret 1900");
  CHECK(number_cell_text("59", NumberShown::date) == "28 Februari 1900");
  CHECK(number_cell_text("1", NumberShown::date) == "01 Januari 1900");
  CHECK(number_cell_text("44201", NumberShown::date, DateSystem::from1904) == "06 Januari 2025");
  // No day of the calendar: the phantom 29 February 1900, day 0, a negative serial, past the year 9999.
  CHECK(number_cell_text("60", NumberShown::date) == "60");
  CHECK(number_cell_text("0", NumberShown::date) == "0");
  CHECK(number_cell_text("-3", NumberShown::date) == "-3");
  CHECK(number_cell_text("3000000", NumberShown::date) == "3000000");
}

TEST_CASE("what is no number is nothing", "[xlsx-number]") {
  for (const char* bad : {"", "abc", "1,5", "1.2.3", "1e", "e5", "1E99999", "--1", " 1", "0x10", "inf", "NaN"}) {
    INFO(bad);
    CHECK_FALSE(number_cell_text(bad, NumberShown::number));
  }
}
