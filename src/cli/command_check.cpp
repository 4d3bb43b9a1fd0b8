// naskah check FILE...: parse each plan and run every content rule; print the diagnostics.

#include <fmt/format.h>

#include <cstdio>
#include <iostream>

#include "commands.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {
namespace {

constexpr const char* check_usage = text::tr_mark(R"(usage: naskah check [--strict] [--format text|json] FILE...
       naskah check --list-rules

Reads each plan, checks its structure and content, and prints what it finds as
  FILE:LINE:COL: error|warning: MESSAGE [RULE]

  --strict        exit 1 on warnings too
  --format json   print the diagnostics as a JSON array, for editors and tools
  --list-rules    list the content rules and what each checks

Exit status: 0 clean or warnings only, 1 errors (or warnings with --strict), 2 bad usage.
Example: naskah check samples/rkt-2024-setwan-luwu-timur.xml
)");

}  // namespace

int run_check(const std::vector<std::string>& args) {
  bool strict = false;
  bool json = false;
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << text::tr_text(check_usage);
      return exit_ok;
    } else if (arg == "--list-rules") {
      for (const check::Rule& rule : check::all_rules()) std::cout << fmt::format("{:<18} {}\n", rule.id, text::tr_text(rule.summary));
      return exit_ok;
    } else if (arg == "--strict") {
      strict = true;
    } else if (arg == "--format" || arg.rfind("--format=", 0) == 0) {
      std::string value = arg == "--format" ? (i + 1 < args.size() ? args[++i] : "") : arg.substr(9);
      if (value != "text" && value != "json") {
        std::cerr << text::tr("naskah check: --format takes text or json, not \"{}\"", value) << "\n";
        return exit_usage;
      }
      json = value == "json";
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << text::tr("naskah check: unknown option {}", arg) << "\n" << text::tr_text(check_usage);
      return exit_usage;
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    std::cerr << text::tr("naskah check: name at least one plan file") << "\n" << text::tr_text(check_usage);
    return exit_usage;
  }

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

}  // namespace naskah::cli
