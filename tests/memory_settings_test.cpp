// The allocator's settings for a process that builds many plans (src/cli/memory_settings).
#include <catch2/catch.hpp>

#include "../src/cli/memory_settings.hpp"

using naskah::cli::tunables_for_many_plans;

TEST_CASE("a process building many plans runs with a larger cache of freed blocks, unless told its size",
          "[memory]") {
  CHECK(tunables_for_many_plans("") == "glibc.malloc.tcache_count=1000");
  // The user's other tunables are kept, in their order.
  CHECK(tunables_for_many_plans("glibc.malloc.arena_max=2") ==
        "glibc.malloc.arena_max=2:glibc.malloc.tcache_count=1000");
  // The user's own size stands: nothing to change, and so no second start.
  CHECK_FALSE(tunables_for_many_plans("glibc.malloc.tcache_count=7").has_value());
  CHECK_FALSE(tunables_for_many_plans("glibc.malloc.mmap_threshold=65536:glibc.malloc.tcache_count=0").has_value());
}
