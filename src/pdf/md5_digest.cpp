#include "md5_digest.hpp"

#include <hpdf.h>

#include <algorithm>

#include "hpdf_encrypt.h"

namespace naskah::pdf {

Md5Digest md5_of(std::string_view bytes) {
  HPDF_MD5_CTX context;
  HPDF_MD5Init(&context);
  // HPDF_MD5Update takes a 32-bit length: feed larger inputs in pieces.
  constexpr std::size_t piece = 1u << 30;
  for (std::size_t at = 0; at < bytes.size(); at += piece) {
    const std::size_t length = std::min(piece, bytes.size() - at);
    HPDF_MD5Update(&context, reinterpret_cast<const HPDF_BYTE*>(bytes.data() + at), static_cast<HPDF_UINT32>(length));
  }
  Md5Digest digest{};
  HPDF_MD5Final(digest.data(), &context);
  return digest;
}

}  // namespace naskah::pdf
