#include "naskah/diag/report.hpp"

#include <fmt/format.h>

#include "naskah/diag/cell_reference.hpp"

namespace naskah::diag {

std::string format_text(const Diagnostic& d) {
  std::string place = d.where.file;
  if (d.where.line > 0 && !d.where.sheet.empty()) {
    place += fmt::format(":{}!{}", sheet_reference(d.where.sheet), cell_name(d.where.line, d.where.column));
  } else if (d.where.line > 0) {
    place += fmt::format(":{}:{}", d.where.line, d.where.column);
  }
  std::string line = fmt::format("{}: {}: {}", place, severity_label(d.severity), d.message);
  if (!d.rule.empty()) line += fmt::format(" [{}]", d.rule);
  return line;
}

std::string json_quote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

std::string format_json(const std::vector<Diagnostic>& diagnostics) {
  std::string out = "[";
  for (std::size_t i = 0; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    if (i > 0) out += ",";
    // A workbook's cell also by its sheet and its name, as the spreadsheet shows them (line and column stay its row
    // and column).
    const std::string cell = d.where.sheet.empty() || d.where.line == 0
                                 ? std::string()
                                 : fmt::format(R"("sheet":{},"cell":"{}",)", json_quote(d.where.sheet),
                                               cell_name(d.where.line, d.where.column));
    out += fmt::format(R"({{"file":{},{}"line":{},"column":{},"severity":"{}","rule":{},"message":{}}})",
                       json_quote(d.where.file), cell, d.where.line, d.where.column, severity_name(d.severity),
                       json_quote(d.rule), json_quote(d.message));
  }
  out += "]";
  return out;
}

}  // namespace naskah::diag
