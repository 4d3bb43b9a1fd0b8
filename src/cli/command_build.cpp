// naskah build PLAN -o OUT.pdf: check the plan, compose it with its template, lay it out and write the PDF.
// Nothing is written unless every stage succeeds; an existing PDF is replaced only by a complete new one.

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "data_paths.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/compose/compose.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/hyphenator.hpp"

namespace fs = std::filesystem;

namespace naskah::cli {
namespace {

constexpr const char* build_usage = R"(usage: naskah build [--strict] [--template NAME|DIR] [-o OUT.pdf] PLAN.xml

Checks the plan, then composes it with its template, lays it out and writes the PDF.
Diagnostics are printed as with `naskah check`; errors stop the build and nothing is written.

  -o, --output FILE   the PDF to write (default: the plan's name with .pdf, beside it)
  --template NAME|DIR the template: a folder, or a name found as the plan's template="…" is
                      (default: that name), in NASKAH_TEMPLATE_PATH, then in the templates/
                      installed with naskah — rkt, perjanjian-kinerja
  --strict            treat warnings as errors: no PDF unless the plan is clean

Exit status: 0 written, 1 the plan, template or output had errors, 2 bad usage.
Examples:
  naskah build samples/rkt-2024-setwan-luwu-timur.xml -o rkt-2024.pdf
  naskah build samples/rkt-2024-setwan-luwu-timur.xml --template perjanjian-kinerja -o pk-2024.pdf
)";

void print(const diag::Diagnostics& diagnostics) {
  for (const diag::Diagnostic& d : diagnostics.all()) std::cerr << diag::format_text(d) << "\n";
}

}  // namespace

int run_build(const std::vector<std::string>& args) {
  std::string plan_path;
  std::string output;
  std::string template_dir;
  bool strict = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&] { return option_value("build", args, i); };
    if (arg == "--help" || arg == "-h") {
      std::cout << build_usage;
      return exit_ok;
    } else if (arg == "-o" || arg == "--output") {
      auto v = value();
      if (!v) return exit_usage;
      output = *v;
    } else if (arg == "--template") {
      auto v = value();
      if (!v) return exit_usage;
      template_dir = *v;
    } else if (arg == "--strict") {
      strict = true;
    } else if (arg.size() > 1 && arg[0] == '-') {
      std::cerr << fmt::format("naskah build: unknown option {}\n{}", arg, build_usage);
      return exit_usage;
    } else if (plan_path.empty()) {
      plan_path = arg;
    } else {
      std::cerr << "naskah build: one plan at a time (naskah batch builds many)\n" << build_usage;
      return exit_usage;
    }
  }
  if (plan_path.empty()) {
    std::cerr << "naskah build: name the plan to build\n" << build_usage;
    return exit_usage;
  }
  if (output.empty()) output = fs::path(plan_path).replace_extension(".pdf").string();

  // 1. The plan, and its content checks.
  plan::ParseResult parsed = plan::parse_plan_file(plan_path);
  diag::Diagnostics found = parsed.diagnostics;
  if (parsed.plan && !found.has_errors()) found.append(check::check_plan(*parsed.plan));
  print(found);
  if (!parsed.plan || found.has_errors() || (strict && found.count(diag::Severity::warning) > 0)) {
    std::cerr << fmt::format("naskah build: {} not written: fix the errors above\n", output);
    return exit_input_errors;
  }

  // 2. The template: a folder, or a name looked up as the plan's template="…" is.
  std::error_code no_folder;
  const bool is_folder = !template_dir.empty() && (template_dir.find('/') != std::string::npos ||
                                                   std::filesystem::is_directory(template_dir, no_folder));
  if (!is_folder) {
    const std::string& name = template_dir.empty() ? parsed.plan->template_name : template_dir;
    std::vector<std::string> searched;
    auto found_dir = find_template(name, &searched);
    if (!found_dir) {
      std::string where;
      for (const std::string& dir : searched) where += "\n  " + dir;
      std::cerr << fmt::format("{}: error: template \"{}\" not found; looked in:{}\n",
                               template_dir.empty() ? plan_path : std::string("--template"), name,
                               where.empty() ? " (nowhere: set NASKAH_TEMPLATE_PATH)" : where);
      return exit_input_errors;
    }
    template_dir = *found_dir;
  }
  compose::TemplateLoad loaded = compose::load_template(template_dir);
  print(loaded.diagnostics);
  if (!loaded.value) return exit_input_errors;

  // 3. Composition, layout, the PDF.
  text::FontSet fonts;
  diag::Diagnostics composing;
  compose::Document document = compose::compose_document(
      *parsed.plan, *loaded.value, fonts, compose::font_search_dirs(*loaded.value, data_root().value_or(".")), composing);
  print(composing);
  if (composing.has_errors()) {
    std::cerr << fmt::format("naskah build: {} not written: fix the errors above\n", output);
    return exit_input_errors;
  }
  std::shared_ptr<const text::Hyphenator> hyphenator;
  try {
    hyphenator = text::Hyphenator::indonesian();
  } catch (const std::exception& e) {
    std::cerr << fmt::format("naskah build: warning: no hyphenation: {}\n", e.what());
  }
  layout::LayoutResult laid_out = layout::layout_document(document, fonts, hyphenator.get());
  for (const std::string& warning : laid_out.warnings) std::cerr << fmt::format("naskah build: warning: {}\n", warning);
  document = {};  // the laid-out pages are all the writer needs: free the document tree before the PDF grows
  try {
    pdf::write_pdf(std::move(laid_out.document), fonts, output);
  } catch (const pdf::PdfError& e) {
    std::cerr << fmt::format("{}: error: {}\n", output, e.what());
    return exit_input_errors;
  }
  return exit_ok;
}

}  // namespace naskah::cli
