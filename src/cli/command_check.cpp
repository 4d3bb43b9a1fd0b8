// naskah check FILE...: parse each plan and run every content rule; print the diagnostics.

#include <fmt/format.h>

#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"
#include "shared_options.hpp"

namespace naskah::cli {
namespace {

int run_check(const ParsedArgs& args) {
  if (args.flag("--list-rules")) {
    for (const check::Rule& rule : check::all_rules()) std::cout << fmt::format("{:<18} {}\n", rule.id, text::tr_text(rule.summary));
    return exit_ok;
  }
  const bool strict = args.flag("--strict");
  const bool json = args.value("--format") == "json";
  const std::vector<std::string>& files = args.operands();
  if (files.empty()) return usage_error("check", text::tr("name at least one plan file"));

  diag::Diagnostics all;
  for (const std::string& file : files) {
    plan::ParseResult parsed = plan::parse_plan_file(file);
    all.append(parsed.diagnostics);
    // Content rules on a plan with structural errors would report the errors' echoes; fix those first.
    if (parsed.plan && !parsed.diagnostics.has_errors()) all.append(check::check_plan(*parsed.plan));
  }

  std::size_t errors = all.count(diag::Severity::error);
  std::size_t warnings = all.count(diag::Severity::warning);
  if (json) {
    std::cout << diag::format_json(all.all()) << "\n";
  } else {
    for (const diag::Diagnostic& d : all.all()) std::cout << diag::format_text(d) << "\n";
    // TRANSLATORS: the summary of naskah check: "0 errors, 6 warnings in 1 file".
    std::cerr << text::tr("{}, {} in {}", text::tr_plural("{} error", "{} errors", errors, errors),
                          text::tr_plural("{} warning", "{} warnings", warnings, warnings),
                          text::tr_plural("{} file", "{} files", files.size(), files.size()))
              << "\n";
  }
  if (errors > 0 || (strict && warnings > 0)) return exit_input_errors;
  return exit_ok;
}

}  // namespace

const CommandSpec& check_command() {
  static const CommandSpec command{
      "check",
      text::tr_mark(R"(usage: naskah check [OPTIONS] FILE...
       naskah check --list-rules

Reads each plan, checks its structure and content, and prints what it finds as
  FILE:LINE:COL: error|warning: MESSAGE [RULE]
)"),
      text::tr_mark(R"(Exit status: 0 clean or warnings only, 1 errors (or warnings with --strict), 2 bad usage.
Example: naskah check samples/rkt-2024-setwan-luwu-timur.xml
)"),
      {{nullptr,
        {{"-s,--strict", nullptr, text::tr_mark("exit 1 on warnings too")},
         format_option,
         {"--list-rules", nullptr, text::tr_mark("list the content rules and what each checks")}}}},
      ValueKind::plan,
      run_check};
  return command;
}

}  // namespace naskah::cli
