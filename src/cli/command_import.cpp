// naskah import ANNEX.xlsx (or .csv; formerly import-csv): the rencana from a spreadsheet of the annex's columns, put
// into a plan — an existing one (--into, its text edited only inside <rencana>) or a unit's first plan. Reading the
// workbook or CSV and merging the rows is plan::read_annex_file's, the edit plan::replace_rencana's; this file reads,
// refuses, writes and reports.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <stdexcept>

#include "command_line.hpp"
#include "commands.hpp"
#include "first_plan_options.hpp"
#include "input_files.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/plan/annex_import.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/plan/realisation_carry_over.hpp"
#include "naskah/plan/plan_diff.hpp"
#include "naskah/plan/rencana_replace.hpp"
#include "naskah/text/translate.hpp"
#include "output_file.hpp"
#include "shared_options.hpp"
#include "written_plan.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

constexpr std::string_view command_name = "import";

int usage_error(const std::string& message) { return cli::usage_error(command_name, message); }

void print_errors(const diag::Diagnostics& found) {
  for (const diag::Diagnostic& d : found.all()) {
    if (d.severity == diag::Severity::error) std::cerr << diag::format_text(d) << "\n";
  }
}

/// What the spreadsheet gave besides its rencana (hidden rows read), or as well as its errors.
void print_all(const diag::Diagnostics& found) {
  for (const diag::Diagnostic& d : found.all()) std::cerr << diag::format_text(d) << "\n";
}

/// "2 sasaran, 3 program, 7 kegiatan, 12 sub kegiatan"
std::string counts(const plan::Rencana& rencana) {
  std::size_t programs = 0, kegiatan = 0, subs = 0;
  for (const plan::Sasaran& s : rencana.sasaran) {
    programs += s.program.size();
    for (const plan::Program& p : s.program) {
      kegiatan += p.kegiatan.size();
      for (const plan::Kegiatan& k : p.kegiatan) subs += k.subkegiatan.size();
    }
  }
  return fmt::format("{} sasaran, {} program, {} kegiatan, {} sub kegiatan", rencana.sasaran.size(), programs,
                     kegiatan, subs);
}

/// What the plan had that the spreadsheet has not — a sasaran, program, kegiatan or sub kegiatan, an indikator — one
/// line each, as the import removes them: a row deleted in the sheet takes with it every cell that stood on it, the
/// indikator of a sasaran beside a sub kegiatan as much as the sub kegiatan, and the planner must hear of both.
std::vector<std::string> removed_by(const std::string& old_text, const std::string& path, const plan::Rencana& rencana) {
  plan::ParseResult old = plan::parse_plan_text(old_text, path);
  if (!old.plan) return {};
  plan::Plan now = *old.plan;
  now.rencana = rencana;
  std::vector<std::string> lines;
  try {
    for (const plan::PlanChange& change : plan::diff_plans(*old.plan, now).changes) {
      if (change.kind != plan::PlanChange::Kind::removed) continue;
      lines.push_back(change.owner.empty() ? fmt::format("{} {}", change.item, check::quoted(change.name))
                                           : text::tr("indikator {} of {}", check::quoted(change.name), change.owner));
    }
  } catch (const std::overflow_error&) {
    // A sum past the 64-bit limit: the check of the new plan says so, and no list of removals is worth more.
  }
  return lines;
}

