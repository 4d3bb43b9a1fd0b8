#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/numberformatter.h>
#include <unicode/rbnf.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/ures.h>

#include <array>
#include <memory>
#include <mutex>
#include <stdexcept>

namespace naskah::text {
namespace {

const icu::Locale& indonesian() {
  static const icu::Locale locale("id", "ID");
  return locale;
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

/// Throws when ICU failed; `what` is a text of the catalogue (tr_mark), "format a number".
void check(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw std::runtime_error(tr("ICU failed to {}: {}", tr_text(what), u_errorName(status)));
}

std::string format_with(const icu::number::LocalizedNumberFormatter& formatter, std::string_view c_decimal) {
  UErrorCode status = U_ZERO_ERROR;
  auto formatted = formatter.formatDecimal(icu::StringPiece(c_decimal.data(), static_cast<int32_t>(c_decimal.size())),
                                           status);
  check(status, tr_mark("format a number"));
  icu::UnicodeString text = formatted.toString(status);
  check(status, tr_mark("format a number"));
  return to_utf8(text);
}

/// Formats with `formatter` a few times, for ICU to compile it (on its third use) here: under the once-guard of
/// what holds it (a static's, a std::call_once), and not later while two threads format with it at once. ICU's
/// own hand-over of the compiled form is correct, but its atomics are not instrumented by ThreadSanitizer, which saw
/// the compiled form made on one thread and read on another as a race.
void compile(const icu::number::LocalizedNumberFormatter& formatter) {
  for (int use = 0; use < 4; ++use) {
    UErrorCode status = U_ZERO_ERROR;
    (void)formatter.formatInt(0, status);
  }
}

icu::number::LocalizedNumberFormatter decimal_formatter(int max_fraction) {
  return icu::number::NumberFormatter::withLocale(indonesian())
      .precision(icu::number::Precision::minMaxFraction(0, max_fraction))
      .roundingMode(UNUM_ROUND_HALFUP);
}

}  // namespace

std::string format_integer(std::int64_t value) {
  static const icu::number::LocalizedNumberFormatter formatter = icu::number::NumberFormatter::withLocale(indonesian());
  // Every thread passes this guard before it formats, so every use comes after the compiling.
  [[maybe_unused]] static const bool compiled = (compile(formatter), true);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text = formatter.formatInt(value, status).toString(status);
  check(status, tr_mark("format an integer"));
  return to_utf8(text);
}

std::string format_rupiah(std::int64_t rupiah) {
  if (rupiah < 0) {
    // -INT64_MIN overflows; amounts are bounded far below it, but a message must never be undefined behaviour.
    if (rupiah == INT64_MIN) return "-Rp " + format_integer(rupiah).substr(1);
    return "-Rp " + format_integer(-rupiah);
  }
  return "Rp " + format_integer(rupiah);
}

namespace {

/// The formatters of format_decimal and format_percent, made once for the process for each number of decimals
/// a plan's figures have (a figure's scale is bounded, plan::Decimal::max_scale): making one looks up the locale's
/// symbols and patterns in ICU's data, which cost more than formatting with it, and a plan formats hundreds of
/// figures. A LocalizedNumberFormatter is immutable and may format from several threads at once.
constexpr int remembered_fractions = 8;

const icu::number::LocalizedNumberFormatter& remembered_formatter(int max_fraction, bool percent) {
  // Each made the first time it is asked for, under its own flag: a plan asks for two or three of them.
  static std::array<std::array<std::once_flag, 2>, remembered_fractions> made;
  static std::array<std::array<icu::number::LocalizedNumberFormatter, 2>, remembered_fractions> formatters;
  const auto fraction = static_cast<std::size_t>(max_fraction);
  icu::number::LocalizedNumberFormatter& formatter = formatters[fraction][percent ? 1 : 0];
  std::call_once(made[fraction][percent ? 1 : 0], [&] {
    formatter = percent ? decimal_formatter(max_fraction).unit(icu::NoUnit::percent()) : decimal_formatter(max_fraction);
    compile(formatter);
  });
  return formatter;
}

std::string format_figure(std::string_view c_decimal, int max_fraction, bool percent) {
  if (max_fraction >= 0 && max_fraction < remembered_fractions) {
    return format_with(remembered_formatter(max_fraction, percent), c_decimal);
  }
  const auto formatter = decimal_formatter(max_fraction);
  return format_with(percent ? formatter.unit(icu::NoUnit::percent()) : formatter, c_decimal);
}

}  // namespace

std::string format_decimal(std::string_view c_decimal, int max_fraction) {
  return format_figure(c_decimal, max_fraction, false);
}

std::string format_percent(std::string_view c_decimal, int max_fraction) {
  return format_figure(c_decimal, max_fraction, true);
}

std::string format_date_long(int year, int month, int day) {
  // Made once for the process, as spell_out's: the formatter costs half a millisecond to make, which a build with
  // a core to spare pays there beforehand (prepare_indonesian_formats).
  static std::mutex mutex;
  static std::unique_ptr<icu::SimpleDateFormat> formatter;
  static std::unique_ptr<icu::Calendar> calendar;
  std::lock_guard lock(mutex);
  UErrorCode status = U_ZERO_ERROR;
  if (!formatter) {
    auto made = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString("dd MMMM yyyy"), indonesian(), status);
    check(status, tr_mark("create the date format"));
    // The date is a calendar date, not an instant: format it in UTC so the machine's time zone cannot shift it.
    made->adoptTimeZone(icu::TimeZone::getGMT()->clone());
    calendar = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), indonesian(), status);
    check(status, tr_mark("create the calendar"));
    formatter = std::move(made);
  }
  calendar->clear();
  calendar->set(year, month - 1, day);
  UDate instant = calendar->getTime(status);
  check(status, tr_mark("compute a date"));
  icu::UnicodeString text;
  formatter->format(instant, text);
  return to_utf8(text);
}

