#pragma once
// The sub-commands of the naskah program. Each is a CommandSpec (command_line.hpp): its options, described once, and
// the function that runs it with what the command line said. Exit codes: 0 success (warnings allowed), 1 the input
// has errors, 2 bad usage.

#include <string>
#include <vector>

#include "naskah/diag/diagnostic.hpp"

namespace naskah::cli {

struct CommandSpec;

inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;
inline constexpr int exit_usage = 2;

/// "PLACE: error: MESSAGE", the severity in the user's language, as a diagnostic line is written: for problems that
/// are no plan's diagnostic (a missing folder, a PDF that cannot be written).
std::string problem_line(diag::Severity severity, const std::string& place, std::string message);

const CommandSpec& check_command();
const CommandSpec& build_command();
const CommandSpec& batch_command();
const CommandSpec& diff_command();
const CommandSpec& init_command();
const CommandSpec& import_command();
const CommandSpec& export_command();
const CommandSpec& serve_command();
const CommandSpec& extract_command();
const CommandSpec& archive_command();

/// Every command, in the order naskah --help lists them.
const std::vector<const CommandSpec*>& all_commands();

}  // namespace naskah::cli
