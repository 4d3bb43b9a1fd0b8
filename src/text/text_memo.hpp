#pragma once
// Internal to text/: what a pure function of a text gave, kept per thread for the next time it is asked of the
// same text. Layout asks the same questions of the same text again and again — a table cell's break opportunities
// when its column is measured and again for each pass of the line breaker, a word's hyphenation points in every
// cell and paragraph that uses the word ("Jumlah", "Laporan", "Kegiatan") — and ICU's break iterator and the
// hyphenation patterns were a fifth of a build. Each thread keeps its own memo, so that no lock is taken (batch and
// serve build on several threads); a memo that grows past its bound is emptied and starts again.
//
// The bound is small (memo_bound): a memo is worth it only while it stays in the core's cache. Bounds of 2 and
// 4 MB, kept across a batch's plans, made a lookup a chain of cache misses, dearer than ICU's answer — 5 % of a
// batch's time in the hash table's find; at 256 kB the memos still hold a plan's texts from the measuring of a
// table to its layout.

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

namespace naskah::text::detail {

/// The bound of each of text/'s memos, in bytes of text and values.
inline constexpr std::size_t memo_bound = 256u << 10;

template <class Value>
class TextMemo {
 public:
  /// At most about `bound` bytes of text and values, counting each entry as its text and a fixed overhead.
  explicit TextMemo(std::size_t bound) : bound_(bound) {}

  /// compute(text), or what it gave before for the same text: shared with the memo, so that a text asked again
  /// costs no copy (a vector's copy was an allocation at every answer), and held as long as the caller holds it.
  template <class Compute>
  std::shared_ptr<const Value> get(std::string_view text, Compute&& compute) {
    if (auto found = values_.find(text); found != values_.end()) return found->second;
    auto value = std::make_shared<const Value>(std::forward<Compute>(compute)(text));
    const std::size_t cost = text.size() + entry_overhead;
    if (held_ + cost > bound_) {
      values_.clear();
      held_ = 0;
    }
    values_.emplace(std::string(text), value);
    held_ += cost;
    return value;
  }

  /// Forgets everything: what it holds was computed by something that has changed.
  void clear() {
    values_.clear();
    held_ = 0;
  }

 private:
  /// The map's node, the key's and the value's allocations, roughly.
  static constexpr std::size_t entry_overhead = 128;

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };

  std::unordered_map<std::string, std::shared_ptr<const Value>, Hash, std::equal_to<>> values_;
  std::size_t bound_;
  std::size_t held_ = 0;
};

}  // namespace naskah::text::detail
