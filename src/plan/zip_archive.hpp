#pragma once
// Internal to the workbook reader: the entries of a zip archive held in memory, read through libzip (Debian's
// libzip-dev), never more of an entry than the caller allows. A zip bomb — an entry that inflates to gigabytes, or
// whose directory declares one size and whose data holds another — is stopped at the size declared, before a byte
// is inflated, or else at the limit while inflating.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

struct zip;

namespace naskah::plan::detail {

struct ZipEntry {
  enum class Outcome : unsigned char {
    read,       ///< bytes holds the whole entry
    missing,    ///< the archive has no such entry
    too_large,  ///< it inflates to more than the limit (declared or found so)
    encrypted,  ///< it needs a password
    damaged,    ///< it cannot be inflated (problem says why, in libzip's words)
  };
  Outcome outcome = Outcome::missing;
  std::string bytes;
  std::string problem;
};

class ZipArchive {
 public:
  /// The archive whose bytes are `bytes`, which must outlive it; nothing, with libzip's reason in `problem`, when
  /// they are not a zip archive or one whose directory is inconsistent.
  static std::unique_ptr<ZipArchive> open(std::string_view bytes, std::string& problem);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  /// Whether the archive has the entry; names are compared without regard to letter case, as a workbook's parts
  /// are named.
  [[nodiscard]] bool contains(std::string_view name) const;

  /// The entry inflated, if it is at most max_bytes.
  [[nodiscard]] ZipEntry read(std::string_view name, std::size_t max_bytes) const;

 private:
  explicit ZipArchive(struct zip* archive) : archive_(archive) {}
  struct zip* archive_;
};

}  // namespace naskah::plan::detail
