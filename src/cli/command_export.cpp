// naskah export PLAN.xml (formerly export-csv): the rencana as the annex's columns in a spreadsheet, for the
// planners who keep their numbers there — an Excel workbook when the output ends in .xlsx, CSV otherwise. The rows
// are plan::annex_sheet's, the workbook plan::annex_workbook's; this file reads, names and writes.

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include "command_line.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/annex_columns.hpp"
#include "naskah/plan/annex_export.hpp"
#include "naskah/plan/annex_workbook.hpp"
#include "naskah/plan/csv_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"
#include "output_file.hpp"

namespace naskah::cli {
namespace {

constexpr std::string_view command_name = "export";
constexpr std::string_view former_name = "export-csv";

int usage_error(const std::string& message) { return cli::usage_error(command_name, message); }

/// The file's extension in lower case, with its dot: ".xlsx".
std::string extension_of(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

int write_workbook(const plan::Plan& plan, const std::string& plan_path, const std::string& output) {
  const plan::MadeWorkbook workbook = plan::annex_workbook(plan);
  if (!workbook.bytes) {
    std::cerr << problem_line(diag::Severity::error, output,
                              text::tr("cannot write the workbook: {}", workbook.problem))
              << "\n";
    return exit_input_errors;
  }
  if (int written = write_output(command_name, output, *workbook.bytes, true); written != exit_ok) return written;
  const std::size_t rows = plan::annex_sheet(plan.rencana).size();
  std::cout << text::tr_plural("wrote {}: the rencana of {} in {} row of {} columns, on the sheet \"Lampiran\"",
                               "wrote {}: the rencana of {} in {} rows of {} columns, on the sheet \"Lampiran\"", rows,
                               output, plan_path, rows, plan::columns_for(plan.rencana).size())
            << "\n";
  return exit_ok;
}

int write_csv(const plan::Plan& plan, const std::string& plan_path, const std::string& output, const ParsedArgs& args) {
  const char separator = args.value("--separator").value_or(";")[0];
  const plan::AnnexNumbers numbers =
      args.value("--numbers") == "plain" ? plan::AnnexNumbers::plain : plan::AnnexNumbers::indonesian;
  const std::vector<std::vector<std::string>> rows = plan::annex_rows(plan.rencana, numbers);
  if (int written = write_output(command_name, output, plan::write_csv(rows, separator), true); written != exit_ok) {
    return written;
  }
  const std::size_t data_rows = rows.size() - 1;  // under the header
  std::cout << text::tr_plural("wrote {}: the rencana of {} in {} row of {} columns, separated by '{}'",
                               "wrote {}: the rencana of {} in {} rows of {} columns, separated by '{}'", data_rows,
                               output, plan_path, data_rows, plan::columns_for(plan.rencana).size(), separator)
            << "\n";
  return exit_ok;
}

int run_export(const ParsedArgs& args) {
  if (args.operands().empty()) return usage_error(text::tr("name the plan"));
  if (args.operands().size() > 1) {
    return usage_error(text::tr("one plan at a time: {} and {}", args.operands()[0], args.operands()[1]));
  }
  const std::string& plan_path = args.operands().front();
  std::string output = args.value_or_empty("--output");
  // The former name keeps its former default: a CSV.
  if (output.empty()) {
    const char* extension = args.called_as() == former_name ? ".csv" : ".xlsx";
    output = std::filesystem::path(plan_path).replace_extension(extension).string();
  }
  const std::string extension = extension_of(output);
  const bool workbook = extension == ".xlsx";
  if (extension == ".xls" || extension == ".xlsm" || extension == ".xlsb" || extension == ".ods") {
    return usage_error(text::tr("{}: naskah writes a workbook as .xlsx, which every spreadsheet program opens, or CSV",
                                output));
  }
  if (workbook && (args.flag("--separator") || args.flag("--numbers"))) {
    return usage_error(text::tr("{} is for CSV; a workbook holds its cells apart and its amounts as numbers",
                                args.flag("--separator") ? "--separator" : "--numbers"));
  }
  plan::ParseResult parsed = plan::parse_plan_file(plan_path);
  if (!parsed.plan || parsed.diagnostics.has_errors()) {
    for (const diag::Diagnostic& d : parsed.diagnostics.all()) {
      if (d.severity == diag::Severity::error) std::cerr << diag::format_text(d) << "\n";
    }
    std::cerr << text::tr("naskah {}: nothing written: fix the errors of {} first", command_name, plan_path) << "\n";
    return exit_input_errors;
  }
  if (auto reason = output_is_input(output, {{plan_path, text::tr_mark("the plan")}})) return usage_error(*reason);
  return workbook ? write_workbook(*parsed.plan, plan_path, output) : write_csv(*parsed.plan, plan_path, output, args);
}

}  // namespace

const CommandSpec& export_command() {
  static const CommandSpec command{
      command_name,
      text::tr_mark(R"(usage: naskah export [OPTIONS] PLAN.xml

Writes PLAN's rencana as a spreadsheet of the RKT annex's columns: the sasaran
with its indikator and targets, each program, kegiatan and sub kegiatan with
its number, kode, name, indikator, targets, anggaran and ket, one row per line
of the annex. An Excel workbook when the output ends in .xlsx (the default):
headed as the printed annex, each item's cells merged over its rows, amounts as
numbers shown as 28.584.558.694, the header frozen. CSV otherwise. naskah import
reads either back (docs/spreadsheets.md). Only what the plan states is written:
a program's or kegiatan's anggaran and the TOTAL row only where the plan states
one, never the sums the annex computes.
)"),
      text::tr_mark(R"(A CSV file is UTF-8 with a byte order mark, so that Excel reads it as UTF-8.
Exit status: 0 written, 1 PLAN has errors or the file could not be written, 2 bad usage.
naskah export-csv is another name for naskah export, whose default output is a CSV.
Examples:
  naskah export rkt-2024.xml                         (writes rkt-2024.xlsx)
  naskah export rkt-2024.xml -o lampiran.csv --separator , --numbers plain
)"),
      {{nullptr,
        {{"-o,--output", text::tr_mark("FILE"),
          text::tr_mark("the workbook (.xlsx) or CSV to write (default: PLAN's name with\n"
                        ".xlsx); an existing one is replaced, whole or not at all; never\n"
                        "PLAN itself"),
          ValueKind::file},
         {"--separator", text::tr_mark("';'|','"),
          text::tr_mark("CSV: between the cells (default ';', as Excel reads CSV in\n"
                        "Indonesia and wherever the decimal mark is a comma)"),
          ValueKind::choice,
          {";", ","}},
         {"--numbers", text::tr_mark("indonesian|plain"),
          text::tr_mark("CSV: amounts as 28.584.558.694 (default) or 28584558694; targets\n"
                        "are text with their unit and stay as written"),
          ValueKind::choice,
          {"indonesian", "plain"}}}}},
      ValueKind::plan,
      run_export,
      {former_name}};
  return command;
}

}  // namespace naskah::cli
