// naskah export-csv PLAN.xml: the rencana as the annex's columns in a spreadsheet, for the planners who keep their
// numbers there. The rows are plan::annex_rows'; this file reads, names and writes.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/annex_columns.hpp"
#include "naskah/plan/annex_export.hpp"
#include "naskah/plan/csv_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"
#include "output_file.hpp"

namespace naskah::cli {
namespace {

int usage_error(const std::string& message) { return cli::usage_error("export-csv", message); }

int run_export_csv(const ParsedArgs& args) {
  if (args.operands().empty()) return usage_error(text::tr("name the plan"));
  if (args.operands().size() > 1) {
    return usage_error(text::tr("one plan at a time: {} and {}", args.operands()[0], args.operands()[1]));
  }
  const std::string& plan_path = args.operands().front();
  std::string output = args.value_or_empty("--output");
  const char separator = args.value("--separator").value_or(";")[0];
  const plan::AnnexNumbers numbers =
      args.value("--numbers") == "plain" ? plan::AnnexNumbers::plain : plan::AnnexNumbers::indonesian;
  plan::ParseResult parsed = plan::parse_plan_file(plan_path);
  if (!parsed.plan || parsed.diagnostics.has_errors()) {
    for (const diag::Diagnostic& d : parsed.diagnostics.all()) {
      if (d.severity == diag::Severity::error) std::cerr << diag::format_text(d) << "\n";
    }
    std::cerr << text::tr("naskah {}: nothing written: fix the errors of {} first", "export-csv", plan_path) << "\n";
    return exit_input_errors;
  }
  if (output.empty()) output = std::filesystem::path(plan_path).replace_extension(".csv").string();
  if (auto reason = output_is_input(output, {{plan_path, text::tr_mark("the plan")}})) return usage_error(*reason);
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

}  // namespace

const CommandSpec& export_csv_command() {
  static const CommandSpec command{
      "export-csv",
      text::tr_mark(R"(usage: naskah export-csv [OPTIONS] PLAN.xml

Writes PLAN's rencana as a spreadsheet (CSV) of the RKT annex's columns: the
sasaran with its indikator and targets, each program, kegiatan and sub kegiatan
with its number, kode, name, indikator, targets, anggaran and ket, one row per
line of the annex. naskah import-csv reads it back (docs/csv.md). Only what
the plan states is written: a program's or kegiatan's anggaran and the TOTAL
row only where the plan states one, never the sums the annex computes.
)"),
      text::tr_mark(R"(The file is UTF-8 with a byte order mark, so that Excel reads it as UTF-8.
Exit status: 0 written, 1 PLAN has errors or the file could not be written, 2 bad usage.
Examples:
  naskah export-csv rkt-2024.xml                         (writes rkt-2024.csv)
  naskah export-csv rkt-2024.xml -o lampiran.csv --separator , --numbers plain
)"),
      {{nullptr,
        {{"-o,--output", text::tr_mark("FILE"),
          text::tr_mark("the CSV to write (default: PLAN's name with .csv); an existing one\n"
                        "is replaced, whole or not at all; never PLAN itself"),
          ValueKind::file},
         {"--separator", text::tr_mark("';'|','"),
          text::tr_mark("between the cells (default ';', as Excel reads CSV in Indonesia and\n"
                        "wherever the decimal mark is a comma)"),
          ValueKind::choice,
          {";", ","}},
         {"--numbers", text::tr_mark("indonesian|plain"),
          text::tr_mark("amounts as 28.584.558.694 (default) or 28584558694; targets are\n"
                        "text with their unit and stay as written"),
          ValueKind::choice,
          {"indonesian", "plain"}}}}},
      ValueKind::plan,
      run_export_csv};
  return command;
}

}  // namespace naskah::cli
