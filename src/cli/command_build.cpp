// naskah build PLAN -o OUT.pdf: check the plan, compose it with its template, lay it out and write the PDF.
// Nothing is written unless every stage succeeds; an existing PDF is replaced only by a complete new one.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <thread>

#include "command_line.hpp"
#include "commands.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/io/atomic_file.hpp"
#include "naskah/text/translate.hpp"
#include "plan_build.hpp"
#include "shared_options.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

void print(const diag::Diagnostics& diagnostics) {
  // One write for them all: standard error is unbuffered, and each piece given it was a system call.
  std::string text;
  for (const diag::Diagnostic& d : diagnostics.all()) text.append(diag::format_text(d)).append("\n");
  std::cerr << text;
}

/// The files the build writes, from -o and --format: -o x.docx alone asks for the DOCX; with both formats, -o names
/// either and the other is beside it (-o rkt.pdf: rkt.pdf and rkt.docx); without -o, they are named after the plan.
std::optional<int> name_outputs(const ParsedArgs& args, BuildRequest& request) {
  const std::optional<std::string> given = args.value("--output");
  const std::string extension = given ? fs::path(*given).extension().string() : std::string();
  if (!args.value("--format") && extension == ".docx") request.formats = OutputFormats{false, true};
  const OutputFormats& formats = request.formats;
  const fs::path base = given ? fs::path(*given) : fs::path(request.plan_path);
  if (formats.pdf && formats.docx) {
    request.output = fs::path(base).replace_extension(".pdf").string();
    request.docx_output = fs::path(base).replace_extension(".docx").string();
    return std::nullopt;
  }
  const char* wanted = formats.docx ? ".docx" : ".pdf";
  const char* other = formats.docx ? ".pdf" : ".docx";
  if (given && extension == other) {
    return usage_error("build", text::tr("-o {}: --format {} writes a {} file", *given, formats.docx ? "docx" : "pdf",
                                         wanted));
  }
  (formats.docx ? request.docx_output : request.output) =
      given ? *given : fs::path(request.plan_path).replace_extension(wanted).string();
  return std::nullopt;
}

int run_build(const ParsedArgs& args) {
  BuildRequest request;
  if (auto bad = read_build_options(args, request)) return *bad;
  if (args.operands().empty()) return usage_error("build", text::tr("name the plan to build"));
  if (args.operands().size() > 1) return usage_error("build", text::tr("one plan at a time (naskah batch builds many)"));
  request.plan_path = args.operands().front();
  if (auto bad = name_outputs(args, request)) return *bad;
  if (auto bad = check_formats(args, request)) return *bad;

  BuildResources resources;
  resources.draw_alongside_layout(std::thread::hardware_concurrency() > 1);
  // The PDF is flushed to disk and renamed into place on a thread of its own while the build frees what it made
  // (libharu's document, the fonts, the pages): the two took a millisecond each, one after the other.
  std::optional<std::string> not_placed;
  BuildReport report;
  {
    io::FilesPutInPlace placer;
    request.placer = &placer;
    request.placed = [&not_placed](const std::optional<std::string>& problem) { not_placed = problem; };
    report = build_plan(request, resources);
    placer.finish();
  }
  report.placed(request.output, not_placed);
  print(report.diagnostics);
  for (const std::string& note : report.notes) std::cerr << note << "\n";
  return report.written ? exit_ok : exit_input_errors;
}

}  // namespace

const CommandSpec& build_command() {
  static const CommandSpec command{
      "build",
      text::tr_mark(R"(usage: naskah build [OPTIONS] PLAN.xml

Checks the plan, then composes it with its template, lays it out and writes the PDF — or, with
--format docx or -o FILE.docx, an editable Word copy of the same document (docs/docx.md).
Diagnostics are printed as with `naskah check`; errors stop the build and nothing is written.
)"),
      text::tr_mark(R"(Exit status: 0 written, 1 the plan, template or output had errors, 2 bad usage.
Examples:
  naskah build samples/rkt-2024-setwan-luwu-timur.xml -o rkt-2024.pdf
  naskah build samples/rkt-2024-setwan-luwu-timur.xml --template perjanjian-kinerja -o pk-2024.pdf
  naskah build samples/rkt-2024-setwan-luwu-timur.xml -o rkt-2024.docx
)"),
      {{nullptr,
        with_build_options({{"-o,--output", text::tr_mark("FILE"),
                             text::tr_mark("the file to write (default: the plan's name with .pdf or .docx, beside\n"
                                           "it; with --format pdf,docx both, named alike); never one of the build's\n"
                                           "own files (the plan, the template's, fonts, images)"),
                             ValueKind::file},
                            annex_source_option},
                           text::tr_mark("the template: a folder, or a name found as the plan's template=\"…\" is\n"
                                         "(default: that name), in NASKAH_TEMPLATE_PATH, then in the templates/\n"
                                         "installed with naskah — rkt, perjanjian-kinerja"),
                           text::tr_mark("treat warnings as errors: no PDF unless the plan is clean"))}},
      ValueKind::plan,
      run_build};
  return command;
}

}  // namespace naskah::cli
