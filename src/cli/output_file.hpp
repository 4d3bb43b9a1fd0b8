#pragma once
// Writing a command's output file whole or not at all (io/atomic_file.hpp), never over an existing file unless the
// command may replace it, with the messages every command gives.

#include <string>
#include <string_view>

namespace naskah::cli {

/// Writes `bytes` to `path`. Without `replace` an existing file is left as it is: exit_usage, with "naskah COMMAND:
/// PATH exists; it is not replaced without --force" on standard error. A file that cannot be written: exit_input_errors,
/// with "PATH: error: why". Otherwise exit_ok.
int write_output(std::string_view command, const std::string& path, std::string_view bytes, bool replace);

/// The message of an existing output, for a command that refuses it before doing its work.
std::string exists_message(const std::string& path);

}  // namespace naskah::cli
