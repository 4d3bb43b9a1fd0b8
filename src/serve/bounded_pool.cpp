#include "bounded_pool.hpp"

namespace naskah::serve {

BoundedPool::BoundedPool(std::size_t workers, std::size_t waiting) : waiting_(waiting) {
  for (std::size_t i = 0; i < workers; ++i) threads_.emplace_back([this] { work(); });
}

BoundedPool::~BoundedPool() { shutdown(); }

void BoundedPool::enqueue(std::function<void()> job) {
  std::unique_lock lock(mutex_);
  room_.wait(lock, [&] { return jobs_.size() < waiting_ || stopping_; });
  if (stopping_) return;
  jobs_.push_back(std::move(job));
  job_ready_.notify_one();
}

void BoundedPool::shutdown() {
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && threads_.empty()) return;
    stopping_ = true;
  }
  job_ready_.notify_all();
  room_.notify_all();
  for (std::thread& thread : threads_) thread.join();
  threads_.clear();
}

void BoundedPool::work() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      job_ready_.wait(lock, [&] { return !jobs_.empty() || stopping_; });
      if (jobs_.empty()) return;  // stopping, and nothing left to answer
      job = std::move(jobs_.front());
      jobs_.pop_front();
      room_.notify_one();
    }
    job();
  }
}

}  // namespace naskah::serve
