#include "naskah/io/file_identity.hpp"

namespace naskah::io {

std::optional<FileIdentity> identity_of(const std::string& path) {
  struct stat facts {};
  if (::stat(path.c_str(), &facts) != 0) return std::nullopt;
  return FileIdentity{facts.st_dev, facts.st_ino, facts.st_size, facts.st_mtim};
}

}  // namespace naskah::io
