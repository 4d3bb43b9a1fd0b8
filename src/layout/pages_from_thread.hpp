#pragma once
/// Pages made on a thread of their own and taken on another, in the order they were made, at most a few of them
/// waiting at a time: what lets the PDF draw one page while layout makes the next (lay_out_alongside.hpp), and a
/// long page sequence be paginated while the sequences before it are (layout_document.cpp).

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

#include "naskah/layout/page_sink.hpp"
#include "naskah/text/thread_beside.hpp"

namespace naskah::layout::detail {

class PagesFromThread {
 public:
  /// Starts make(sink) on a thread of its own; its pages wait for take_into, at most `queued_pages` of them (make
  /// waits while they are there).
  PagesFromThread(std::function<void(PageSink&)> make, std::size_t queued_pages);
  /// Pages not yet taken are no longer wanted: make is stopped at its next page (by an exception it does not see
  /// leave the thread) and the thread joined.
  ~PagesFromThread();
  PagesFromThread(const PagesFromThread&) = delete;
  PagesFromThread& operator=(const PagesFromThread&) = delete;

  /// Hands every page on to `next` as it comes, until make has returned; then rethrows what make threw. What
  /// `next` throws stops make first.
  void take_into(PageSink& next);

 private:
  class Queue final : public PageSink {
   public:
    struct Queued {
      std::size_t sequence;
      std::size_t index;
      Page page;
    };
    explicit Queue(std::size_t capacity) : capacity_(capacity == 0 ? 1 : capacity) {}
    void add_page(std::size_t sequence, std::size_t index, Page page) override;  // the making side
    void close(std::exception_ptr failure);
    bool take(Queued& item);  // the taking side: false once closed and empty
    void abandon();
    [[nodiscard]] std::exception_ptr failure();

   private:
    const std::size_t capacity_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Queued> queue_;
    bool closed_ = false;     ///< make has returned
    bool abandoned_ = false;  ///< no more pages wanted
    std::exception_ptr failure_;
  };

  Queue queue_;
  text::ThreadBeside thread_;
};

}  // namespace naskah::layout::detail
