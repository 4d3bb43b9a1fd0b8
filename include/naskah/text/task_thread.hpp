#pragma once
/// A thread of its own that runs the tasks given to it one after another, in the order given: what puts a build's
/// files in place while the next is built (io::FilesPutInPlace), and deflates pages beside the thread that draws
/// them (pdf/page_deflater).

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

#include "naskah/text/thread_beside.hpp"

namespace naskah::text {

class TaskThread {
 public:
  TaskThread();
  /// Runs the tasks given before, then ends the thread.
  ~TaskThread();
  TaskThread(const TaskThread&) = delete;
  TaskThread& operator=(const TaskThread&) = delete;

  /// Queues `task`, which must not throw (it would end the program, as on any thread).
  void run(std::function<void()> task);
  /// Waits until every task given so far has run.
  void finish();

 private:
  void run_tasks();

  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::function<void()>> tasks_;
  std::size_t running_ = 0;
  bool closing_ = false;
  ThreadBeside thread_;  // last: started once the rest is in place, joined before it goes
};

}  // namespace naskah::text
