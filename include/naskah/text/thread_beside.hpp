#pragma once
/// Threads that start at once on a core other than their creator's.
///
/// Linux puts a new thread on its creator's core and moves it to an idle one when load balancing next notices,
/// which on a machine of two cores (a virtual one above all) was 1.7–5 ms later for one thread in six, measured:
/// the thread waited while its creator ran on. A build of the sample starts five threads, each to win a
/// millisecond or two, so those late starts made the same build take 15 ms one time and 21 the next. A thread
/// started here is created allowed only on the cores its creator is not running on, so the kernel wakes one of
/// them at once; its first act is to allow itself every core again, to be placed freely from then on. Where the
/// process may run on one core only, or the masks cannot be had, it starts as any other thread.

#include <pthread.h>
#include <sched.h>

#include <functional>
#include <future>
#include <memory>
#include <utility>

namespace naskah::text {

/// The cores of `allowed` other than `here`: where a thread started from core `here` is first allowed to run.
/// Empty when `allowed` holds `here` alone (the thread then starts as any other).
cpu_set_t cores_besides(const cpu_set_t& allowed, int here);

/// A thread running `work`, joined when it is destroyed (as std::jthread). Throws std::system_error when no
/// thread can be made, as std::thread does; `work` must not throw (it would end the program, as in std::thread).
class ThreadBeside {
 public:
  ThreadBeside() = default;
  explicit ThreadBeside(std::function<void()> work);
  ThreadBeside(ThreadBeside&& other) noexcept : id_(other.id_), running_(std::exchange(other.running_, false)) {}
  ThreadBeside& operator=(ThreadBeside&& other) noexcept;
  ThreadBeside(const ThreadBeside&) = delete;
  ThreadBeside& operator=(const ThreadBeside&) = delete;
  ~ThreadBeside() { join(); }

  [[nodiscard]] bool joinable() const { return running_; }
  void join();

 private:
  pthread_t id_{};
  bool running_ = false;
};

/// A result computed on a ThreadBeside, as std::async(std::launch::async, …) computes it: get() waits and
/// rethrows what the work threw, and the thread is joined at the latest when the task is destroyed.
template <class Result>
class TaskBeside {
 public:
  TaskBeside() = default;
  template <class Work>
  explicit TaskBeside(Work&& work) {
    auto task = std::make_shared<std::packaged_task<Result()>>(std::forward<Work>(work));
    result_ = task->get_future();
    thread_ = ThreadBeside([task] { (*task)(); });
  }

  [[nodiscard]] bool valid() const { return result_.valid(); }
  /// The result, once: the task is no longer valid() after.
  Result get() { return result_.get(); }

 private:
  std::future<Result> result_;
  ThreadBeside thread_;  // after result_: joined before the future goes
};

}  // namespace naskah::text
