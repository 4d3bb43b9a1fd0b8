#include "output_file.hpp"

#include <fmt/format.h>

#include <iostream>

#include "commands.hpp"
#include "naskah/io/atomic_file.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {

std::string exists_message(const std::string& path) {
  return text::tr("{} exists; it is not replaced without --force", path);
}

int write_output(std::string_view command, const std::string& path, std::string_view bytes, bool replace) {
  try {
    if (replace) {
      io::write_file_atomically(path, bytes);
    } else if (!io::write_new_file_atomically(path, bytes)) {
      std::cerr << fmt::format("naskah {}: {}\n", command, exists_message(path));
      return exit_usage;
    }
  } catch (const io::FileError& e) {
    std::cerr << problem_line(diag::Severity::error, path, e.what()) << "\n";
    return exit_input_errors;
  }
  return exit_ok;
}

}  // namespace naskah::cli
