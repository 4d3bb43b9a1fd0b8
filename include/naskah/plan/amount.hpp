#pragma once
/// Money: whole Rupiah in a 64-bit integer. Budgets are never floating point, and every sum is checked for
/// overflow, so that a total is either exact or an error — never silently wrong.

#include <cstdint>
#include <optional>
#include <string_view>

#include "naskah/plan/parsed.hpp"

namespace naskah::plan {

struct Rupiah {
  std::int64_t value = 0;
  friend auto operator<=>(const Rupiah&, const Rupiah&) = default;
};

/// The most digits an amount may have: 999.999.999.999.999 is a thousand times any regional budget and far
/// from the int64 limit, so that sums of a million such amounts cannot overflow unnoticed either.
inline constexpr int max_amount_digits = 15;

/// Reads "28584558694" or "28.584.558.694" (dots between groups of exactly three digits). Rejects signs,
/// commas, decimals, exponents, currency symbols, spaces and more than max_amount_digits digits.
Parsed<Rupiah> parse_rupiah(std::string_view text);

/// An amount as a spreadsheet saves it: as parse_rupiah reads it, but with a non-breaking space (U+00A0) or a narrow
/// one (U+202F) between the groups of three taken as a dot — the thousands separator Excel writes in many locales —
/// and ",00" (no cents, as a cell formatted as Accounting or Currency writes it) left off. Other cents are refused as
/// parse_rupiah refuses them.
Parsed<Rupiah> parse_rupiah_cell(std::string_view text);

/// a + b, or nothing when the sum does not fit in int64.
std::optional<Rupiah> checked_add(Rupiah a, Rupiah b);

/// a − b, or nothing when the difference does not fit in int64.
std::optional<Rupiah> checked_subtract(Rupiah a, Rupiah b);

}  // namespace naskah::plan
