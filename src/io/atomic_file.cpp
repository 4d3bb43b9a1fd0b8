#include "naskah/io/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>
#include <vector>

#include "naskah/io/file_error.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::io {

namespace {

/// What could not be done ("cannot write out.pdf"), and why.
[[noreturn]] void fail(const std::string& what, int error_number) {
  throw FileError(fmt::format("{}: {}", what, std::strerror(error_number)));
}

/// The process's umask, read without changing it (umask(2) would race with other threads creating files):
/// Linux reports it in /proc/self/status; 022 when it cannot be read.
mode_t current_umask() {
  mode_t mask = 022;
  if (std::FILE* status = std::fopen("/proc/self/status", "re")) {
    char line[256];
    while (std::fgets(line, sizeof line, status) != nullptr) {
      unsigned value = 0;
      if (std::sscanf(line, "Umask: %o", &value) == 1) {
        mask = static_cast<mode_t>(value);
        break;
      }
    }
    std::fclose(status);
  }
  return mask;
}

/// Removes the temporary file unless it was renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
  TemporaryFile(TemporaryFile&& other) noexcept
      : fd_(std::exchange(other.fd_, -1)), kept_(std::exchange(other.kept_, true)), path_(std::move(other.path_)) {}
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!kept_) ::unlink(path_.c_str());
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;

  int fd_ = -1;
  bool kept_ = false;
  std::string path_;
};

/// The folder a file at path goes into.
std::filesystem::path folder_of(const std::filesystem::path& target) {
  return target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
}

/// The file a write to `path` replaces: `path` itself, or, when it is a symbolic link, the file the link leads to
/// (through every link on the way; a link to nothing leads to the name it gives), so that the link stays a link and
/// its target gets the content. Gives up after 40 links, as the kernel does (ELOOP).
std::string written_file(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path current(path);
  for (int links = 0; links < 40; ++links) {
    std::error_code error;
    if (!fs::is_symlink(fs::symlink_status(current, error))) return current.string();
    const fs::path target = fs::read_symlink(current, error);
    if (error) return current.string();
    current = target.is_absolute() ? target : folder_of(current) / target;
  }
  fail(text::tr("cannot write {}", path), ELOOP);
}

/// Creates the temporary file beside path (".<name>.XXXXXX"), open for writing; throws when it cannot.
TemporaryFile create_beside(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  if (!target.has_filename()) throw FileError(text::tr("cannot write {}: not a file name", path));
  const fs::path directory = folder_of(target);
  std::string pattern = (directory / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  const int fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (fd < 0) fail(text::tr("cannot create a file in {} (writing {})", directory.string(), path), errno);
  TemporaryFile temporary(name.data());
  temporary.fd_ = fd;
  return temporary;
}

/// The new file's owner and permissions: those of the file it replaces, so that a plan kept 0640 for its office's
/// group stays so; the group, and the owner too where the process may give it (root), as they were. A new file gets
/// what open(…, 0666) would give it: mkstemp makes it 0600, but a PDF is a document to share.
void keep_owner_and_mode(int fd, const std::string& path) {
  struct stat old {};
  if (::stat(path.c_str(), &old) != 0) {
    if (::fchmod(fd, 0666 & ~current_umask()) != 0) fail(text::tr("cannot set the permissions of {}", path), errno);
    return;
  }
  struct stat made {};
  if (::fstat(fd, &made) == 0 && (made.st_uid != old.st_uid || made.st_gid != old.st_gid)) {
    // Not permitted to everyone: a user may give a file only to a group of their own, and only root to another user.
    // What cannot be kept is not worth failing the write for; the permissions below still are.
    if (::fchown(fd, old.st_uid, old.st_gid) != 0 && ::fchown(fd, static_cast<uid_t>(-1), old.st_gid) != 0) {
      // Neither: the file stays the process's, as any file it makes would be.
    }
  }
  if (::fchmod(fd, old.st_mode & 07777) != 0) fail(text::tr("cannot set the permissions of {}", path), errno);
}

/// The temporary file beside path, written in full and closed, then put in place by `place` (which returns false
/// when path exists and is to be kept). Returns what `place` returned.
/// The temporary file beside path, written in full (not yet flushed to disk).
TemporaryFile written_beside(const std::string& path, const std::function<void(const ByteWriter&)>& produce) {
  TemporaryFile temporary = create_beside(path);
  const int fd = temporary.fd_;

  produce([&](std::string_view bytes) {
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
      const ssize_t written = ::write(fd, data, left);
      if (written < 0) {
        if (errno == EINTR) continue;
        fail(text::tr("cannot write {}", path), errno);
      }
      data += written;
      left -= static_cast<std::size_t>(written);
    }
  });
  keep_owner_and_mode(fd, path);
  return temporary;
}

