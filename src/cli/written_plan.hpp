#pragma once
// What a command that writes a plan (naskah init, naskah import) says after writing it: the findings of naskah
// check on the new file, which list what is left to fill in.

#include <string>
#include <string_view>

namespace naskah::cli {

/// Checks the plan just written at `path` and prints the findings on standard output, as naskah check prints them.
/// False when it has errors — a fault of the command, said so on standard error.
bool report_written_plan(std::string_view command, const std::string& path);

}  // namespace naskah::cli
