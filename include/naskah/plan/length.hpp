#pragma once
/// Lengths as plans and templates write them: "3cm", "2.5 cm", "12pt", and the shares of the text width ("50%") that
/// a figure's lebar and a template's column widths and indents may be. Read here, below both, so that a plan's
/// <gambar lebar="…"> is checked when the plan is read, as a template's lengths are when it is loaded.

#include <optional>
#include <string_view>

#include "naskah/plan/parsed.hpp"

namespace naskah::plan {

/// Points per unit.
inline constexpr double points_per_mm = 72.0 / 25.4;

/// Reads a plain decimal number at the start of `s` ("12", "1.25", "-0.5", a '.' for the decimal point); the rest
/// is left in `s`. Nothing (and `s` as it was) when it does not start with one.
std::optional<double> read_plain_number(std::string_view& s);

/// `s` without the spaces, tabs and line breaks at its ends.
std::string_view trim_spaces(std::string_view s);

/// A length: a decimal number (a '.' for the decimal point) and a unit, mm, cm, pt or in, with or without a
/// space between them: "3cm", "2.5 cm", "12pt". "0" needs no unit. Negative only when `allow_negative`.
/// The error completes "size=\"…\" on <style>: …".
Parsed<double> parse_length(std::string_view text, bool allow_negative = false);

/// A length that may be a share of the text width: the signature block's indent="50%", a figure's lebar="80%".
struct Extent {
  double value = 0;     ///< points, or a fraction (0.5) when `fraction`
  bool fraction = false;
  [[nodiscard]] double resolve(double text_width) const { return fraction ? value * text_width : value; }
};

/// A length or a percentage of the text width ("50%").
Parsed<Extent> parse_extent(std::string_view text);

}  // namespace naskah::plan
