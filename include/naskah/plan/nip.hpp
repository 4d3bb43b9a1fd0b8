#pragma once
/// NIP — Nomor Induk Pegawai, the 18-digit civil-servant number: birth date (YYYYMMDD), month of appointment
/// as CPNS (YYYYMM), sex (1 male, 2 female), serial (3 digits).

#include <string>
#include <string_view>

#include "naskah/plan/parsed.hpp"

namespace naskah::plan {

struct Nip {
  std::string digits;  ///< the 18 digits, without spaces

  [[nodiscard]] int birth_year() const { return field(0, 4); }
  [[nodiscard]] int birth_month() const { return field(4, 2); }
  [[nodiscard]] int birth_day() const { return field(6, 2); }
  [[nodiscard]] int appointment_year() const { return field(8, 4); }
  [[nodiscard]] int appointment_month() const { return field(12, 2); }
  [[nodiscard]] int sex_digit() const { return field(14, 1); }
  [[nodiscard]] int serial() const { return field(15, 3); }

  /// As printed under a signature: the groups separated by spaces, "19760316 200803 1 001".
  [[nodiscard]] std::string grouped() const;

 private:
  [[nodiscard]] int field(std::size_t from, std::size_t count) const;
};

/// Reads 18 digits; single spaces between the official groups (8, 6, 1, 3) are allowed and dropped. Whether
/// the digits make sense (a real birth date, …) is the nip check's business, not the reader's.
Parsed<Nip> parse_nip(std::string_view text);

}  // namespace naskah::plan
