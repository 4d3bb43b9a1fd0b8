// Threads started on another core than their creator's (text/thread_beside): the cores they are first allowed, that
// they run there and then anywhere, and the task's result, failure and join.
#include "naskah/text/thread_beside.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <vector>

using naskah::text::cores_besides;
using naskah::text::TaskBeside;
using naskah::text::ThreadBeside;

namespace {

cpu_set_t cores(std::initializer_list<int> numbers) {
  cpu_set_t set;
  CPU_ZERO(&set);
  for (int n : numbers) CPU_SET(n, &set);
  return set;
}

bool same(const cpu_set_t& a, const cpu_set_t& b) { return CPU_EQUAL(&a, &b) != 0; }

}  // namespace

TEST_CASE("A thread beside is first allowed the cores other than its creator's", "[thread_beside]") {
  CHECK(same(cores_besides(cores({0, 1, 2}), 1), cores({0, 2})));
  CHECK(same(cores_besides(cores({0, 1}), 0), cores({1})));
  CHECK(CPU_COUNT(&static_cast<const cpu_set_t&>(cores_besides(cores({3}), 3))) == 0);  // one core: no choice
  CHECK(same(cores_besides(cores({0, 1}), 5), cores({0, 1})));  // a core outside the set takes nothing away
}

TEST_CASE("A thread beside starts on another core, then may run on all of them", "[thread_beside]") {
  cpu_set_t allowed;
  REQUIRE(sched_getaffinity(0, sizeof allowed, &allowed) == 0);
  constexpr int threads = 20;
  int elsewhere = 0;
  for (int i = 0; i < threads; ++i) {
    const int creator = sched_getcpu();
    int started_on = -1;
    cpu_set_t then_allowed;
    CPU_ZERO(&then_allowed);
    {
      ThreadBeside thread([&] {
        started_on = sched_getcpu();
        sched_getaffinity(0, sizeof then_allowed, &then_allowed);
      });
    }  // joined here
    CHECK(same(then_allowed, allowed));
    if (started_on != creator) ++elsewhere;
  }
  if (CPU_COUNT(&allowed) > 1) {
    // The creator may move between its own look at its core and the thread's start, rarely: one in twenty is let be.
    CHECK(elsewhere >= threads - 1);
  } else {
    CHECK(elsewhere == 0);
  }
}

TEST_CASE("A task beside gives its result or rethrows, and is joined when it goes", "[thread_beside]") {
  TaskBeside<int> answer([] { return 6 * 7; });
  REQUIRE(answer.valid());
  CHECK(answer.get() == 42);
  CHECK_FALSE(answer.valid());

  TaskBeside<void> failing([] { throw std::runtime_error("no"); });
  CHECK_THROWS_AS(failing.get(), std::runtime_error);

  std::atomic<bool> done{false};
  {
    TaskBeside<void> unread([&] { done = true; });
  }
  CHECK(done);

  TaskBeside<std::vector<int>> moved;
  CHECK_FALSE(moved.valid());
  moved = TaskBeside<std::vector<int>>([] { return std::vector<int>{1, 2}; });
  CHECK(moved.get() == std::vector<int>{1, 2});
}