/// The plan's text with the new rencana; nothing, with the reasons on standard error, when the plan cannot take it:
/// not well-formed, no <rencana>, or errors outside its <rencana> (those inside are replaced with it).
std::optional<std::string> into_plan(const std::string& path, const std::string& text, const plan::Rencana& rencana) {
  diag::Diagnostics found;
  std::optional<plan::ReplacedRencana> replaced = plan::replace_rencana(text, path, rencana, found);
  if (!replaced) {
    print_errors(found);
    std::cerr << text::tr("naskah {}: nothing written: {} cannot take a rencana", command_name, path) << "\n";
    return std::nullopt;
  }
  const plan::ParseResult old = plan::parse_plan_text(text, path);
  diag::Diagnostics outside;
  for (const diag::Diagnostic& d : old.diagnostics.all()) {
    if (d.where.line < replaced->old_first_line || d.where.line > replaced->old_last_line) outside.add(d);
  }
  if (outside.has_errors()) {
    print_errors(outside);
    std::cerr << text::tr("naskah {}: nothing written: fix the errors of {} outside its <rencana> first", command_name,
                          path)
              << "\n";
    return std::nullopt;
  }
  return std::move(replaced->text);
}

int run_import(const ParsedArgs& args) {
  if (args.operands().size() > 1) {
    return usage_error(text::tr("one spreadsheet at a time: {} and {}", args.operands()[0], args.operands()[1]));
  }
  const std::string sheet_path = args.operands().empty() ? std::string() : args.operands()[0];
  const std::string into = args.value_or_empty("--into");
  const std::string year_text = args.value_or_empty("--tahun");
  std::string output = args.value_or_empty("--output");
  const bool force = args.flag("--force");
  FirstPlanOptions first(args);
  if (sheet_path.empty() || (into.empty() && year_text.empty())) {
    return usage_error(text::tr("name the spreadsheet, and the plan to put its rencana into (--into PLAN.xml) or the "
                                "year and unit of a first plan (--tahun, --instansi, --daerah)"));
  }
  if (!into.empty() && (!year_text.empty() || !first.given().empty())) {
    return usage_error(text::tr("{} is for a first plan; with --into the rest of the plan is {}'s",
                                year_text.empty() ? first.given().front() : "--tahun", into));
  }
  std::optional<int> year;
  std::optional<std::string> skeleton;  // a first plan's, made (and its options checked) before any work
  if (into.empty()) {
    if (!(year = plan_year(command_name, year_text))) return exit_usage;
    if (!(skeleton = first.plan_text(command_name, *year, plan::plan_schema_location))) return exit_usage;
  }

  // Where to write: PLAN itself, or a file that is replaced only with --force.
  std::error_code ignored;
  const bool in_place = !into.empty() && (output.empty() || fs::equivalent(output, into, ignored));
  if (output.empty()) output = into.empty() ? fmt::format("rkt-{}.xml", *year) : into;
  if (auto reason = output_is_input(output, {{sheet_path, text::tr_mark("the spreadsheet")}})) {
    return usage_error(*reason);
  }
  if (!in_place && !force && fs::exists(fs::symlink_status(output, ignored))) return usage_error(exists_message(output));

  // 1. The spreadsheet, every bad cell of it.
  diag::Diagnostics found;
  std::optional<plan::Rencana> rencana = plan::read_annex_file(sheet_path, args.value_or_empty("--sheet"), found);
  print_all(found);
  if (!rencana) {
    std::cerr << text::tr("naskah {}: nothing written: fix the errors of {} first", command_name, sheet_path) << "\n";
    return exit_input_errors;
  }

  // 2. The plan it goes into.
  std::optional<std::string> text;
  std::vector<std::string> removed;
  if (skeleton) {
    text = into_plan(output, *skeleton, *rencana);
  } else {
    diag::Diagnostics unreadable;
    std::optional<std::string> old = plan::read_plan_source(into, unreadable);
    if (!old) {
      print_errors(unreadable);
      return exit_input_errors;
    }
    // What the sheet cannot hold (the earlier years, the analysis …) stays as the plan has it.
    if (const plan::ParseResult parsed = plan::parse_plan_text(*old, into); parsed.plan) {
      plan::carry_over_realisation(parsed.plan->rencana, *rencana);
    }
    text = into_plan(into, *old, *rencana);
    removed = removed_by(*old, into, *rencana);
  }
  if (!text) return exit_input_errors;

  // 3. Written whole, then checked.
  if (int written = write_output(command_name, output, *text, in_place || force); written != exit_ok) return written;
  std::cout << text::tr("wrote {}: the rencana of {}: {}", output, sheet_path, counts(*rencana)) << "\n";
  if (!removed.empty()) {
    std::cout << text::tr_plural("{} had {} item that {} has not; it is removed:",
                                 "{} had {} items that {} has not; they are removed:", removed.size(), into,
                                 removed.size(), sheet_path)
              << "\n";
    for (const std::string& line : removed) std::cout << "  " << line << "\n";
  }
  if (!report_written_plan(command_name, output)) return exit_input_errors;
  std::cout << text::tr("next: naskah check --strict {}, then naskah build {}", output, output) << "\n";
  return exit_ok;
}

}  // namespace

