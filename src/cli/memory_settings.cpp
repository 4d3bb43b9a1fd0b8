#include "memory_settings.hpp"

#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace naskah::cli {
namespace {

constexpr std::string_view cache_tunable = "glibc.malloc.tcache_count";
/// Blocks of each size a thread keeps for reuse (glibc: 7). At 100 a batch gained 2 %, at 1,000 a tenth; a
/// block's size class is at most 1 kB, so the cache holds at most about a megabyte a thread more.
constexpr int cached_blocks_per_size = 1000;

}  // namespace

void settle_memory_allocator() {
  // Grow the heap 8 MB at a time, and give memory back only when 64 MB of its top are free (a served or batch
  // process still returns what a 50,000-row plan took once it is done).
  mallopt(M_TOP_PAD, 8 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
}

std::optional<std::string> tunables_for_many_plans(std::string_view current) {
  if (current.find(cache_tunable) != std::string_view::npos) return std::nullopt;
  std::string tunables(current);
  if (!tunables.empty()) tunables += ':';
  tunables.append(cache_tunable).append("=").append(std::to_string(cached_blocks_per_size));
  return tunables;
}

void start_again_for_many_plans() {
  const char* preload = std::getenv("LD_PRELOAD");
  if (preload != nullptr && std::string_view(preload).find("vgpreload") != std::string_view::npos) return;
  const char* current = std::getenv("GLIBC_TUNABLES");
  const std::optional<std::string> tunables = tunables_for_many_plans(current != nullptr ? current : "");
  if (!tunables) return;
  // The arguments as the process was started with them: NUL-terminated, one after another.
  std::ifstream file("/proc/self/cmdline", std::ios::binary);
  const std::string command_line((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  if (command_line.empty() || command_line.back() != '\0') return;
  std::vector<char*> argv;
  for (std::size_t at = 0; at < command_line.size(); at = command_line.find('\0', at) + 1) {
    argv.push_back(const_cast<char*>(command_line.data() + at));
  }
  argv.push_back(nullptr);
  if (::setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0) return;
  ::execv("/proc/self/exe", argv.data());  // returns only on failure: the command runs as it is
}

}  // namespace naskah::cli
