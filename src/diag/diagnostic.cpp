#include "naskah/diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>

#include "naskah/text/translate.hpp"

namespace naskah::diag {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

const char* severity_label(Severity severity) {
  switch (severity) {
    case Severity::note: return text::tr_text("note");
    case Severity::warning: return text::tr_text("warning");
    case Severity::error: return text::tr_text("error");
  }
  return text::tr_text("error");
}

void Diagnostics::add(Diagnostic diagnostic) { items_.push_back(std::move(diagnostic)); }

void Diagnostics::error(SourceLocation where, std::string rule, std::string message) {
  add({Severity::error, std::move(where), std::move(message), std::move(rule)});
}

void Diagnostics::warning(SourceLocation where, std::string rule, std::string message) {
  add({Severity::warning, std::move(where), std::move(message), std::move(rule)});
}

std::size_t Diagnostics::count(Severity severity) const {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

void Diagnostics::sort_by_location() {
  std::stable_sort(items_.begin(), items_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.where.file, a.where.sheet, a.where.line, a.where.column) <
           std::tie(b.where.file, b.where.sheet, b.where.line, b.where.column);
  });
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

}  // namespace naskah::diag
