// naskah: turns an XML plan definition into the official RKT PDF. This file dispatches to the commands.

#include <fmt/format.h>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"

namespace {

constexpr const char* usage = R"(naskah — the RKT (Rencana Kinerja Tahunan) of a perangkat daerah, from an XML plan

usage: naskah COMMAND [OPTIONS] FILE...

commands:
  check    check plans: structure, budgets, numbering, targets, years, achievement, NIP
  build    check a plan and write its RKT as PDF
  batch    build many plans at once: a folder, a list or a manifest, on every core
  diff     what a revision changed: items, targets, anggaran, program totals
  init     make next year's plan from this year's: naskah init --tahun 2025 --from rkt-2024.xml

  naskah COMMAND --help    options and examples of a command
  naskah --version         the version
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << usage;
    return args.empty() ? naskah::cli::exit_usage : naskah::cli::exit_ok;
  }
  if (args[0] == "--version") {
    std::cout << "naskah " << NASKAH_VERSION << "\n";
    return naskah::cli::exit_ok;
  }
  std::string command = args[0];
  args.erase(args.begin());
  try {
    if (command == "check") return naskah::cli::run_check(args);
    if (command == "build") return naskah::cli::run_build(args);
    if (command == "init") return naskah::cli::run_init(args);
    if (command == "batch") return naskah::cli::run_batch(args);
    if (command == "diff") return naskah::cli::run_diff(args);
  } catch (const std::exception& e) {
    // Reaching here is a bug in naskah, not in the plan: say so plainly rather than crash.
    std::cerr << fmt::format("naskah {}: internal error: {}\n", command, e.what());
    return 3;
  }
  std::cerr << fmt::format("naskah: unknown command \"{}\"\n{}", command, usage);
  return naskah::cli::exit_usage;
}
