// SHA-256 through qpdf's crypto provider: the standard's own test vectors (FIPS 180-2, appendix B).

#include <catch2/catch.hpp>

#include "naskah/archive/sha256.hpp"

using naskah::archive::sha256_hex;

TEST_CASE("SHA-256 of the FIPS 180-2 examples", "[sha256]") {
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}