std::string spell_out(std::int64_t value) {
  // Made once for the process (a rule-based format costs a millisecond to make, and every layout thread of a
  // batch would make its own), and used under a lock: ICU does not promise that one formats from two threads.
  static std::mutex mutex;
  static std::unique_ptr<icu::RuleBasedNumberFormat> formatter;
  std::lock_guard lock(mutex);
  UErrorCode status = U_ZERO_ERROR;
  if (!formatter) {
    formatter = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, indonesian(), status);
    check(status, tr_mark("create the spell-out format"));
  }
  icu::UnicodeString text;
  formatter->format(value, text, status);
  check(status, tr_mark("spell out a number"));
  return to_utf8(text);
}

}  // namespace naskah::text

namespace naskah::text {
namespace {

/// ICU's own rules for Roman numerals: the rule sets %roman-upper and %roman-lower of the root locale's
/// numbering-system rules (its rbnf data), without the thirty other numbering systems there. Parsing them all, as
/// the URBNF_NUMBERING_SYSTEM format does, took 6 M instructions, a twentieth of a build; the two alone, a tenth of
/// that. Empty when the data cannot be read as expected (the whole format is then made).
icu::UnicodeString roman_rules() {
  UErrorCode status = U_ZERO_ERROR;
  auto close = [](UResourceBundle* bundle) { ures_close(bundle); };
  std::unique_ptr<UResourceBundle, decltype(close)> root(ures_openDirect(U_ICUDATA_NAME "-rbnf", "root", &status), close);
  std::unique_ptr<UResourceBundle, decltype(close)> rules(ures_getByKey(root.get(), "RBNFRules", nullptr, &status), close);
  std::unique_ptr<UResourceBundle, decltype(close)> systems(
      ures_getByKey(rules.get(), "NumberingSystemRules", nullptr, &status), close);
  icu::UnicodeString roman;
  if (U_FAILURE(status)) return roman;
  bool in_roman = false;
  for (int32_t i = 0; i < ures_getSize(systems.get()); ++i) {
    int32_t length = 0;
    const UChar* line = ures_getStringByIndex(systems.get(), i, &length, &status);
    if (U_FAILURE(status)) return {};
    const icu::UnicodeString rule(line, length);
    if (rule.startsWith(u"%")) in_roman = rule == u"%roman-upper:" || rule == u"%roman-lower:";
    if (in_roman) roman += rule;
  }
  return roman.indexOf(u"%roman-upper:") >= 0 && roman.indexOf(u"%roman-lower:") >= 0 ? roman : icu::UnicodeString();
}

std::unique_ptr<icu::RuleBasedNumberFormat> make_roman_format() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RuleBasedNumberFormat> formatter;
  if (const icu::UnicodeString rules = roman_rules(); !rules.isEmpty()) {
    UParseError error;
    formatter = std::make_unique<icu::RuleBasedNumberFormat>(rules, icu::Locale::getRoot(), error, status);
    if (U_SUCCESS(status)) return formatter;
    status = U_ZERO_ERROR;
  }
  formatter = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_NUMBERING_SYSTEM, icu::Locale::getRoot(), status);
  check(status, tr_mark("create the numbering-system format"));
  return formatter;
}

}  // namespace

std::string roman_numeral(int value, bool upper) {
  // Once for the process, under a lock, as spell_out's.
  static std::mutex mutex;
  static std::unique_ptr<icu::RuleBasedNumberFormat> formatter;
  std::lock_guard lock(mutex);
  UErrorCode status = U_ZERO_ERROR;
  if (!formatter) formatter = make_roman_format();
  icu::UnicodeString text;
  icu::FieldPosition position;
  formatter->format(static_cast<int32_t>(value), icu::UnicodeString(upper ? "%roman-upper" : "%roman-lower"), text,
                    position, status);
  check(status, tr_mark("write a Roman numeral"));
  return to_utf8(text);
}

}  // namespace naskah::text

namespace naskah::text {

void prepare_indonesian_formats() {
  format_integer(0);
  format_percent("0");
  format_date_long(2000, 1, 1);
  roman_numeral(1, false);
}

}  // namespace naskah::text
