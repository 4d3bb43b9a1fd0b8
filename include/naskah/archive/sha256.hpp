#pragma once
/// SHA-256, as an archive's manifest names its files and the template a document was built with: computed by
/// Nettle (nettle-dev), GnuTLS's cryptographic library, small enough to load with every build (a PDF/A-3b build
/// names its template's digest), so that naskah carries no implementation of its own.

#include <string>
#include <string_view>

namespace naskah::archive {

/// The digest as 64 lower-case hexadecimal digits.
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

}  // namespace naskah::archive
