#pragma once
/// A kode of the nomenclature (Kepmendagri 050-5889): program 4.02.01, kegiatan 4.02.01.2.01, sub kegiatan
/// 4.02.01.2.01.0001 — groups of letters and digits separated by dots.

#include <string>
#include <string_view>

#include "naskah/plan/parsed.hpp"

namespace naskah::plan {

/// The kode as written, or why it is none.
Parsed<std::string> parse_kode(std::string_view text);

}  // namespace naskah::plan
