// naskah extract ARCHIVE.pdf [-o PLAN.xml]: the plan a PDF/A-3b carries, back byte for byte — years later, to
// build the document again, compare it with a revision or take its figures into the next year's plan.

#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "naskah/pdf/archived_plan.hpp"
#include "naskah/text/translate.hpp"
#include "output_file.hpp"
#include "shared_options.hpp"

namespace naskah::cli {
namespace {

int run_extract(const ParsedArgs& args) {
  if (args.operands().empty()) return usage_error("extract", text::tr("name the archived PDF to extract the plan from"));
  if (args.operands().size() > 1) return usage_error("extract", text::tr("one PDF at a time"));
  const std::string& archive = args.operands().front();
  const std::optional<std::string> output = args.value("--output");
  if (output) {
    if (auto reason = output_is_input(*output, {{archive, text::tr_mark("the archived PDF")}})) {
      std::cerr << problem_line(diag::Severity::error, *output, *reason) << "\n";
      return exit_input_errors;
    }
  }
  pdf::ArchivedPlan plan;
  try {
    plan = pdf::read_archived_plan(archive);
  } catch (const pdf::ArchiveError& e) {
    std::cerr << problem_line(diag::Severity::error, archive, e.what()) << "\n";
    return exit_input_errors;
  }
  if (!output) {
    std::cout.write(plan.bytes.data(), static_cast<std::streamsize>(plan.bytes.size()));
    std::cout.flush();
    return std::cout ? exit_ok : exit_input_errors;
  }
  return write_output("extract", *output, plan.bytes, args.flag("--force"));
}

}  // namespace

const CommandSpec& extract_command() {
  static const CommandSpec command{
      "extract",
      text::tr_mark(R"(usage: naskah extract [OPTIONS] ARCHIVE.pdf

Gets back the plan a PDF/A-3b carries (naskah build --pdfa), byte for byte: its
checksum is verified before anything is written. Without -o the plan goes to
standard output.
)"),
      text::tr_mark(R"(Exit status: 0 written, 1 the PDF carries no plan or a damaged one (or the file cannot
be written), 2 bad usage.
Examples: naskah extract arsip/rkt-2024.pdf -o rkt-2024.xml
          naskah extract arsip/rkt-2024.pdf | less
)"),
      {{nullptr,
        {{"-o,--output", text::tr_mark("FILE"), text::tr_mark("write the plan to FILE (default: standard output)"),
          ValueKind::file},
         force_option(text::tr_mark("replace FILE if it exists"))}}},
      ValueKind::file,
      run_extract};
  return command;
}

}  // namespace naskah::cli
