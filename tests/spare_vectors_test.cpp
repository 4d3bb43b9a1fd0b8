// A paragraph's passing vectors kept on the thread for the next paragraph (src/layout/spare_vectors.hpp).
#include <catch2/catch.hpp>

#include <thread>
#include <vector>

#include "../src/layout/spare_vectors.hpp"

using naskah::layout::detail::SpareVectors;

namespace {
struct Marker {  // a type of this test's own: no other code on the thread shares its spares
  int value = 0;
};
}  // namespace

TEST_CASE("a vector given back is taken again empty, with its memory", "[layout][memory]") {
  std::vector<Marker> first(500);
  const Marker* memory = first.data();
  SpareVectors<Marker>::give(std::move(first));
  std::vector<Marker> again = SpareVectors<Marker>::take();
  CHECK(again.empty());
  CHECK(again.capacity() >= 500);
  CHECK(again.data() == memory);
  // Nothing kept now: a new, empty vector.
  CHECK(SpareVectors<Marker>::take().capacity() == 0);
  SpareVectors<Marker>::give(std::move(again));
  // Another thread keeps its own.
  std::size_t elsewhere = 1;
  std::thread([&] { elsewhere = SpareVectors<Marker>::take().capacity(); }).join();
  CHECK(elsewhere == 0);
  CHECK(SpareVectors<Marker>::take().capacity() >= 500);
}

TEST_CASE("spare vectors are few and none large", "[layout][memory]") {
  // A vector of a megabyte is let go, not kept for the thread's life.
  SpareVectors<Marker>::give(std::vector<Marker>(1u << 18));
  CHECK(SpareVectors<Marker>::take().capacity() == 0);
  // At most a few are kept, however many are given.
  for (int i = 0; i < 100; ++i) SpareVectors<Marker>::give(std::vector<Marker>(10));
  int taken = 0;
  while (SpareVectors<Marker>::take().capacity() > 0) ++taken;
  CHECK(taken > 0);
  CHECK(taken <= 8);
}
