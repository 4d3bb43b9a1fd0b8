#include "memory_settings.hpp"

#include <malloc.h>

namespace naskah::cli {

void settle_memory_allocator() {
  // Grow the heap 8 MB at a time, and give memory back only when 64 MB of its top are free (a served or batch
  // process still returns what a 50,000-row plan took once it is done).
  mallopt(M_TOP_PAD, 8 * 1024 * 1024);
  mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
}

}  // namespace naskah::cli
