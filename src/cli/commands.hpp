#pragma once
// The sub-commands of the naskah program. Each takes the arguments after its name and returns the exit code:
// 0 success (warnings allowed), 1 the input has errors, 2 bad usage.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/diag/diagnostic.hpp"

namespace naskah::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;
inline constexpr int exit_usage = 2;

/// The value of the option args[i] ("-o OUT.pdf"), moving i onto it; nothing, with "naskah COMMAND: OPTION needs
/// a value" on standard error, when the option is the last argument.
std::optional<std::string> option_value(std::string_view command, const std::vector<std::string>& args, std::size_t& i);

/// "PLACE: error: MESSAGE", the severity in the user's language, as a diagnostic line is written: for problems that
/// are no plan's diagnostic (a missing folder, a PDF that cannot be written).
std::string problem_line(diag::Severity severity, const std::string& place, std::string message);

int run_check(const std::vector<std::string>& args);
int run_build(const std::vector<std::string>& args);
int run_init(const std::vector<std::string>& args);
int run_batch(const std::vector<std::string>& args);
int run_diff(const std::vector<std::string>& args);
int run_import_csv(const std::vector<std::string>& args);
int run_export_csv(const std::vector<std::string>& args);

}  // namespace naskah::cli
