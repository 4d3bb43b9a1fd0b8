// naskah_layout_dump: the golden layout tests' dumper (docs/testing.md). A plan goes through the stages of
// `naskah build` up to layout — the same compose_plan and layout_document — and every laid-out page is printed
// with layout::dump_page instead of being drawn, then the outline. Not part of naskah: the tests alone use it.
//
//     naskah_layout_dump [--template NAME|DIR] PLAN.xml > dump.txt
//
// Image paths below the working folder are printed relative to it, so that a dump does not depend on where the
// sources are. Diagnostics go to standard error; the exit status is 1 when the plan cannot be laid out.

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "../../src/cli/plan_build.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/layout/page_dump.hpp"
#include "naskah/plan/parser.hpp"

namespace fs = std::filesystem;
using namespace naskah;

namespace {

std::string relative_to_working_folder(const std::string& path) {
  std::error_code error;
  const fs::path here = fs::current_path(error);
  if (error || !fs::path(path).is_absolute()) return path;
  const fs::path relative = fs::path(path).lexically_relative(here);
  if (relative.empty() || *relative.begin() == "..") return path;
  return relative.string();
}

int usage() {
  std::cerr << "usage: naskah_layout_dump [--template NAME|DIR] PLAN.xml\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  cli::BuildRequest request;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--template" && i + 1 < argc) {
      request.template_choice = argv[++i];
    } else if (!arg.empty() && arg[0] != '-' && request.plan_path.empty()) {
      request.plan_path = arg;
    } else {
      return usage();
    }
  }
  if (request.plan_path.empty()) return usage();
  request.output = "(dump)";

  cli::BuildResources resources;
  cli::BuildReport report;
  const std::optional<std::string> text = plan::read_plan_source(request.plan_path, report.diagnostics);
  text::FontSet fonts;
  compose::Document document;
  const bool composed = text && cli::compose_plan(*text, request, resources, nullptr, report, fonts, document);
  for (const diag::Diagnostic& d : report.diagnostics.all()) std::cerr << diag::format_text(d) << "\n";
  for (const std::string& note : report.notes) std::cerr << note << "\n";
  if (!composed) return 1;

  layout::LayoutResult laid_out = layout::layout_document(document, fonts, resources.hyphenator());
  for (const std::string& warning : laid_out.warnings) std::cerr << "warning: " << warning << "\n";
  std::vector<std::string> families;
  for (std::uint16_t i = 0; i < fonts.family_count(); ++i) families.push_back(fonts.files(i).family);
  std::size_t number = 0;
  for (layout::Page& page : laid_out.document.pages) {
    for (layout::Item& item : page.items) {
      if (auto* image = std::get_if<layout::Image>(&item)) image->path = relative_to_working_folder(image->path);
    }
    std::cout << layout::dump_page(page, ++number, families);
  }
  std::cout << layout::dump_outline(laid_out.document.outline);
  return std::cout.flush() ? 0 : 1;
}
