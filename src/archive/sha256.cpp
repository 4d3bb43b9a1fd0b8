#include "naskah/archive/sha256.hpp"

#include <qpdf/QPDFCryptoProvider.hh>

namespace naskah::archive {

std::string sha256_hex(std::string_view bytes) {
  std::shared_ptr<QPDFCryptoImpl> crypto = QPDFCryptoProvider::getImpl();
  crypto->SHA2_init(256);
  crypto->SHA2_update(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  crypto->SHA2_finalize();
  const std::string digest = crypto->SHA2_digest();
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char byte : digest) {
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
  }
  return out;
}

}  // namespace naskah::archive
