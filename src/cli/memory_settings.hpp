#pragma once
// How the C library's allocator serves naskah (glibc's mallopt). A build allocates and frees its document trees in
// many small pieces; by default glibc gives the top of the heap back to the kernel whenever 128 KB of it are free
// and takes it again at the next growth, and every page taken again is a page fault: about a fifth of the sample's
// page faults. Keeping a few megabytes in hand costs nothing a process of tens of megabytes would notice.
//
// A process that builds many plans (batch, serve) also wants a larger per-thread cache of freed blocks: glibc keeps
// 7 of each size by default, and a plan frees thousands of blocks of a few sizes (its text runs, items, lines), so
// that nearly every free past the seventh took the arena's slow path — a tenth of a batch's time. glibc reads that
// setting only from the environment when a process starts (GLIBC_TUNABLES; mallopt has none for it), so such a
// command executes itself again in its own place with it, once. Only where the plans are built on threads that
// live as long as the process: a thread that ends gives back every block its cache holds, and a batch that lays
// each plan out on threads of its own beside the worker (-j 1 on two cores) was a tenth slower with it.

#include <optional>
#include <string>
#include <string_view>

namespace naskah::cli {

/// Sets the allocator's margins (no effect under a sanitizer, whose allocator is its own).
void settle_memory_allocator();

/// GLIBC_TUNABLES as a process building many plans runs with it: `current` (the variable's value, empty when it is
/// not set) with the per-thread cache made larger; nothing when `current` sets that cache already (a choice of the
/// user's stands).
std::optional<std::string> tunables_for_many_plans(std::string_view current);

/// For a command building many plans on long-lived threads: when the process started without those tunables,
/// puts them into the environment and executes this program again in its own place, with the arguments it was
/// started with (/proc/self/cmdline). Returns when they were there already, under valgrind (whose tool the new
/// process would leave), or when it cannot (the command then runs as it is). Call it before the command has
/// written or started anything.
void start_again_for_many_plans();

}  // namespace naskah::cli
