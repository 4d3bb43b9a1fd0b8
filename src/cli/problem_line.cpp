// A problem of the command line or of a file as a diagnostic line (commands.hpp).

#include "commands.hpp"
#include "naskah/diag/report.hpp"

namespace naskah::cli {

std::string problem_line(diag::Severity severity, const std::string& place, std::string message) {
  return diag::format_text(diag::Diagnostic{severity, {place, 0, 0}, std::move(message), ""});
}

}  // namespace naskah::cli
