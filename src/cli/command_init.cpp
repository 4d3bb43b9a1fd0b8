// naskah init --tahun YEAR --from OLD.xml: next year's plan from this year's file, so that January starts from last
// year's plan. The edits are plan::make_next_year_plan's; this file reads, checks, names and writes.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "data_paths.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/pdf/atomic_file.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/plan/next_year.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

constexpr const char* init_usage = text::tr_mark(R"(usage: naskah init --tahun YEAR --from OLD.xml [-o NEW.xml] [--force]

Makes next year's plan from this year's. NEW.xml is OLD.xml with
  - tahun YEAR, and the signing date moved to the same day of YEAR;
  - an <evaluasi> of OLD's year made from OLD's rencana: each sasaran with its
    indikator and their targets, and an empty realisasi to fill in;
  - everything else as it was: text, comments, layout, the rencana (update it
    for YEAR).
Then NEW.xml is checked: the realisasi-missing warnings list what to fill in.
OLD.xml must have no errors. See docs/init.md.

  --tahun YEAR        the new plan's year: OLD's tahun + 1 or later
  --from OLD.xml      the plan to start from
  -o, --output FILE   the plan to write (default: OLD's file name with its year
                      replaced by YEAR, in the same folder)
  --force             replace FILE if it exists

Exit status: 0 written, 1 OLD.xml has errors or NEW.xml could not be written, 2 bad usage.
Example: naskah init --tahun 2025 --from rkt-2024.xml      (writes rkt-2025.xml)
)");

int usage_error(const std::string& message) {
  std::cerr << text::tr("naskah init: {}", message) << "\n";
  return exit_usage;
}

/// OLD's file name with its year replaced by the new one, in the same folder; nothing when the name has no year.
std::optional<std::string> next_year_path(const std::string& old_path, int old_year, int year) {
  const fs::path path(old_path);
  std::string name = path.filename().string();
  const std::string from = std::to_string(old_year);
  const std::string to = std::to_string(year);
  auto is_digit = [&](std::size_t i) { return i < name.size() && name[i] >= '0' && name[i] <= '9'; };
  bool replaced = false;
  for (std::size_t at = name.find(from); at != std::string::npos; at = name.find(from, at + 1)) {
    if ((at > 0 && is_digit(at - 1)) || is_digit(at + from.size())) continue;  // part of a longer number
    name.replace(at, from.size(), to);
    replaced = true;
  }
  if (!replaced) return std::nullopt;
  return (path.parent_path() / name).string();
}

}  // namespace

