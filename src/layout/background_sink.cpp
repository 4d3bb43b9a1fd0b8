#include "naskah/layout/background_sink.hpp"

#include <utility>

namespace naskah::layout {

BackgroundSink::BackgroundSink(PageSink& next, std::size_t queued_pages)
    : next_(next), capacity_(queued_pages == 0 ? 1 : queued_pages), thread_([this] { pass_on(); }) {}

BackgroundSink::~BackgroundSink() {
  {
    std::lock_guard lock(mutex_);
    abandoned_ = !closed_;
    closed_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void BackgroundSink::add_page(std::size_t sequence, std::size_t index, Page page) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return queue_.size() < capacity_ || failure_; });
  if (failure_) std::rethrow_exception(failure_);
  queue_.push_back(Queued{sequence, index, std::move(page)});
  lock.unlock();
  changed_.notify_all();
}

void BackgroundSink::finish() {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
  if (failure_) std::rethrow_exception(failure_);
}

void BackgroundSink::pass_on() {
  while (true) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !queue_.empty() || closed_; });
    if (abandoned_ || queue_.empty()) return;  // abandoned, or closed with nothing left
    Queued item = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    changed_.notify_all();  // room for layout
    try {
      next_.add_page(item.sequence, item.index, std::move(item.page));
    } catch (...) {
      lock.lock();
      failure_ = std::current_exception();
      queue_.clear();
      lock.unlock();
      changed_.notify_all();
      return;
    }
  }
}

}  // namespace naskah::layout
