#include "written_plan.hpp"

#include <iostream>

#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {

bool report_written_plan(std::string_view command, const std::string& path) {
  plan::ParseResult parsed = plan::parse_plan_file(path);
  diag::Diagnostics findings = parsed.diagnostics;
  if (parsed.plan && !findings.has_errors()) findings.append(check::check_plan(*parsed.plan));
  for (const diag::Diagnostic& d : findings.all()) std::cout << diag::format_text(d) << "\n";
  if (findings.has_errors()) {
    std::cerr << text::tr("naskah {}: {} has errors (above); this is a fault of naskah {}", command, path, command)
              << "\n";
    return false;
  }
  return true;
}

}  // namespace naskah::cli