const CommandSpec& import_command() {
  static const CommandSpec command{
      command_name,
      text::tr_mark(R"(usage: naskah import ANNEX.xlsx|ANNEX.csv --into PLAN.xml [-o OUT.xml] [--sheet NAME|N] [--force]
       naskah import ANNEX.xlsx|ANNEX.csv --tahun YEAR --instansi NAME --daerah REGION [OPTIONS] [-o NEW.xml] [--force]

Reads the rencana — sasaran, program, kegiatan and sub kegiatan with their
indikator, targets and anggaran — from a spreadsheet with the RKT annex's
columns (docs/spreadsheets.md lists them; naskah export writes them): an Excel
workbook (.xlsx, its first sheet or the one --sheet names), or CSV (';', ','
or a tab between the cells, UTF-8). A header row names the columns; an empty
or merged cell continues the one above it. Amounts typed as numbers are read
exactly, a formula by the value saved with it.

With --into, PLAN's <rencana> is replaced by it and every other byte of PLAN is
kept: written to PLAN itself, or to OUT with -o; what PLAN had and the
spreadsheet does not (an indikator, a sub kegiatan) is listed. Without --into,
the rencana goes into a unit's first plan, as naskah init writes it (the
options below). Then the plan is checked and the findings printed.

Every bad cell is reported at its place — ANNEX.xlsx:SHEET!T12 (the sheet and
the cell) or ANNEX.csv:ROW:COLUMN — as PLACE: error: … [rule], and nothing is
written. Hidden rows and columns are read as any other, with a warning.
)"),
      text::tr_mark(R"(Exit status: 0 written, 1 errors in ANNEX or PLAN (nothing written), 2 bad usage.
naskah import-csv is another name for naskah import.
Examples:
  naskah import lampiran-2025.xlsx --into rkt-2025.xml
  naskah import lampiran-2025.xlsx --sheet "RKT 2025" --into rkt-2024.xml -o rkt-2025-draft.xml
  naskah init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur"
  naskah import lampiran-2025.csv --into rkt-2025.xml
)"),
      {{nullptr,
        {{"--into", text::tr_mark("PLAN.xml"), text::tr_mark("the plan whose rencana is replaced"), ValueKind::plan},
         {"-o,--output", text::tr_mark("FILE"),
          text::tr_mark("the plan to write (default: PLAN; without --into, rkt-YEAR.xml);\n"
                        "never the spreadsheet itself"),
          ValueKind::file},
         {"--sheet", text::tr_mark("NAME|N"),
          text::tr_mark("the workbook's sheet to read: its name, or its place among the\n"
                        "tabs from 1 (default: the first sheet that is not hidden)"),
          ValueKind::text},
         force_option(text::tr_mark("replace FILE if it exists (PLAN itself is always replaced)")),
         year_option(text::tr_mark("the year of a first plan"))}},
       {text::tr_mark("A first plan (without --into), as naskah init makes it:"), first_plan_options()}},
      ValueKind::spreadsheet,
      run_import,
      {"import-csv"}};
  return command;
}

}  // namespace naskah::cli
