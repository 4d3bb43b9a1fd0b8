// BoundedPool: no more jobs run at once than it has workers, and a full queue holds the one who adds to it until
// a worker takes a job.

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "../src/serve/bounded_pool.hpp"

using namespace std::chrono_literals;

TEST_CASE("at most as many jobs run at once as there are workers, and every job runs", "[serve]") {
  std::atomic<int> running{0}, most{0}, done{0};
  {
    naskah::serve::BoundedPool pool(2, 4);
    for (int i = 0; i < 12; ++i) {
      pool.enqueue([&] {
        const int now = ++running;
        int seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        std::this_thread::sleep_for(5ms);
        --running;
        ++done;
      });
    }
    pool.shutdown();
  }
  CHECK(most.load() == 2);
  CHECK(done.load() == 12);
}

TEST_CASE("adding to a full queue waits until a worker is free", "[serve]") {
  naskah::serve::BoundedPool pool(1, 1);
  std::promise<void> release;
  std::shared_future<void> released = release.get_future().share();
  pool.enqueue([released] { released.wait(); });  // the worker is busy
  std::this_thread::sleep_for(20ms);
  pool.enqueue([] {});                             // the queue is full
  auto third = std::async(std::launch::async, [&] { pool.enqueue([] {}); });
  CHECK(third.wait_for(100ms) == std::future_status::timeout);
  release.set_value();
  CHECK(third.wait_for(2s) == std::future_status::ready);
  pool.shutdown();
}
