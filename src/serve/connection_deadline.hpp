#pragma once
// A total deadline for each connection of naskah serve. cpp-httplib 0.11 (Debian 12's) times each read and each
// write on its own and hands no accepted socket to the code around it (its per-connection function is private), so
// a client that sends its request a byte every few seconds never stalls and keeps a worker for as long as it
// likes. This watch finds the connections in the process's own open files instead: once a second it lists
// /proc/self/fd, notes when it first saw each connected socket of the server's port, and shuts down those older
// than the deadline. httplib's blocked read or write then returns, it closes the connection, and the worker is
// free. The listening socket is never touched, and a socket is shut down only through a duplicate of its
// descriptor whose inode is the one first seen, so a descriptor number reused by a newer connection is never hit.

#include <sys/types.h>

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <map>
#include <mutex>
#include <thread>

namespace naskah::serve {

class ConnectionDeadline {
 public:
  using clock = std::chrono::steady_clock;

  /// Watches the connections whose local port is `port`; none may stay open longer than `limit`.
  ConnectionDeadline(int port, clock::duration limit);
  ~ConnectionDeadline();
  ConnectionDeadline(const ConnectionDeadline&) = delete;
  ConnectionDeadline& operator=(const ConnectionDeadline&) = delete;

  /// Looks once a second on a thread of its own, until stop().
  void start();
  void stop();

  /// One look at `now`: notes the connections not seen before, shuts down those first seen `limit` or more
  /// before; the number shut down. The watch's thread calls it once started; the tests, without one.
  std::size_t sweep(clock::time_point now);

 private:
  struct Seen {
    ino_t inode;
    clock::time_point first;
    bool shut = false;
  };

  int port_;
  clock::duration limit_;
  std::map<int, Seen> seen_;  ///< by descriptor
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace naskah::serve
