// text::TaskThread: tasks run one after another in the order given, finish() waits for them, and the thread's end
// runs what was still queued.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>
#include <vector>

#include "naskah/text/task_thread.hpp"

using namespace naskah;

TEST_CASE("a task thread runs its tasks in order, one at a time, and finish waits for them", "[task-thread]") {
  std::vector<int> ran;  // written by the task thread alone; read here after finish()
  std::atomic<int> running{0};
  std::atomic<bool> overlapped{false};
  text::TaskThread thread;
  for (int i = 0; i < 200; ++i) {
    thread.run([&, i] {
      if (running.fetch_add(1) != 0) overlapped = true;
      if (i % 50 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2));
      ran.push_back(i);
      running.fetch_sub(1);
    });
  }
  thread.finish();
  REQUIRE(ran.size() == 200);
  for (int i = 0; i < 200; ++i) CHECK(ran[static_cast<std::size_t>(i)] == i);
  CHECK_FALSE(overlapped);
}

TEST_CASE("a task thread's end runs the tasks still queued", "[task-thread]") {
  std::atomic<int> ran{0};
  {
    text::TaskThread thread;
    thread.run([] { std::this_thread::sleep_for(std::chrono::milliseconds(20)); });
    for (int i = 0; i < 10; ++i) thread.run([&] { ++ran; });
  }
  CHECK(ran == 10);
}
