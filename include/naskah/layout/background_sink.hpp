#pragma once
/// A PageSink that passes pages on to another sink on a thread of its own, so that drawing and compressing the
/// PDF of one page overlaps laying out the next: on a machine with a core to spare, a long document takes little
/// more than its layout. The other sink sees the pages in the order they came, from that one thread only.

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include "naskah/layout/page_sink.hpp"

namespace naskah::layout {

class BackgroundSink final : public PageSink {
 public:
  /// At most `queued_pages` pages wait for `next` at a time: layout waits when they are there.
  explicit BackgroundSink(PageSink& next, std::size_t queued_pages = 8);
  /// Without finish() (layout failed), the pages still waiting are dropped and the thread ends.
  ~BackgroundSink() override;
  BackgroundSink(const BackgroundSink&) = delete;
  BackgroundSink& operator=(const BackgroundSink&) = delete;

  /// Queues the page. Rethrows, here, what `next` threw for an earlier page, so that layout stops.
  void add_page(std::size_t sequence, std::size_t index, Page page) override;

  /// Waits until `next` has taken every page; rethrows what it threw.
  void finish();

 private:
  struct Queued {
    std::size_t sequence;
    std::size_t index;
    Page page;
  };

  void pass_on();

  PageSink& next_;
  const std::size_t capacity_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Queued> queue_;
  bool closed_ = false;     ///< no more pages will come
  bool abandoned_ = false;  ///< the pages waiting are not wanted
  std::exception_ptr failure_;
  std::thread thread_;  ///< last: started once everything it uses is there
};

}  // namespace naskah::layout
