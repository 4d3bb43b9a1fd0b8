#pragma once
/// Writing diagnostics out: the compiler-style text line users read, and JSON for editors and tools.

#include <string>
#include <vector>

#include "naskah/diag/diagnostic.hpp"

namespace naskah::diag {

/// "file:line:col: severity: message [rule]" — the form editors and CI logs recognise; the severity in the user's
/// language (the message is already). A workbook's cell is "file:Sheet1!T12: …"; the file as a whole "file: …".
std::string format_text(const Diagnostic& diagnostic);

/// A JSON array of objects {file, line, column, severity, rule, message}, one line, UTF-8; the severity is the
/// English word whatever the language, the message in the user's language. A workbook's cell also has "sheet" and
/// "cell" ("T12"), after "file".
std::string format_json(const std::vector<Diagnostic>& diagnostics);

/// The string as a JSON string literal, quotes included.
std::string json_quote(const std::string& text);

}  // namespace naskah::diag
