#include "connection_deadline.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <optional>
#include <string_view>
#include <vector>

namespace naskah::serve {
namespace {

/// A descriptor of the process held through a duplicate of its own: whatever happens to the original number
/// meanwhile (closed, reused), every question and the shutdown are about one and the same open file.
class HeldFile {
 public:
  explicit HeldFile(int fd) : fd_(fcntl(fd, F_DUPFD_CLOEXEC, 0)) {}
  ~HeldFile() {
    if (fd_ >= 0) close(fd_);
  }
  HeldFile(const HeldFile&) = delete;
  HeldFile& operator=(const HeldFile&) = delete;

  /// The inode of a connected TCP socket whose local port is `port`; nothing for any other file, and for the
  /// listening socket.
  [[nodiscard]] std::optional<ino_t> connection_on(int port) const {
    struct stat status {};
    if (fd_ < 0 || fstat(fd_, &status) != 0 || !S_ISSOCK(status.st_mode)) return std::nullopt;
    int value = 0;
    socklen_t length = sizeof value;
    if (getsockopt(fd_, SOL_SOCKET, SO_ACCEPTCONN, &value, &length) != 0 || value != 0) return std::nullopt;
    length = sizeof value;
    if (getsockopt(fd_, SOL_SOCKET, SO_TYPE, &value, &length) != 0 || value != SOCK_STREAM) return std::nullopt;
    sockaddr_storage address{};
    socklen_t address_length = sizeof address;
    if (getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &address_length) != 0) return std::nullopt;
    in_port_t local = 0;
    if (address.ss_family == AF_INET) {
      local = reinterpret_cast<const sockaddr_in&>(address).sin_port;
    } else if (address.ss_family == AF_INET6) {
      local = reinterpret_cast<const sockaddr_in6&>(address).sin6_port;
    } else {
      return std::nullopt;
    }
    if (ntohs(local) != port) return std::nullopt;
    return status.st_ino;
  }

  /// Both directions: the peer sees the end, and a read or write blocked on the socket returns.
  void shut_down() const { shutdown(fd_, SHUT_RDWR); }

 private:
  int fd_;
};

/// The process's descriptors that are sockets, read from /proc/self/fd (the link names a socket "socket:[inode]").
std::vector<int> socket_descriptors() {
  std::vector<int> found;
  DIR* folder = opendir("/proc/self/fd");
  if (folder == nullptr) return found;
  const int own = dirfd(folder);
  while (const dirent* entry = readdir(folder)) {
    const std::string_view name = entry->d_name;
    int fd = -1;
    auto [end, error] = std::from_chars(name.data(), name.data() + name.size(), fd);
    if (error != std::errc() || end != name.data() + name.size() || fd == own) continue;
    char link[64];
    const ssize_t length = readlinkat(own, entry->d_name, link, sizeof link);
    if (length > 0 && std::string_view(link, static_cast<std::size_t>(length)).starts_with("socket:")) {
      found.push_back(fd);
    }
  }
  closedir(folder);
  return found;
}

}  // namespace

ConnectionDeadline::ConnectionDeadline(int port, clock::duration limit) : port_(port), limit_(limit) {}

ConnectionDeadline::~ConnectionDeadline() { stop(); }

void ConnectionDeadline::start() {
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, std::chrono::seconds(1), [this] { return stopping_; })) {
      lock.unlock();
      sweep(clock::now());
      lock.lock();
    }
  });
}

void ConnectionDeadline::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

std::size_t ConnectionDeadline::sweep(clock::time_point now) {
  std::size_t shut = 0;
  std::map<int, Seen> still_open;
  for (const int fd : socket_descriptors()) {
    const HeldFile held(fd);
    const std::optional<ino_t> inode = held.connection_on(port_);
    if (!inode) continue;
    const auto before = seen_.find(fd);
    Seen seen = before != seen_.end() && before->second.inode == *inode ? before->second : Seen{*inode, now};
    if (!seen.shut && now - seen.first >= limit_) {
      held.shut_down();
      seen.shut = true;
      ++shut;
    }
    still_open.emplace(fd, seen);
  }
  seen_ = std::move(still_open);
  return shut;
}

}  // namespace naskah::serve
