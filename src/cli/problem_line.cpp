// The helpers every command shares (commands.hpp): reading an option's value, and a problem of the command line
// or of a file as a diagnostic line.

#include <iostream>

#include "commands.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {

std::optional<std::string> option_value(std::string_view command, const std::vector<std::string>& args, std::size_t& i) {
  // An empty value ("-o ''") is never meant: it would quietly fall back to the default.
  if (i + 1 < args.size() && !args[i + 1].empty()) return args[++i];
  std::cerr << text::tr("naskah {}: {} needs a value", command, args[i]) << "\n";
  return std::nullopt;
}

std::string problem_line(diag::Severity severity, const std::string& place, std::string message) {
  return diag::format_text(diag::Diagnostic{severity, {place, 0, 0}, std::move(message), ""});
}

}  // namespace naskah::cli
