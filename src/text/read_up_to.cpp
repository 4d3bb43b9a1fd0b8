#include "naskah/text/read_up_to.hpp"

#include <unistd.h>

#include <cerrno>

namespace naskah::text {

std::size_t read_up_to(int fd, char* into, std::size_t size, int& error) {
  error = 0;
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::read(fd, into + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) error = errno;
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  return got;
}

}  // namespace naskah::text
