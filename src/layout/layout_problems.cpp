#include "naskah/layout/layout_problems.hpp"

#include <fmt/format.h>

#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/line_breaks.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::layout {
namespace {

/// The run as a message quotes it: at most 60 bytes, cut between characters.
std::string quoted(const std::string& text) {
  constexpr std::size_t most = 60;
  if (text.size() <= most) return text;
  return text.substr(0, text::character_cut(text, most)) + "…";
}

/// Points in Indonesian notation, to one decimal: "433,6".
std::string points(double value) { return text::format_decimal(fmt::format("{:.1f}", value), 1); }

}  // namespace

void LayoutProblems::overfull(OverfullRun run) {
  if (seen_.emplace(run.origin.file, run.origin.line, run.origin.column, run.text).second) {
    overfull_.push_back(std::move(run));
  }
}

std::vector<diag::Diagnostic> layout_diagnostics(const LayoutProblems& problems,
                                                 const std::vector<std::string>& source_files) {
  std::vector<diag::Diagnostic> out;
  for (const OverfullRun& run : problems.overfull_runs()) {
    diag::Diagnostic d;
    d.severity = diag::Severity::warning;
    d.rule = "overfull";
    if (run.origin.file > 0 && run.origin.file <= source_files.size()) {
      d.where = diag::SourceLocation{source_files[run.origin.file - 1], run.origin.line, run.origin.column};
    }
    d.message = run.letters_cut
                    ? text::tr("\"{}\" is {} pt wide but its line holds {} pt: it is cut between two letters; widen "
                               "its column or shorten the text",
                               quoted(run.text), points(run.width), points(run.measure))
                    : text::tr("\"{}\" is {} pt wide but its line holds {} pt: it is broken over two lines, though "
                               "it must stand on one; widen its column or shorten the text",
                               quoted(run.text), points(run.width), points(run.measure));
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace naskah::layout