/// The temporary file flushed to disk, closed and put in place by `place` (which returns false when path exists
/// and is to be kept). Returns what `place` returned.
template <class Place>
bool put_in_place(TemporaryFile& temporary, const std::string& path, Place place) {
  const int fd = temporary.fd_;
  if (::fsync(fd) != 0) fail(text::tr("cannot write {}", path), errno);
  const int close_result = ::close(fd);
  temporary.fd_ = -1;
  if (close_result != 0) fail(text::tr("cannot write {}", path), errno);
  if (!place(temporary.path_)) return false;
  temporary.kept_ = true;
  return true;
}

/// The temporary file beside path, written in full and closed, then put in place by `place`.
template <class Place>
bool write_beside(const std::string& path, const std::function<void(const ByteWriter&)>& produce, Place place) {
  TemporaryFile temporary = written_beside(path, produce);
  return put_in_place(temporary, path, place);
}

/// Renames the temporary file over `target` (`path` names it in messages).
bool rename_over(const std::string& temporary, const std::string& target, const std::string& path) {
  if (::rename(temporary.c_str(), target.c_str()) != 0) fail(text::tr("cannot replace {}", path), errno);
  return true;
}

/// What writes a whole buffer at once.
std::function<void(const ByteWriter&)> all_of(std::string_view bytes) {
  return [bytes](const ByteWriter& write) { write(bytes); };
}

}  // namespace

std::optional<std::string> unwritable_reason(const std::string& path) {
  struct stat status {};
  if (!path.empty() && ::stat(path.c_str(), &status) == 0 && S_ISDIR(status.st_mode)) {
    return text::tr("cannot write {}: it is a folder; name the file to write in it", path);
  }
  try {
    [[maybe_unused]] TemporaryFile probe = create_beside(written_file(path));  // removed again at the end of this scope
  } catch (const FileError& error) {
    return std::string(error.what());
  }
  return std::nullopt;
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
  write_file_atomically(path, all_of(bytes));
}

void write_file_atomically(const std::string& path, const std::function<void(const ByteWriter&)>& produce) {
  const std::string target = written_file(path);
  write_beside(target, produce, [&](const std::string& temporary) { return rename_over(temporary, target, path); });
}

void write_file_atomically(const std::string& path, const std::function<void(const ByteWriter&)>& produce,
                           FilesPutInPlace& placer, FilesPutInPlace::Done done) {
  const std::string target = written_file(path);
  auto temporary = std::make_shared<TemporaryFile>(written_beside(target, produce));
  placer.add([temporary, target, path, done = std::move(done)]() mutable {
    std::optional<std::string> problem;
    try {
      put_in_place(*temporary, target, [&](const std::string& name) { return rename_over(name, target, path); });
    } catch (const FileError& error) {
      problem = error.what();
    }
    temporary.reset();  // closed, and removed unless in place, before the writer hears of it
    done(problem);
  });
}

bool write_new_file_atomically(const std::string& path, std::string_view bytes) {
  return write_beside(path, all_of(bytes), [&](const std::string& temporary) {
    if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE) == 0) return true;
    if (errno == EEXIST) return false;
    if (errno != EINVAL && errno != ENOSYS) fail(text::tr("cannot write {}", path), errno);
    // A file system without RENAME_NOREPLACE: test, then rename.
    if (::access(path.c_str(), F_OK) == 0) return false;
    if (errno != ENOENT) fail(text::tr("cannot write {}", path), errno);
    if (::rename(temporary.c_str(), path.c_str()) != 0) fail(text::tr("cannot write {}", path), errno);
    return true;
  });
}

}  // namespace naskah::io