int run_init(const std::vector<std::string>& args) {
  std::string year_text;
  std::string old_path;
  std::string output;
  bool force = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    std::string* target = arg == "--tahun" ? &year_text
                          : arg == "--from" ? &old_path
                          : (arg == "-o" || arg == "--output") ? &output
                                                               : nullptr;
    if (arg == "--help" || arg == "-h") {
      std::cout << text::tr_text(init_usage);
      return exit_ok;
    } else if (target != nullptr) {
      auto v = option_value("init", args, i);
      if (!v) return exit_usage;
      *target = *v;
    } else if (arg == "--force") {
      force = true;
    } else {
      std::cerr << (arg.size() > 1 && arg[0] == '-' ? text::tr("naskah init: unknown option {}", arg)
                                                    : text::tr("naskah init: unknown argument {}", arg))
                << "\n" << text::tr_text(init_usage);
      return exit_usage;
    }
  }
  if (year_text.empty() || old_path.empty()) {
    std::cerr << text::tr("naskah init: name the new plan's year and the plan to start from") << "\n"
              << text::tr_text(init_usage);
    return exit_usage;
  }
  const bool four_digits = year_text.size() == 4 && year_text.find_first_not_of("0123456789") == std::string::npos;
  const int year = four_digits ? std::stoi(year_text) : 0;
  if (year < 2000 || year > 2099) return usage_error(text::tr("--tahun {}: a year from 2000 to 2099", year_text));

  // 1. The old plan, which must be one naskah can read.
  diag::Diagnostics found;
  std::optional<std::string> old_text = plan::read_plan_source(old_path, found);
  std::optional<plan::Plan> old;
  if (old_text) {
    plan::ParseResult parsed = plan::parse_plan_text(*old_text, old_path);
    found = parsed.diagnostics;
    old = std::move(parsed.plan);
  }
  if (!old || found.has_errors()) {
    for (const diag::Diagnostic& d : found.all()) std::cerr << diag::format_text(d) << "\n";
    std::cerr << text::tr("naskah init: nothing written: fix the errors of {} first", old_path) << "\n";
    return exit_input_errors;
  }
  const int old_year = old->tahun.value;
  if (year <= old_year) {
    return usage_error(text::tr("--tahun {}: {} is the plan for {}; the new plan's year comes after it", year,
                                   old_path, old_year));
  }

  // 2. Where to write: never over an existing file without --force, never over the old plan.
  if (output.empty()) {
    auto derived = next_year_path(old_path, old_year, year);
    if (!derived) {
      return usage_error(text::tr("the name {} does not hold its year {}; name the new plan with -o NEW.xml",
                                     fs::path(old_path).filename().string(), old_year));
    }
    output = *derived;
  }
  std::error_code ignored;
  if (fs::equivalent(output, old_path, ignored)) {
    return usage_error(text::tr("{} is the plan to start from; name the new plan with -o NEW.xml", output));
  }
  const std::string exists = text::tr("{} exists; it is not replaced without --force", output);
  if (!force && fs::exists(fs::symlink_status(output, ignored))) return usage_error(exists);

  // 3. The new plan, written whole or not at all.
  // The schema installed with naskah, for editors (docs/editing.md).
  std::string schema;
  if (auto root = data_root()) {
    const fs::path xsd = fs::path(*root) / "schema" / "naskah-rkt-1.xsd";
    std::error_code missing;
    if (fs::is_regular_file(xsd, missing)) schema = "file://" + fs::absolute(xsd).lexically_normal().string();
  }
  plan::NextYearPlan made = plan::make_next_year_plan(*old_text, *old, year, schema);
  try {
    if (force) {
      pdf::write_file_atomically(output, made.text);
    } else if (!pdf::write_new_file_atomically(output, made.text)) {
      return usage_error(exists);
    }
  } catch (const pdf::PdfError& e) {
    std::cerr << problem_line(diag::Severity::error, output, e.what()) << "\n";
    return exit_input_errors;
  }

  // 4. What was done, and what is left to do.
  std::cout << text::tr("wrote {}: tahun {}, evaluasi {} prepared with {} indikator to fill in (realisasi)", output,
                        year, old_year, made.indikator_to_fill)
            << "\n";
  for (const plan::LeftOut& item : made.left_out) {
    std::string what = item.nama.empty() ? text::tr("sasaran {} has no indikator with a target", item.sasaran)
                                         : text::tr("indikator {} of sasaran {} has no target", check::quoted(item.nama),
                                                    item.sasaran);
    std::cout << fmt::format(
        "{}:{}: {}: {}\n", output, item.line, diag::severity_label(diag::Severity::note),
        text::tr("{} in {}, so it stands commented out: give it its {} target and realisasi, then uncomment it", what,
                 old_path, old_year));
  }
  plan::ParseResult parsed = plan::parse_plan_file(output);
  diag::Diagnostics findings = parsed.diagnostics;
  if (parsed.plan && !findings.has_errors()) findings.append(check::check_plan(*parsed.plan));
  for (const diag::Diagnostic& d : findings.all()) std::cout << diag::format_text(d) << "\n";
  if (findings.has_errors()) {
    std::cerr << text::tr("naskah init: {} has errors (above); this is a fault of naskah init", output) << "\n";
    return exit_input_errors;
  }
  std::cout << text::tr("next: fill in the realisasi of {}, update the rencana for {}, then naskah check --strict {}",
                        old_year, year, output)
            << "\n";
  return exit_ok;
}

}  // namespace naskah::cli
