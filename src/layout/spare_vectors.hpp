#pragma once
// Internal to layout/: the memory of a paragraph's passing vectors — its items, the line breaker's running sums and
// nodes — kept on the thread for the next paragraph's. Each is a few kilobytes, past glibc's per-thread cache of
// small blocks, so that every paragraph and table cell otherwise took and gave back a dozen of them through the
// allocator's slow paths (a seventh of the sample's instructions were malloc's and free's). A vector taken is
// empty with the capacity it had; a vector given back is kept only while the thread holds few, none too large.

#include <cstddef>
#include <vector>

namespace naskah::layout::detail {

template <class T>
class SpareVectors {
 public:
  /// An empty vector, with the memory of one given back on this thread if there is one.
  static std::vector<T> take() {
    std::vector<std::vector<T>>& kept = spares();
    if (kept.empty()) return {};
    std::vector<T> vector = std::move(kept.back());
    kept.pop_back();
    vector.clear();
    return vector;
  }

  /// Keeps the vector's memory for a later take() on this thread (or lets it go).
  static void give(std::vector<T>&& vector) {
    std::vector<std::vector<T>>& kept = spares();
    if (vector.capacity() == 0 || vector.capacity() * sizeof(T) > largest_bytes || kept.size() >= most_kept) return;
    kept.push_back(std::move(vector));
  }

 private:
  /// At most this many of each type, a few paragraphs' worth: a line breaker uses four of its sums at once.
  static constexpr std::size_t most_kept = 8;
  /// Larger vectors (a 50,000-row cell's?) are freed: the memory held stays under a few megabytes a thread.
  static constexpr std::size_t largest_bytes = 256u * 1024u;

  static std::vector<std::vector<T>>& spares() {
    thread_local std::vector<std::vector<T>> kept;
    return kept;
  }
};

}  // namespace naskah::layout::detail
