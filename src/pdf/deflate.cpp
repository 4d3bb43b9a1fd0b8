#include "deflate.hpp"

#include <zlib.h>

namespace naskah::pdf {

bool deflate(std::string_view bytes, std::string& out) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  out.resize(size);
  const int status = compress2(reinterpret_cast<Bytef*>(out.data()), &size,
                               reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uLong>(bytes.size()),
                               Z_DEFAULT_COMPRESSION);
  if (status != Z_OK) return false;
  out.resize(size);
  return true;
}

}  // namespace naskah::pdf
