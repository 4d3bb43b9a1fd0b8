#pragma once
/// What identifies a file's content without reading it — device, inode, size and modification time — so that what
/// was read and checked from a file can be used again while the file is unchanged (a batch's logo and fonts).

#include <sys/stat.h>

#include <optional>
#include <string>

namespace naskah::io {

struct FileIdentity {
  dev_t device = 0;
  ino_t inode = 0;
  off_t size = 0;
  timespec modified{};

  bool operator==(const FileIdentity& other) const {
    return device == other.device && inode == other.inode && size == other.size &&
           modified.tv_sec == other.modified.tv_sec && modified.tv_nsec == other.modified.tv_nsec;
  }
};

/// The file's identity now, or nothing when it cannot be had (no such file).
std::optional<FileIdentity> identity_of(const std::string& path);

}  // namespace naskah::io
