// naskah: turns an XML plan definition into the official RKT PDF. This file dispatches to the commands.

#include <fmt/format.h>

#include <exception>
#include <filesystem>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "command_line.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "full_program.hpp"
#include "memory_settings.hpp"
#include "plan_build.hpp"
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
  import      put the rencana of a spreadsheet (an .xlsx workbook or CSV of the annex's columns) into a plan:
              naskah import lampiran.xlsx --into rkt-2025.xml   (formerly import-csv)
  export      write a plan's rencana as such a spreadsheet: naskah export rkt-2025.xml   (formerly export-csv)
  extract     get back the plan an archived PDF/A-3b carries: naskah extract rkt-2024.pdf -o rkt-2024.xml
  archive     file archived PDFs by year, region and unit, with a manifest: naskah archive *.pdf --into arsip/
  serve       a page for the browser to check, build and compare plans: naskah serve --folder rencana

  naskah COMMAND --help    options and examples of a command
  naskah --version         the version
)");

/// The templates naskah finds by name, for the completion of --template.
std::set<std::string> template_names() {
  std::set<std::string> names;
  for (const std::string& folder : naskah::cli::template_search_dirs()) {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
      if (std::filesystem::is_regular_file(entry.path() / "template.xml", error)) {
        names.insert(entry.path().filename().string());
      }
    }
  }
  return names;
}

}  // namespace

namespace naskah::cli {

const std::vector<const CommandSpec*>& all_commands() {
  // naskah lacks the commands naskah-full has on top (full_program.hpp) and hands them on before they are looked for.
  static const std::vector<const CommandSpec*> commands{&check_command(), &build_command(), &batch_command(),
                                                        &diff_command(),  &init_command(),
#ifdef NASKAH_FULL_PROGRAM
                                                        &import_command(), &export_command(), &extract_command(),
                                                        &archive_command(), &serve_command()
#endif
  };
  return commands;
}

}  // namespace naskah::cli

int main(int argc, char** argv) {
  using namespace naskah;
  cli::settle_memory_allocator();
  cli::choose_message_language();
  std::vector<std::string> args(argv + 1, argv + argc);
  cli::remember_command_line(argc, argv);
#ifdef NASKAH_FULL_PROGRAM
  cli::use_docx_writer(&docx::write_docx);
#endif
  if (cli::needs_full_program(args)) return cli::become_full_program();
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || (args[0] == "help" && args.size() == 1)) {
    std::cout << text::tr_text(usage);
    return args.empty() ? cli::exit_usage : cli::exit_ok;
  }
  if (args[0] == "--version") {
    std::cout << "naskah " << NASKAH_VERSION << "\n";
    return cli::exit_ok;
  }
  // What completion/naskah.bash asks: the commands, their options and the templates, from the options' one
  // description (command_line.hpp). Not for people, so not in --help.
  if (args[0] == "--completion-data") {
    std::cout << cli::completion_data(cli::all_commands());
    for (const std::string& name : template_names()) std::cout << "template\t" << name << "\n";
    return cli::exit_ok;
  }
  // naskah help COMMAND is naskah COMMAND --help.
  if (args[0] == "help") args = {args[1], "--help"};
  std::string command = args[0];
  args.erase(args.begin());
  for (const cli::CommandSpec* spec : cli::all_commands()) {
    if (!spec->named(command)) continue;
    try {
      auto parsed = cli::parse_command_line(*spec, args, command);
      if (const int* exit = std::get_if<int>(&parsed)) return *exit;
      return spec->run(std::get<cli::ParsedArgs>(parsed));
    } catch (const std::exception& e) {
      // Reaching here is a bug in naskah, not in the plan: say so plainly rather than crash.
      std::cerr << text::tr("naskah {}: internal error: {}", command, e.what()) << "\n";
      return 3;
    }
  }
  std::cerr << text::tr("naskah: unknown command \"{}\"", command) << "\n" << text::tr_text(usage);
  return cli::exit_usage;
}
