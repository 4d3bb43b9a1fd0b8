#include "naskah/io/source_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "naskah/text/read_up_to.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::io {
namespace {

/// Closes the descriptor on every way out.
struct Descriptor {
  int fd;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

SourceFile read_source_file(const std::string& path, std::size_t max_bytes) {
  SourceFile result;
  Descriptor file{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (file.fd < 0) {
    result.problem = std::strerror(errno);
    return result;
  }
  struct stat status {};
  if (::fstat(file.fd, &status) != 0) {
    result.problem = std::strerror(errno);
    return result;
  }
  if (S_ISDIR(status.st_mode)) {
    result.problem = text::tr_text("it is a folder, not a file");
    return result;
  }
  // A regular file says its size: refuse a large one before reading it. Others (a pipe, /dev/stdin) are read
  // up to one byte past the limit.
  const bool regular = S_ISREG(status.st_mode);
  if (regular && static_cast<std::size_t>(status.st_size) > max_bytes) {
    result.too_large = true;
    return result;
  }
  std::string bytes;
  if (regular) {
    // Read straight into the string, as much as the file says it holds; then on as below, should it have grown.
    bytes.resize(static_cast<std::size_t>(status.st_size));
    int error = 0;
    bytes.resize(text::read_up_to(file.fd, bytes.data(), bytes.size(), error));  // shorter: cut short while read
    if (error != 0) {
      result.problem = std::strerror(error);
      return result;
    }
  }
  char buffer[65536];
  while (true) {
    const ssize_t got = ::read(file.fd, buffer, sizeof buffer);
    if (got < 0) {
      if (errno == EINTR) continue;
      result.problem = std::strerror(errno);
      return result;
    }
    if (got == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(got));
    if (bytes.size() > max_bytes) {  // a file that grew while being read, or a stream without end
      result.too_large = true;
      return result;
    }
  }
  result.bytes = std::move(bytes);
  return result;
}

}  // namespace naskah::io
