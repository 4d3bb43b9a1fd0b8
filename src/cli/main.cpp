// naskah: turns an XML plan definition into the official RKT PDF. This file dispatches to the commands.

#include <fmt/format.h>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "message_language.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/text/translate.hpp"

namespace {

constexpr const char* usage = naskah::text::tr_mark(R"(naskah — the RKT (Rencana Kinerja Tahunan) of a perangkat daerah, from an XML plan

usage: naskah COMMAND [OPTIONS] FILE...

commands:
  check       check plans: structure, budgets, numbering, targets, years, achievement, NIP
  build       check a plan and write its RKT as PDF
  batch       build many plans at once: a folder, a list or a manifest, on every core
  diff        what a revision changed: items, targets, anggaran, program totals
  init        make next year's plan from this year's: naskah init --tahun 2025 --from rkt-2024.xml,
              or a unit's first plan: naskah init --tahun 2025 --instansi NAME --daerah REGION
  import-csv  put the rencana of a spreadsheet (CSV of the annex's columns) into a plan:
              naskah import-csv lampiran.csv --into rkt-2025.xml
  export-csv  write a plan's rencana as such a spreadsheet: naskah export-csv rkt-2025.xml

  naskah COMMAND --help    options and examples of a command
  naskah --version         the version
)");

}  // namespace

int main(int argc, char** argv) {
  naskah::cli::choose_message_language();
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << naskah::text::tr_text(usage);
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
    if (command == "import-csv") return naskah::cli::run_import_csv(args);
    if (command == "export-csv") return naskah::cli::run_export_csv(args);
  } catch (const std::exception& e) {
    // Reaching here is a bug in naskah, not in the plan: say so plainly rather than crash.
    std::cerr << naskah::text::tr("naskah {}: internal error: {}", command, e.what()) << "\n";
    return 3;
  }
  std::cerr << naskah::text::tr("naskah: unknown command \"{}\"", command) << "\n" << naskah::text::tr_text(usage);
  return naskah::cli::exit_usage;
}
