#include "deflate.hpp"

#include <libdeflate.h>

#include <atomic>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>

#include "naskah/text/thread_beside.hpp"

namespace naskah::pdf {
namespace {

/// libdeflate's level 1: a third of the instructions of its level 6, for 3% more bytes in the sample's PDF (111 kB
/// instead of 108). Nearly every stream is made anew for each document — its pages' content, and its fonts,
/// whose subsets differ with the characters each plan uses — so the time is spent on every plan of a batch.
constexpr int compression_level = 1;

struct CompressorDeleter {
  void operator()(libdeflate_compressor* compressor) const { libdeflate_free_compressor(compressor); }
};

/// One compressor per thread: it holds about a megabyte of tables, made once rather than per stream, and a
/// compressor may not be shared between threads (batch builds plans side by side).
libdeflate_compressor* thread_compressor() {
  thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
      libdeflate_alloc_compressor(compression_level));
  return compressor.get();
}

/// Streams remembered with their compressed form: only large ones (small streams cost less to compress than to
/// look up), and at most `capacity` bytes of them, the least recently used forgotten first.
class RememberedStreams {
 public:
  static constexpr std::size_t smallest = 8 * 1024;
  static constexpr std::size_t capacity = 64u * 1024u * 1024u;

  bool find(std::string_view bytes, std::string& out) {
    std::lock_guard lock(mutex_);
    auto found = index_.find(bytes);
    if (found == index_.end()) return false;
    entries_.splice(entries_.begin(), entries_, found->second);  // most recently used first
    out = found->second->deflated;
    return true;
  }

  void remember(std::string_view bytes, const std::string& deflated) {
    std::lock_guard lock(mutex_);
    if (index_.count(bytes) != 0 || bytes.size() + deflated.size() > capacity) return;
    entries_.push_front(Entry{std::string(bytes), deflated});
    index_.emplace(entries_.front().bytes, entries_.begin());
    held_ += bytes.size() + deflated.size();
    while (held_ > capacity) {
      const Entry& oldest = entries_.back();
      held_ -= oldest.bytes.size() + oldest.deflated.size();
      index_.erase(oldest.bytes);
      entries_.pop_back();
    }
  }

 private:
  struct Entry {
    std::string bytes, deflated;
  };
  std::mutex mutex_;
  std::list<Entry> entries_;
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;  // keys view entries' bytes
  std::size_t held_ = 0;
};

RememberedStreams& remembered_streams() {
  static RememberedStreams streams;
  return streams;
}

}  // namespace

bool deflate(std::string_view bytes, std::string& out) {
  libdeflate_compressor* compressor = thread_compressor();
  if (compressor == nullptr) return false;
  out.resize(libdeflate_zlib_compress_bound(compressor, bytes.size()));
  const std::size_t size = libdeflate_zlib_compress(compressor, bytes.data(), bytes.size(), out.data(), out.size());
  if (size == 0) return false;
  out.resize(size);
  return true;
}

void deflate_remembered_all(std::vector<std::string>& streams, bool two_threads) {
  std::atomic<std::size_t> next{0};
  auto take_turns = [&] {
    std::string deflated;
    for (std::size_t i = next++; i < streams.size(); i = next++) {
      if (!deflate_remembered(streams[i], deflated)) deflated.clear();
      streams[i].swap(deflated);
    }
  };
  std::size_t bytes = 0;
  for (const std::string& stream : streams) bytes += stream.size();
  // Below this the thread costs about what it saves (a thread starts in some 80 µs; 32 kB deflate in 150).
  constexpr std::size_t worth_a_thread = 64 * 1024;
  text::ThreadBeside beside;
  if (two_threads && streams.size() > 1 && bytes >= worth_a_thread) beside = text::ThreadBeside(take_turns);
  take_turns();
}

bool deflate_remembered(std::string_view bytes, std::string& out) {
  if (bytes.size() < RememberedStreams::smallest) return deflate(bytes, out);
  if (remembered_streams().find(bytes, out)) return true;
  if (!deflate(bytes, out)) return false;
  remembered_streams().remember(bytes, out);
  return true;
}

}  // namespace naskah::pdf
