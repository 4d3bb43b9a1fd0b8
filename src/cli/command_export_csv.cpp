// naskah export-csv PLAN.xml: the rencana as the annex's columns in a spreadsheet, for the planners who keep their
// numbers there. The rows are plan::annex_rows'; this file reads, names and writes.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/annex_columns.hpp"
#include "naskah/plan/annex_export.hpp"
#include "naskah/plan/csv_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"
#include "output_file.hpp"

namespace naskah::cli {
namespace {

constexpr const char* export_usage = text::tr_mark(R"(usage: naskah export-csv [-o ANNEX.csv] [--separator ';'|','] [--numbers indonesian|plain] PLAN.xml

Writes PLAN's rencana as a spreadsheet (CSV) of the RKT annex's columns: the
sasaran with its indikator and targets, each program, kegiatan and sub kegiatan
with its number, kode, name, indikator, targets, anggaran and ket, one row per
line of the annex. naskah import-csv reads it back (docs/csv.md). Only what
the plan states is written: a program's or kegiatan's anggaran and the TOTAL
row only where the plan states one, never the sums the annex computes.

  -o, --output FILE      the CSV to write (default: PLAN's name with .csv); an
                         existing one is replaced, whole or not at all
  --separator ';'|','    between the cells (default ';', as Excel reads CSV in
                         Indonesia and wherever the decimal mark is a comma)
  --numbers indonesian|plain
                         amounts as 28.584.558.694 (default) or 28584558694;
                         targets are text with their unit and stay as written

The file is UTF-8 with a byte order mark, so that Excel reads it as UTF-8.
Exit status: 0 written, 1 PLAN has errors or the file could not be written, 2 bad usage.
Examples:
  naskah export-csv rkt-2024.xml                         (writes rkt-2024.csv)
  naskah export-csv rkt-2024.xml -o lampiran.csv --separator , --numbers plain
)");

int usage_error(const std::string& message) {
  std::cerr << text::tr("naskah export-csv: {}", message) << "\n";
  return exit_usage;
}

}  // namespace

int run_export_csv(const std::vector<std::string>& args) {
  std::string plan_path;
  std::string output;
  char separator = ';';
  plan::AnnexNumbers numbers = plan::AnnexNumbers::indonesian;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << text::tr_text(export_usage);
      return exit_ok;
    } else if (arg == "-o" || arg == "--output") {
      auto v = option_value("export-csv", args, i);
      if (!v) return exit_usage;
      output = *v;
    } else if (arg == "--separator") {
      auto v = option_value("export-csv", args, i);
      if (!v) return exit_usage;
      if (*v != ";" && *v != ",") return usage_error(text::tr("--separator {}: write ';' or ','", *v));
      separator = (*v)[0];
    } else if (arg == "--numbers") {
      auto v = option_value("export-csv", args, i);
      if (!v) return exit_usage;
      if (*v != "indonesian" && *v != "plain") return usage_error(text::tr("--numbers {}: write indonesian or plain", *v));
      numbers = *v == "plain" ? plan::AnnexNumbers::plain : plan::AnnexNumbers::indonesian;
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << text::tr("naskah {}: unknown option {}", "export-csv", arg) << "\n" << text::tr_text(export_usage);
      return exit_usage;
    } else if (plan_path.empty()) {
      plan_path = arg;
    } else {
      return usage_error(text::tr("one plan at a time: {} and {}", plan_path, arg));
    }
  }
  if (plan_path.empty()) {
    std::cerr << text::tr("naskah export-csv: name the plan") << "\n" << text::tr_text(export_usage);
    return exit_usage;
  }
  plan::ParseResult parsed = plan::parse_plan_file(plan_path);
  if (!parsed.plan || parsed.diagnostics.has_errors()) {
    for (const diag::Diagnostic& d : parsed.diagnostics.all()) {
      if (d.severity == diag::Severity::error) std::cerr << diag::format_text(d) << "\n";
    }
    std::cerr << text::tr("naskah {}: nothing written: fix the errors of {} first", "export-csv", plan_path) << "\n";
    return exit_input_errors;
  }
  if (output.empty()) output = std::filesystem::path(plan_path).replace_extension(".csv").string();
  std::error_code ignored;
  if (std::filesystem::equivalent(output, plan_path, ignored)) {
    return usage_error(text::tr("{} is the plan; name the spreadsheet with -o ANNEX.csv", output));
  }
  const std::vector<std::vector<std::string>> rows = plan::annex_rows(parsed.plan->rencana, numbers);
  if (int written = write_output("export-csv", output, plan::write_csv(rows, separator), true); written != exit_ok) {
    return written;
  }
  const std::size_t data_rows = rows.size() - 1;  // under the header
  std::cout << text::tr_plural("wrote {}: the rencana of {} in {} row of {} columns, separated by '{}'",
                               "wrote {}: the rencana of {} in {} rows of {} columns, separated by '{}'", data_rows,
                               output, plan_path, data_rows, plan::annex_columns().size(), separator)
            << "\n";
  return exit_ok;
}

}  // namespace naskah::cli
