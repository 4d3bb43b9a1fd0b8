#pragma once
/// Diagnostics: what naskah tells the user about a plan, collected rather than thrown so that one run
/// reports every problem it can find (as a compiler does), each with the place it concerns.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace naskah::diag {

enum class Severity : std::uint8_t { note, warning, error };

/// "error", "warning", "note": the severity as JSON writes it, the same in every language.
const char* severity_name(Severity severity);

/// The severity as a diagnostic line says it, in the user's language ("error"; Indonesian "kesalahan", as
/// Indonesian offices say, not GCC's "galat").
const char* severity_label(Severity severity);

/// A place in a source file. Lines and columns count from 1; column counts characters (code points), as
/// editors do. line == 0 means "the file as a whole".
///
/// In a workbook (an .xlsx spreadsheet) the place is a cell of one of its sheets: `sheet` names the sheet, and line
/// and column are the cell's row and column (from 1), written as a spreadsheet writes them — "Sheet1!T12"
/// (diag/cell_reference.hpp). An empty `sheet` is a text file's line and column, a CSV's row and column included.
struct SourceLocation {
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string sheet = {};
};

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;
  /// The rule that found it, a stable identifier users can look up in docs/checks.md (e.g. "budget-rollup").
  std::string rule;
};

/// An ordered collection of diagnostics, appended to by the parser and the checks.
class Diagnostics {
 public:
  void add(Diagnostic diagnostic);
  void error(SourceLocation where, std::string rule, std::string message);
  void warning(SourceLocation where, std::string rule, std::string message);

  [[nodiscard]] const std::vector<Diagnostic>& all() const { return items_; }
  [[nodiscard]] std::size_t count(Severity severity) const;
  [[nodiscard]] bool has_errors() const { return count(Severity::error) > 0; }
  [[nodiscard]] bool empty() const { return items_.empty(); }

  /// Orders by file, sheet, line, column; diagnostics at one place keep the order they were found in.
  void sort_by_location();
  void append(const Diagnostics& other);

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace naskah::diag
