#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "naskah/layout/background_sink.hpp"

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

TEST_CASE("pages reach the other sink in order, on a thread of their own", "[layout][sink]") {
  Recorder recorder;
  layout::BackgroundSink sink(recorder, 2);
  for (int i = 1; i <= 20; ++i) sink.add_page(0, static_cast<std::size_t>(i - 1), labelled(std::to_string(i)));
  sink.finish();
  REQUIRE(recorder.labels.size() == 20);
  for (int i = 1; i <= 20; ++i) CHECK(recorder.labels[static_cast<std::size_t>(i - 1)] == std::to_string(i));
  for (std::thread::id id : recorder.threads) CHECK(id != std::this_thread::get_id());
}

TEST_CASE("layout waits when the queue is full, so that pages are not piled up", "[layout][sink]") {
  Recorder recorder;
  recorder.delay = std::chrono::milliseconds(2);
  layout::BackgroundSink sink(recorder, 3);
  int most_waiting = 0;
  for (int i = 0; i < 30; ++i) {
    sink.add_page(0, static_cast<std::size_t>(i), labelled(std::to_string(i)));
    most_waiting = std::max(most_waiting, i + 1 - recorder.taken.load());
  }
  sink.finish();
  // Three queued and one being passed on at the most.
  CHECK(most_waiting <= 4);
  CHECK(recorder.labels.size() == 30);
}

TEST_CASE("what the other sink throws reaches layout, which stops", "[layout][sink]") {
  Recorder recorder;
  recorder.fail_at = "3";
  layout::BackgroundSink sink(recorder, 2);
  bool thrown = false;
  try {
    for (int i = 1; i <= 1000; ++i) sink.add_page(0, static_cast<std::size_t>(i - 1), labelled(std::to_string(i)));
    sink.finish();
  } catch (const std::runtime_error& e) {
    thrown = true;
    CHECK(std::string(e.what()) == "cannot draw 3");
  }
  CHECK(thrown);
  CHECK(recorder.labels == std::vector<std::string>{"1", "2"});
}

TEST_CASE("a sink given up without finish drops the pages still waiting and ends", "[layout][sink]") {
  Recorder recorder;
  recorder.delay = std::chrono::milliseconds(20);
  {
    layout::BackgroundSink sink(recorder, 8);
    for (int i = 0; i < 8; ++i) sink.add_page(0, static_cast<std::size_t>(i), labelled(std::to_string(i)));
  }  // as when layout throws: no finish()
  CHECK(recorder.labels.size() < 8);
}
