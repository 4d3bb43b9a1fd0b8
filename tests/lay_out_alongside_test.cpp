#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "naskah/layout/lay_out_alongside.hpp"

using namespace naskah;

namespace {

layout::Page labelled(const std::string& label) {
  layout::Page page;
  page.label = label;
  return page;
}

/// Records what it is given and on which thread; can be told to fail at a page, or to be slow.
struct Recorder final : layout::PageSink {
  std::vector<std::string> labels;
  std::vector<std::thread::id> threads;
  std::string fail_at;
  std::chrono::milliseconds delay{0};
  std::atomic<int> taken{0};
  void add_page(std::size_t, std::size_t, layout::Page page) override {
    if (page.label == fail_at) throw std::runtime_error("cannot draw " + page.label);
    std::this_thread::sleep_for(delay);
    labels.push_back(page.label);
    threads.push_back(std::this_thread::get_id());
    ++taken;
  }
};

}  // namespace

TEST_CASE("layout runs on a thread of its own, its pages reach the sink here, in order", "[layout][alongside]") {
  Recorder recorder;
  std::thread::id layout_thread;
  layout::lay_out_alongside(
      [&](layout::PageSink& sink) {
        layout_thread = std::this_thread::get_id();
        for (int i = 1; i <= 20; ++i) sink.add_page(0, static_cast<std::size_t>(i - 1), labelled(std::to_string(i)));
      },
      recorder, 2);
  REQUIRE(recorder.labels.size() == 20);
  for (int i = 1; i <= 20; ++i) CHECK(recorder.labels[static_cast<std::size_t>(i - 1)] == std::to_string(i));
  CHECK(layout_thread != std::this_thread::get_id());
  for (std::thread::id id : recorder.threads) CHECK(id == std::this_thread::get_id());
}

TEST_CASE("layout waits when the queue is full, so that pages are not piled up", "[layout][alongside]") {
  Recorder recorder;
  recorder.delay = std::chrono::milliseconds(2);
  int most_waiting = 0;
  layout::lay_out_alongside(
      [&](layout::PageSink& sink) {
        for (int i = 0; i < 30; ++i) {
          sink.add_page(0, static_cast<std::size_t>(i), labelled(std::to_string(i)));
          most_waiting = std::max(most_waiting, i + 1 - recorder.taken.load());
        }
      },
      recorder, 3);
  // Three queued and one being drawn at the most.
  CHECK(most_waiting <= 4);
  CHECK(recorder.labels.size() == 30);
}

TEST_CASE("what drawing throws stops layout and is rethrown", "[layout][alongside]") {
  Recorder recorder;
  recorder.fail_at = "3";
  int laid_out = 0;
  CHECK_THROWS_WITH(layout::lay_out_alongside(
                        [&](layout::PageSink& sink) {
                          for (int i = 1; i <= 100000; ++i) {
                            sink.add_page(0, static_cast<std::size_t>(i - 1), labelled(std::to_string(i)));
                            ++laid_out;
                          }
                        },
                        recorder, 2),
                    "cannot draw 3");
  CHECK(recorder.labels == std::vector<std::string>{"1", "2"});
  CHECK(laid_out < 100000);  // layout was stopped, not run to its end
}

TEST_CASE("what layout throws is rethrown, after the pages it finished", "[layout][alongside]") {
  Recorder recorder;
  CHECK_THROWS_WITH(layout::lay_out_alongside(
                        [&](layout::PageSink& sink) {
                          sink.add_page(0, 0, labelled("1"));
                          throw std::runtime_error("layout failed");
                        },
                        recorder),
                    "layout failed");
}
