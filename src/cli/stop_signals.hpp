#pragma once
// SIGINT and SIGTERM for the commands that write many files (naskah batch, naskah archive): the handler only
// records the signal, and the command stops between files; a write under way goes on (SA_RESTART), so that no
// file is left half-written.

namespace naskah::cli {

/// Makes SIGINT and SIGTERM call `handler`, which must only record the signal (an atomic store).
void catch_stop_signals(void (*handler)(int));

}  // namespace naskah::cli
