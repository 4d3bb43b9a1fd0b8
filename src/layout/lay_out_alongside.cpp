#include "naskah/layout/lay_out_alongside.hpp"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace naskah::layout {
namespace {

/// Thrown into layout when the pages are no longer wanted (drawing failed): it ends layout's thread.
struct Abandoned {};

/// The pages between the two threads.
class PageQueue final : public PageSink {
 public:
  struct Queued {
    std::size_t sequence;
    std::size_t index;
    Page page;
  };

  explicit PageQueue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}

  // Layout's side.
  void add_page(std::size_t sequence, std::size_t index, Page page) override {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return queue_.size() < capacity_ || abandoned_; });
    if (abandoned_) throw Abandoned{};
    queue_.push_back(Queued{sequence, index, std::move(page)});
    lock.unlock();
    changed_.notify_all();
  }
  void close(std::exception_ptr failure) {
    {
      std::lock_guard lock(mutex_);
      closed_ = true;
      failure_ = std::move(failure);
    }
    changed_.notify_all();
  }

  // The drawing side.
  std::optional<Queued> take() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !queue_.empty() || closed_; });
    if (queue_.empty()) return std::nullopt;
    Queued item = std::move(queue_.front());
    queue_.pop_front();
    lock.unlock();
    changed_.notify_all();  // room for layout
    return item;
  }
  void abandon() {
    {
      std::lock_guard lock(mutex_);
      abandoned_ = true;
      queue_.clear();
    }
    changed_.notify_all();
  }
  [[nodiscard]] std::exception_ptr failure() {
    std::lock_guard lock(mutex_);
    return failure_;
  }

 private:
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Queued> queue_;
  bool closed_ = false;     ///< layout has ended
  bool abandoned_ = false;  ///< drawing has ended: no more pages wanted
  std::exception_ptr failure_;
};

}  // namespace

void lay_out_alongside(const std::function<void(PageSink&)>& lay_out, PageSink& next, std::size_t queued_pages) {
  PageQueue queue(queued_pages);
  std::thread layout_thread([&] {
    std::exception_ptr failure;
    try {
      lay_out(queue);
    } catch (const Abandoned&) {
    } catch (...) {
      failure = std::current_exception();
    }
    queue.close(failure);
  });
  try {
    while (std::optional<PageQueue::Queued> item = queue.take()) {
      next.add_page(item->sequence, item->index, std::move(item->page));
    }
  } catch (...) {
    queue.abandon();
    layout_thread.join();
    throw;
  }
  layout_thread.join();
  if (std::exception_ptr failure = queue.failure()) std::rethrow_exception(failure);
}

}  // namespace naskah::layout
