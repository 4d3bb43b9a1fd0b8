#include "pages_from_thread.hpp"

#include <utility>

namespace naskah::layout::detail {
namespace {

/// Thrown into make when its pages are no longer wanted: it ends the thread.
struct Abandoned {};

}  // namespace

void PagesFromThread::Queue::add_page(std::size_t sequence, std::size_t index, Page page) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return queue_.size() < capacity_ || abandoned_; });
  if (abandoned_) throw Abandoned{};
  queue_.push_back(Queued{sequence, index, std::move(page)});
  lock.unlock();
  changed_.notify_all();
}

void PagesFromThread::Queue::close(std::exception_ptr failure) {
  {
    std::lock_guard lock(mutex_);
    closed_ = true;
    failure_ = std::move(failure);
  }
  changed_.notify_all();
}

bool PagesFromThread::Queue::take(Queued& item) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return !queue_.empty() || closed_; });
  if (queue_.empty()) return false;
  item = std::move(queue_.front());
  queue_.pop_front();
  lock.unlock();
  changed_.notify_all();  // room for make
  return true;
}

void PagesFromThread::Queue::abandon() {
  {
    std::lock_guard lock(mutex_);
    abandoned_ = true;
    queue_.clear();
  }
  changed_.notify_all();
}

std::exception_ptr PagesFromThread::Queue::failure() {
  std::lock_guard lock(mutex_);
  return failure_;
}

PagesFromThread::PagesFromThread(std::function<void(PageSink&)> make, std::size_t queued_pages)
    : queue_(queued_pages), thread_([this, make = std::move(make)] {
        std::exception_ptr failure;
        try {
          make(queue_);
        } catch (const Abandoned&) {
        } catch (...) {
          failure = std::current_exception();
        }
        queue_.close(failure);
      }) {}

PagesFromThread::~PagesFromThread() {
  if (thread_.joinable()) {
    queue_.abandon();
    thread_.join();
  }
}

void PagesFromThread::take_into(PageSink& next) {
  Queue::Queued item{0, 0, Page{}};
  try {
    while (queue_.take(item)) next.add_page(item.sequence, item.index, std::move(item.page));
  } catch (...) {
    queue_.abandon();
    thread_.join();
    throw;
  }
  thread_.join();
  if (std::exception_ptr failure = queue_.failure()) std::rethrow_exception(failure);
}

}  // namespace naskah::layout::detail
