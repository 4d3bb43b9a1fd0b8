// naskah build PLAN -o OUT.pdf: check the plan, compose it with its template, lay it out and write the PDF.
// Nothing is written unless every stage succeeds; an existing PDF is replaced only by a complete new one.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <thread>

#include "commands.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/text/translate.hpp"
#include "plan_build.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

constexpr const char* build_usage = text::tr_mark(R"(usage: naskah build [--strict] [--pdfa] [--draft] [--template NAME|DIR] [--font-dir DIR] [-o OUT.pdf] PLAN.xml

Checks the plan, then composes it with its template, lays it out and writes the PDF.
Diagnostics are printed as with `naskah check`; errors stop the build and nothing is written.

  -o, --output FILE   the PDF to write (default: the plan's name with .pdf, beside it)
  --template NAME|DIR the template: a folder, or a name found as the plan's template="…" is
                      (default: that name), in NASKAH_TEMPLATE_PATH, then in the templates/
                      installed with naskah — rkt, perjanjian-kinerja
  --font-dir DIR      fonts that are not installed: a folder of TrueType files, or one
                      holding a families.conf (fonts/README.md); searched first, before
                      NASKAH_FONT_PATH; may be given more than once
  --strict            treat warnings as errors: no PDF unless the plan is clean
  --pdfa              PDF/A-1b for the archive (XMP metadata, sRGB output intent; docs/archiving.md)
  --draft             "KONSEP" across every page, for versions that are not the signed one

Exit status: 0 written, 1 the plan, template or output had errors, 2 bad usage.
Examples:
  naskah build samples/rkt-2024-setwan-luwu-timur.xml -o rkt-2024.pdf
  naskah build samples/rkt-2024-setwan-luwu-timur.xml --template perjanjian-kinerja -o pk-2024.pdf
)");

void print(const diag::Diagnostics& diagnostics) {
  for (const diag::Diagnostic& d : diagnostics.all()) std::cerr << diag::format_text(d) << "\n";
}

}  // namespace

int run_build(const std::vector<std::string>& args) {
  BuildRequest request;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << text::tr_text(build_usage);
      return exit_ok;
    }
    if (OptionRead read = read_build_option("build", args, i, request); read != OptionRead::not_mine) {
      if (read == OptionRead::bad) return exit_usage;
    } else if (arg == "-o" || arg == "--output") {
      auto v = option_value("build", args, i);
      if (!v) return exit_usage;
      request.output = *v;
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << text::tr("naskah build: unknown option {}", arg) << "\n" << text::tr_text(build_usage);
      return exit_usage;
    } else if (request.plan_path.empty()) {
      request.plan_path = arg;
    } else {
      std::cerr << text::tr("naskah build: one plan at a time (naskah batch builds many)") << "\n"
                << text::tr_text(build_usage);
      return exit_usage;
    }
  }
  if (request.plan_path.empty()) {
    std::cerr << text::tr("naskah build: name the plan to build") << "\n" << text::tr_text(build_usage);
    return exit_usage;
  }
  if (request.output.empty()) request.output = fs::path(request.plan_path).replace_extension(".pdf").string();

  BuildResources resources;
  resources.draw_alongside_layout(std::thread::hardware_concurrency() > 1);
  BuildReport report = build_plan(request, resources);
  print(report.diagnostics);
  for (const std::string& note : report.notes) std::cerr << note << "\n";
  return report.written ? exit_ok : exit_input_errors;
}

}  // namespace naskah::cli
