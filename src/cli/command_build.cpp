// naskah build PLAN -o OUT.pdf: check the plan, compose it with its template, lay it out and write the PDF.
// Nothing is written unless every stage succeeds; an existing PDF is replaced only by a complete new one.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <thread>

#include "command_line.hpp"
#include "commands.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/text/translate.hpp"
#include "plan_build.hpp"
#include "shared_options.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

void print(const diag::Diagnostics& diagnostics) {
  for (const diag::Diagnostic& d : diagnostics.all()) std::cerr << diag::format_text(d) << "\n";
}

int run_build(const ParsedArgs& args) {
  BuildRequest request;
  if (auto bad = read_build_options(args, request)) return *bad;
  if (args.operands().empty()) return usage_error("build", text::tr("name the plan to build"));
  if (args.operands().size() > 1) return usage_error("build", text::tr("one plan at a time (naskah batch builds many)"));
  request.plan_path = args.operands().front();
  request.output = args.value("--output").value_or(fs::path(request.plan_path).replace_extension(".pdf").string());

  BuildResources resources;
  resources.draw_alongside_layout(std::thread::hardware_concurrency() > 1);
  BuildReport report = build_plan(request, resources);
  print(report.diagnostics);
  for (const std::string& note : report.notes) std::cerr << note << "\n";
  return report.written ? exit_ok : exit_input_errors;
}

}  // namespace

const CommandSpec& build_command() {
  static const CommandSpec command{
      "build",
      text::tr_mark(R"(usage: naskah build [OPTIONS] PLAN.xml

Checks the plan, then composes it with its template, lays it out and writes the PDF.
Diagnostics are printed as with `naskah check`; errors stop the build and nothing is written.
)"),
      text::tr_mark(R"(Exit status: 0 written, 1 the plan, template or output had errors, 2 bad usage.
Examples:
  naskah build samples/rkt-2024-setwan-luwu-timur.xml -o rkt-2024.pdf
  naskah build samples/rkt-2024-setwan-luwu-timur.xml --template perjanjian-kinerja -o pk-2024.pdf
)"),
      {{nullptr,
        with_build_options({{"-o,--output", text::tr_mark("FILE"),
                             text::tr_mark("the PDF to write (default: the plan's name with .pdf, beside it);\n"
                                           "never one of the build's own files (the plan, the template's, fonts, images)"),
                             ValueKind::file}},
                           text::tr_mark("the template: a folder, or a name found as the plan's template=\"…\" is\n"
                                         "(default: that name), in NASKAH_TEMPLATE_PATH, then in the templates/\n"
                                         "installed with naskah — rkt, perjanjian-kinerja"),
                           text::tr_mark("treat warnings as errors: no PDF unless the plan is clean"))}},
      ValueKind::plan,
      run_build};
  return command;
}

}  // namespace naskah::cli
