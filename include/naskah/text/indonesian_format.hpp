#pragma once
/// Numbers, percentages, dates and amounts in words as Indonesian documents write them, all through ICU's
/// Indonesian locale (id_ID): 28.584.558.694 · 96,86% · 02 Januari 2024 · "dua puluh delapan miliar …".
/// Thread-safe: the ICU formatters that cost most to make are made once for the process and used under a lock.

#include <cstdint>
#include <string>
#include <string_view>

namespace naskah::text {

/// A whole number with dots between thousands: 28584558694 → "28.584.558.694".
std::string format_integer(std::int64_t value);

/// An amount of Rupiah as messages and tables write it: "Rp 1.416.207.400" (negative: "-Rp 5").
std::string format_rupiah(std::int64_t rupiah);

/// A decimal number given in C notation ("96.86", "-3", "1250") in Indonesian notation ("96,86",
/// "-3", "1.250"), with at most max_fraction decimals (rounded half-up) and trailing zeros dropped.
std::string format_decimal(std::string_view c_decimal, int max_fraction = 2);

/// A percentage whose number is given in C notation: "96.86" → "96,86%", "100" → "100%".
std::string format_percent(std::string_view c_decimal, int max_fraction = 2);

/// A calendar date in the long Indonesian form: (2024, 1, 2) → "02 Januari 2024".
std::string format_date_long(int year, int month, int day);

/// An amount in words (terbilang): 1250 → "seribu dua ratus lima puluh".
std::string spell_out(std::int64_t value);

}  // namespace naskah::text

namespace naskah::text {

/// A Roman numeral through ICU's numbering-system rules: (3, upper) → "III", (4, lower) → "iv". Chapter
/// numbers (BAB IV) and front-matter page numbers (ii) use it.
std::string roman_numeral(int value, bool upper);

}  // namespace naskah::text

namespace naskah::text {

/// Makes the formatters every document uses — numbers, percentages, dates, Roman numerals — and loads the locale
/// data behind them, so that the first document formats at once: what a build with a core to spare does there
/// while the plan is read.
void prepare_indonesian_formats();

}  // namespace naskah::text
