#pragma once
/// A target or realisasi as planners write it: a number and a unit ("96,86%", "2 Dokumen", "110 Kali"),
/// or a qualitative value with no number ("WTP", "Baik").

#include <optional>
#include <string>
#include <string_view>

#include "naskah/plan/decimal.hpp"
#include "naskah/plan/parsed.hpp"

namespace naskah::plan {

struct Measure {
  std::string text;               ///< as written, trimmed: printed as is
  std::optional<Decimal> number;  ///< absent for a qualitative value
  std::string unit;               ///< "%", "Dokumen", … ; empty for a bare number or a qualitative value

  [[nodiscard]] bool is_quantitative() const { return number.has_value(); }
};

/// Reads a measure. A text that begins with a digit (or '-' and a digit) must be a well-formed Indonesian
/// number followed by its unit; any other non-empty text is qualitative.
Parsed<Measure> parse_measure(std::string_view text);

/// Whether two units name the same thing: compared without regard to case ("paket" and "Paket").
bool same_unit(std::string_view a, std::string_view b);

}  // namespace naskah::plan
