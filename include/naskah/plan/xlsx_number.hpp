#pragma once
/// A workbook's number cell as text, so that the annex reader reads it with the same functions as a CSV cell: the
/// value exactly as the file stores it, never as the cell's format rounds it for the eye.
///
/// - A whole number is plain digits ("28584558694"), as a CSV cell may hold it: an amount typed as a number comes in
///   exactly. A workbook stores numbers as doubles, exact to 15 significant digits and written with up to 17
///   ("0.30000000000000004"); the value is taken to 15 significant digits, as spreadsheet programs show it, so that
///   binary noise is not read as a fraction, and anything beyond is lost as it is in the program itself.
/// - A number with a fraction is written with a decimal comma ("96,86"), as Indonesian text writes it: a target reads
///   it so, and an amount or a number refuses it at its cell ("whole Rupiah have no decimals").
/// - A cell formatted as a percentage (0.9686 shown as 96,86%) is its percentage: "96,86%".
/// - A cell formatted as a date (a serial day number, 45663 shown as 06/01/2025) is the date as Indonesian documents
///   write it, "06 Januari 2025" (with its time, "06 Januari 2025 13.30", when it has one).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace naskah::plan {

/// How a cell's number format shows its number, as far as the text of the value depends on it.
enum class NumberShown : std::uint8_t { number, percent, date };

/// Which day a date serial counts from: 1900 (Excel's default, with its phantom 29 February 1900) or 1904 (old Mac
/// workbooks, workbookPr date1904).
enum class DateSystem : std::uint8_t { from1900, from1904 };

/// The text of a number as a workbook stores it ("28584558694", "96.86", "2.8584558694E10", "-1.5E-3"); nothing when
/// the text is not a number.
std::optional<std::string> number_cell_text(std::string_view stored, NumberShown shown,
                                            DateSystem dates = DateSystem::from1900);

}  // namespace naskah::plan
