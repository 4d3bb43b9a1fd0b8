#pragma once
// How the C library's allocator serves naskah (glibc's mallopt). A build allocates and frees its document trees in
// many small pieces; by default glibc gives the top of the heap back to the kernel whenever 128 KB of it are free
// and takes it again at the next growth, and every page taken again is a page fault: about a fifth of the sample's
// page faults. Keeping a few megabytes in hand costs nothing a process of tens of megabytes would notice.

namespace naskah::cli {

/// Sets the allocator's margins (no effect under a sanitizer, whose allocator is its own).
void settle_memory_allocator();

}  // namespace naskah::cli
