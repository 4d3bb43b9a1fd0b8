#include "full_program.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "naskah/pdf/archived_plan.hpp"
#include "naskah/text/translate.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

std::vector<char*> remembered;

constexpr std::string_view full_program_name = "naskah-full";

/// The commands only naskah-full has (naskah-full itself needs no list of them).
[[maybe_unused]] bool full_only(std::string_view command) {
  return command == "serve" || command == "extract" || command == "archive" || command == "import" ||
         command == "export" || command == "import-csv" || command == "export-csv";
}

}  // namespace

void remember_command_line(int argc, char** argv) { remembered.assign(argv, argv + argc); }

bool needs_full_program(const std::vector<std::string>& args) {
#ifdef NASKAH_FULL_PROGRAM
  (void)args;
  return false;
#else
  if (args.empty()) return false;
  const std::string& command = args[0] == "help" && args.size() > 1 ? args[1] : args[0];
  // The options of every command, for the shell's completion, are naskah-full's to say.
  if (full_only(command) || command == "--completion-data") return true;
  if (command == "diff") {
    for (std::size_t i = 1; i < args.size(); ++i) {
      if (!args[i].empty() && args[i][0] != '-' && pdf::looks_like_pdf(args[i])) return true;
    }
  }
  return false;
#endif
}

int become_full_program() {
  std::error_code error;
  const fs::path self = fs::read_symlink("/proc/self/exe", error);
  std::vector<fs::path> candidates;
  if (!error) {
    candidates = {self.parent_path() / full_program_name,
                  self.parent_path().parent_path() / "libexec" / "naskah" / full_program_name};
  }
  std::vector<char*> argv = remembered;
  argv.push_back(nullptr);
  std::string looked;
  for (const fs::path& candidate : candidates) {
    ::execv(candidate.c_str(), argv.data());  // returns only on failure
    looked += (looked.empty() ? "" : ", ") + candidate.string() + " (" + std::strerror(errno) + ")";
  }
  std::cerr << text::tr("naskah: this command is done by {}, which cannot be run: {}", full_program_name, looked)
            << "\n";
  return 3;
}

}  // namespace naskah::cli
