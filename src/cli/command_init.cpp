// naskah init --tahun YEAR --from OLD.xml: next year's plan from this year's file, so that January starts from last
// year's plan; without --from, the first plan of a unit that has none. The plans are plan::make_next_year_plan's and
// plan::make_first_plan's; this file reads, checks, names and writes.

#include <fmt/format.h>

#include <cctype>
#include <filesystem>
#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "first_plan_options.hpp"
#include "input_files.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/next_year.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"
#include "output_file.hpp"
#include "shared_options.hpp"
#include "written_plan.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

int usage_error(const std::string& message) { return cli::usage_error("init", message); }

/// OLD's file name with its year replaced by the new one, in the same folder, and without "perubahan" (with the
/// separator beside it): next year's plan is the first of its year, whatever revision OLD was —
/// rkt-2025-perubahan.xml gives rkt-2026.xml. Nothing when the name has no year.
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
  constexpr std::string_view revision = "perubahan";
  auto separator = [&](std::size_t i) { return i < name.size() && (name[i] == '-' || name[i] == '_' || name[i] == ' '); };
  std::string folded = name;
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t at = folded.find(revision); at != std::string::npos; at = folded.find(revision)) {
    std::size_t begin = at, end = at + revision.size();
    if (begin > 0 && separator(begin - 1)) {
      --begin;
    } else if (separator(end)) {
      ++end;
    }
    name.erase(begin, end - begin);
    folded.erase(begin, end - begin);
  }
  return (path.parent_path() / name).string();
}

/// naskah init --from: next year's plan from this year's.
int next_year_plan(int year, const std::string& old_path, std::string output, bool force) {
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
    std::cerr << text::tr("naskah {}: nothing written: fix the errors of {} first", "init", old_path) << "\n";
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
  if (auto reason = output_is_input(output, {{old_path, text::tr_mark("the plan to start from")}})) {
    return usage_error(*reason);
  }
  if (!force && fs::exists(fs::symlink_status(output, ignored))) return usage_error(exists_message(output));

  // 3. The new plan, written whole or not at all.
  plan::NextYearPlan made = plan::make_next_year_plan(*old_text, *old, year, plan::plan_schema_location);
  if (int written = write_output("init", output, made.text, force); written != exit_ok) return written;

  // 4. What was done, and what is left to do.
  std::cout << text::tr("wrote {}: tahun {}, evaluasi {} prepared with {} indikator to fill in (realisasi)", output,
                        year, old_year, made.indikator_to_fill)
            << "\n";
  if (made.indikator_filled > 0) {
    std::cout << text::tr("{} indikator of evaluasi {} took their realisasi from the plan's rencana, which keeps them "
                          "as <riwayat tahun=\"{}\">",
                          made.indikator_filled, old_year, old_year)
              << "\n";
  }
  for (const plan::LeftOut& item : made.left_out) {
    std::string what = item.nama.empty() ? text::tr("sasaran {} has no indikator with a target", item.sasaran)
                                         : text::tr("indikator {} of sasaran {} has no target", check::quoted(item.nama),
                                                    item.sasaran);
    std::cout << fmt::format(
        "{}:{}: {}: {}\n", output, item.line, diag::severity_label(diag::Severity::note),
        text::tr("{} in {}, so it stands commented out: give it its {} target and realisasi, then uncomment it", what,
                 old_path, old_year));
  }
  if (!report_written_plan("init", output)) return exit_input_errors;
  std::cout << text::tr("next: fill in the realisasi of {}, update the rencana for {}, then naskah check --strict {}",
                        old_year, year, output)
            << "\n";
  return exit_ok;
}

/// naskah init without --from: the first plan of a unit that has none.
int first_plan(int year, FirstPlanOptions& options, std::string output, bool force) {
  std::optional<std::string> text = options.plan_text("init", year, plan::plan_schema_location);
  if (!text) return exit_usage;
  if (output.empty()) output = fmt::format("rkt-{}.xml", year);
  std::error_code ignored;
  if (!force && fs::exists(fs::symlink_status(output, ignored))) return usage_error(exists_message(output));
  if (int written = write_output("init", output, *text, force); written != exit_ok) return written;
  std::cout << text::tr("wrote {}: the first plan for {}, to fill in", output, year) << "\n";
  if (!report_written_plan("init", output)) return exit_input_errors;
  std::cout << text::tr("next: fill in what the warnings name; the rencana from a spreadsheet with naskah import "
                        "ANNEX.xlsx --into {} (docs/spreadsheets.md); then naskah check --strict {}",
                        output, output)
            << "\n";
  return exit_ok;
}


