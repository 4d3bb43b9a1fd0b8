// naskah import-csv ANNEX.csv: the rencana from a spreadsheet of the annex's columns, put into a plan — an existing
// one (--into, its text edited only inside <rencana>) or a unit's first plan. Reading and merging the rows is
// plan::read_annex's, the edit plan::replace_rencana's; this file reads, refuses, writes and reports.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "data_paths.hpp"
#include "first_plan_options.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/annex_import.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/plan/rencana_replace.hpp"
#include "naskah/text/translate.hpp"
#include "output_file.hpp"
#include "written_plan.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

// TRANSLATORS: {} stands for the options of a first plan (their own text).
constexpr const char* import_usage = text::tr_mark(R"(usage: naskah import-csv ANNEX.csv --into PLAN.xml [-o OUT.xml] [--force]
       naskah import-csv ANNEX.csv --tahun YEAR --instansi NAME --daerah REGION [OPTIONS] [-o NEW.xml] [--force]

Reads the rencana — sasaran, program, kegiatan and sub kegiatan with their
indikator, targets and anggaran — from a spreadsheet saved as CSV with the RKT
annex's columns (docs/csv.md lists them; naskah export-csv writes them): ';' or
',' between the cells, UTF-8, a header row naming the columns. A cell left
empty continues the one above it, as a merged cell is saved.

With --into, PLAN's <rencana> is replaced by it and every other byte of PLAN is
kept: written to PLAN itself, or to OUT with -o. Without --into, the rencana goes
into a unit's first plan, as naskah init writes it (the options below). Then the
plan is checked and the findings printed.

Every bad cell is reported as ANNEX.csv:ROW:COLUMN: error: … [rule] (the
spreadsheet's row and column, from 1), and nothing is written.

  --into PLAN.xml       the plan whose rencana is replaced
  -o, --output FILE     the plan to write (default: PLAN; without --into,
                        rkt-YEAR.xml)
  --force               replace FILE if it exists (PLAN itself is always replaced)
  --tahun YEAR          the year of a first plan

A first plan (without --into), as naskah init makes it:
{}
Exit status: 0 written, 1 errors in ANNEX.csv or PLAN (nothing written), 2 bad usage.
Examples:
  naskah import-csv lampiran-2025.csv --into rkt-2025.xml
  naskah import-csv lampiran-2025.csv --into rkt-2024.xml -o rkt-2025-draft.xml
  naskah init --tahun 2025 --instansi "Dinas Kesehatan" --daerah "Kabupaten Luwu Timur"
  naskah import-csv lampiran-2025.csv --into rkt-2025.xml
)");

void print_usage(std::ostream& out) { out << text::tr(import_usage, text::tr_text(first_plan_options_help)); }

int usage_error(const std::string& message) {
  std::cerr << text::tr("naskah import-csv: {}", message) << "\n";
  return exit_usage;
}

void print_errors(const diag::Diagnostics& found) {
  for (const diag::Diagnostic& d : found.all()) {
    if (d.severity == diag::Severity::error) std::cerr << diag::format_text(d) << "\n";
  }
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

/// The plan's text with the new rencana; nothing, with the reasons on standard error, when the plan cannot take it:
/// not well-formed, no <rencana>, or errors outside its <rencana> (those inside are replaced with it).
std::optional<std::string> into_plan(const std::string& path, const std::string& text, const plan::Rencana& rencana) {
  diag::Diagnostics found;
  std::optional<plan::ReplacedRencana> replaced = plan::replace_rencana(text, path, rencana, found);
  if (!replaced) {
    print_errors(found);
    std::cerr << text::tr("naskah import-csv: nothing written: {} cannot take a rencana", path) << "\n";
    return std::nullopt;
  }
  const plan::ParseResult old = plan::parse_plan_text(text, path);
  diag::Diagnostics outside;
  for (const diag::Diagnostic& d : old.diagnostics.all()) {
    if (d.where.line < replaced->old_first_line || d.where.line > replaced->old_last_line) outside.add(d);
  }
  if (outside.has_errors()) {
    print_errors(outside);
    std::cerr << text::tr("naskah import-csv: nothing written: fix the errors of {} outside its <rencana> first", path)
              << "\n";
    return std::nullopt;
  }
  return std::move(replaced->text);
}

}  // namespace

int run_import_csv(const std::vector<std::string>& args) {
  auto read = read_plan_writing_args("import-csv", args, {"--into"}, true, print_usage);
  if (const int* exit = std::get_if<int>(&read)) return *exit;
  PlanWritingArgs& a = std::get<PlanWritingArgs>(read);
  if (a.operands.size() > 1) {
    return usage_error(text::tr("one spreadsheet at a time: {} and {}", a.operands[0], a.operands[1]));
  }
  const std::string csv_path = a.operands.empty() ? std::string() : a.operands[0];
  const std::string into = a.value("--into");
  const std::string& year_text = a.year_text;
  std::string output = a.output;
  const bool force = a.force;
  FirstPlanOptions& first = a.first;
  if (csv_path.empty() || (into.empty() && year_text.empty())) {
    std::cerr << text::tr("naskah import-csv: name the spreadsheet, and the plan to put its rencana into (--into "
                          "PLAN.xml) or the year and unit of a first plan (--tahun, --instansi, --daerah)")
              << "\n";
    print_usage(std::cerr);
    return exit_usage;
  }
  if (!into.empty() && (!year_text.empty() || !first.given().empty())) {
    return usage_error(text::tr("{} is for a first plan; with --into the rest of the plan is {}'s",
                                year_text.empty() ? first.given().front() : "--tahun", into));
  }
  std::optional<int> year;
  std::optional<std::string> skeleton;  // a first plan's, made (and its options checked) before any work
  if (into.empty()) {
    if (!(year = plan_year("import-csv", year_text))) return exit_usage;
    if (!(skeleton = first.plan_text("import-csv", *year, installed_schema_uri()))) return exit_usage;
  }

  // Where to write: PLAN itself, or a file that is replaced only with --force.
  std::error_code ignored;
  const bool in_place = !into.empty() && (output.empty() || fs::equivalent(output, into, ignored));
  if (output.empty()) output = into.empty() ? fmt::format("rkt-{}.xml", *year) : into;
  if (!in_place && !force && fs::exists(fs::symlink_status(output, ignored))) return usage_error(exists_message(output));

  // 1. The spreadsheet, every bad cell of it.
  diag::Diagnostics found;
  std::optional<plan::Rencana> rencana;
  rencana = plan::read_annex_csv_file(csv_path, found);
  if (!rencana) {
    print_errors(found);
    std::cerr << text::tr("naskah {}: nothing written: fix the errors of {} first", "import-csv", csv_path) << "\n";
    return exit_input_errors;
  }

  // 2. The plan it goes into.
  std::optional<std::string> text;
  if (skeleton) {
    text = into_plan(output, *skeleton, *rencana);
  } else {
    diag::Diagnostics unreadable;
    std::optional<std::string> old = plan::read_plan_source(into, unreadable);
    if (!old) {
      print_errors(unreadable);
      return exit_input_errors;
    }
    text = into_plan(into, *old, *rencana);
  }
  if (!text) return exit_input_errors;

  // 3. Written whole, then checked.
  if (int written = write_output("import-csv", output, *text, in_place || force); written != exit_ok) return written;
  std::cout << text::tr("wrote {}: the rencana of {}: {}", output, csv_path, counts(*rencana)) << "\n";
  if (!report_written_plan("import-csv", output)) return exit_input_errors;
  std::cout << text::tr("next: naskah check --strict {}, then naskah build {}", output, output) << "\n";
  return exit_ok;
}

}  // namespace naskah::cli
