// MD5 through libharu, as an embedded file's /CheckSum: RFC 1321's test suite.

#include <catch2/catch.hpp>

#include <string>

#include "../src/pdf/md5_digest.hpp"

namespace {
std::string hex(const naskah::pdf::Md5Digest& digest) {
  std::string out;
  for (unsigned byte : digest) out += "0123456789abcdef"[byte >> 4], out += "0123456789abcdef"[byte & 0xF];
  return out;
}
}  // namespace

TEST_CASE("MD5 of RFC 1321's examples", "[md5]") {
  CHECK(hex(naskah::pdf::md5_of("")) == "d41d8cd98f00b204e9800998ecf8427e");
  CHECK(hex(naskah::pdf::md5_of("abc")) == "900150983cd24fb0d6963f7d28e17f72");
  CHECK(hex(naskah::pdf::md5_of("12345678901234567890123456789012345678901234567890123456789012345678901234567890")) ==
        "57edf4a22be3c955ac49da2e2107b67a");
}
