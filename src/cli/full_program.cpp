#include "full_program.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string_view>

#include "memory_settings.hpp"
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

void settle_allocator_for_many_plans(const std::vector<std::string>& args, bool runs_here) {
  const bool many_plans = !args.empty() && (args[0] == "batch" || args[0] == "serve");
  const char* preload = std::getenv("LD_PRELOAD");
  const bool under_valgrind =
      preload != nullptr && std::string_view(preload).find("vgpreload") != std::string_view::npos;
  if (!many_plans || under_valgrind) return;
  const char* current = std::getenv("GLIBC_TUNABLES");
  const std::optional<std::string> tunables = tunables_for_many_plans(current != nullptr ? current : "");
  if (!tunables || ::setenv("GLIBC_TUNABLES", tunables->c_str(), 1) != 0) return;
  // Handed to naskah-full, the command starts there with them; here, it starts again.
  if (!runs_here) return;
  std::vector<char*> argv = remembered;
  argv.push_back(nullptr);
  ::execv("/proc/self/exe", argv.data());  // returns only on failure: the command runs as it is
}

}  // namespace naskah::cli
