#pragma once
// The server's workers: a fixed number of threads, and a bounded queue of connections waiting for one. When the
// queue is full the server stops accepting until a worker is free, so that the waiting is the system's listen
// queue's, not memory's: a flood of requests cannot grow the server.
// naskah batch shares the builds' machinery with the server (BuildResources, render_plan) but not this queue: its
// plans are all known before it starts, so its threads take the next of a list, and no one waits to add to it.

#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace naskah::serve {

class BoundedPool : public httplib::TaskQueue {
 public:
  BoundedPool(std::size_t workers, std::size_t waiting);
  ~BoundedPool() override;
  BoundedPool(const BoundedPool&) = delete;
  BoundedPool& operator=(const BoundedPool&) = delete;

  /// Waits while `waiting` connections are queued already.
  void enqueue(std::function<void()> job) override;
  void shutdown() override;

 private:
  void work();

  std::size_t waiting_;
  std::mutex mutex_;
  std::condition_variable job_ready_;
  std::condition_variable room_;
  std::deque<std::function<void()>> jobs_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace naskah::serve
