#pragma once
// The sub-commands of the naskah program. Each takes the arguments after its name and returns the exit code:
// 0 success (warnings allowed), 1 the input has errors, 2 bad usage.

#include <string>
#include <vector>

namespace naskah::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_input_errors = 1;
inline constexpr int exit_usage = 2;

int run_check(const std::vector<std::string>& args);
int run_build(const std::vector<std::string>& args);

}  // namespace naskah::cli
