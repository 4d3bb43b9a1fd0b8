#include "written_plan.hpp"

#include <fmt/format.h>

#include <iostream>

#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"

namespace naskah::cli {

bool report_written_plan(std::string_view command, const std::string& path) {
  plan::ParseResult parsed = plan::parse_plan_file(path);
  diag::Diagnostics findings = parsed.diagnostics;
  if (parsed.plan && !findings.has_errors()) findings.append(check::check_plan(*parsed.plan));
  for (const diag::Diagnostic& d : findings.all()) std::cout << diag::format_text(d) << "\n";
  if (findings.has_errors()) {
    std::cerr << fmt::format("naskah {}: {} has errors (above); this is a fault of naskah {}\n", command, path, command);
    return false;
  }
  return true;
}

}  // namespace naskah::cli