int run_init(const ParsedArgs& args) {
  const std::string year_text = args.value_or_empty("--tahun");
  const std::string old_path = args.value_or_empty("--from");
  const std::string output = args.value_or_empty("--output");
  const bool force = args.flag("--force");
  FirstPlanOptions first(args);
  if (!args.operands().empty()) return usage_error(text::tr("unknown argument {}", args.operands().front()));
  if (year_text.empty() || (old_path.empty() && first.given().empty())) {
    return usage_error(text::tr("name the new plan's year, and the plan to start from (--from) or the unit of a first "
                                "plan (--instansi, --daerah)"));
  }
  if (!old_path.empty() && !first.given().empty()) {
    return usage_error(text::tr("{} is for a first plan; with --from the unit and its signatory come from {}",
                                first.given().front(), old_path));
  }
  const std::optional<int> year = plan_year("init", year_text);
  if (!year) return exit_usage;
  return old_path.empty() ? first_plan(*year, first, output, force) : next_year_plan(*year, old_path, output, force);
}

}  // namespace

const CommandSpec& init_command() {
  static const CommandSpec command{
      "init",
      text::tr_mark(R"(usage: naskah init --tahun YEAR --from OLD.xml [-o NEW.xml] [--force]
       naskah init --tahun YEAR --instansi NAME --daerah REGION [OPTIONS] [-o NEW.xml] [--force]

With --from, makes next year's plan from this year's. NEW.xml is OLD.xml with
  - tahun YEAR, and the signing date moved to the same day of YEAR;
  - an <evaluasi> of OLD's year made from OLD's rencana: each sasaran with its
    indikator, their targets and arah, and an empty realisasi to fill in; the
    standard Evaluasi subbab printed (a removal of it that a first plan wrote
    is dropped);
  - everything else as it was: text, comments, layout, the rencana (update it
    for YEAR).
Then NEW.xml is checked: the realisasi-missing warnings list what to fill in.
OLD.xml must have no errors.

Without --from, makes the first plan of a unit that has none: the unit, the
signatory as far as it is given (the rest written empty, to fill in), the
template's standard chapters, an empty rencana with a commented example. Then
NEW.xml is checked: the signatory-missing and empty-level warnings list what to
fill in. Fill the rencana from a spreadsheet with naskah import ANNEX.xlsx
--into NEW.xml (docs/spreadsheets.md). See docs/init.md.
)"),
      text::tr_mark(R"(Exit status: 0 written, 1 OLD.xml has errors or NEW.xml could not be written, 2 bad usage.
Examples:
  naskah init --tahun 2025 --from rkt-2024.xml      (writes rkt-2025.xml)
  naskah init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur"
  naskah init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur" )"
                    // The shell's line continuations, outside the raw string: xgettext would take a backslash before
                    // a line break in one for C's, and drop both from the catalogue's text.
                    "\\\n"
                    R"(              --penandatangan "dr. ANDI MAKMUR, M.Kes" --nip 198001152005011002 )"
                    "\\\n"
                    R"(              --jabatan "Kepala Dinas Kesehatan" --tempat Malili --tanggal 2025-01-06
)"),
      {{nullptr,
        {year_option(text::tr_mark("the new plan's year (with --from: OLD's tahun + 1 or later)")),
         {"--from", text::tr_mark("OLD.xml"), text::tr_mark("the plan to start from"), ValueKind::plan},
         {"-o,--output", text::tr_mark("FILE"),
          text::tr_mark("the plan to write (default: rkt-YEAR.xml; with --from, OLD's file name\n"
                        "with its year replaced by YEAR and without -perubahan, in OLD's folder)"),
          ValueKind::file},
         force_option(text::tr_mark("replace FILE if it exists"))}},
       {text::tr_mark("A first plan (without --from):"), first_plan_options()}},
      ValueKind::none,
      run_init};
  return command;
}

}  // namespace naskah::cli
