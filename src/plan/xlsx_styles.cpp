#include "xlsx_styles.hpp"

#include <cctype>
#include <map>
#include <string>

#include "xlsx_package.hpp"

namespace naskah::plan::detail {
namespace {

bool built_in_date(std::uint32_t id) {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/// An elapsed-time bracket: "[h]", "[mm]", "[ss]".
bool elapsed_time(std::string_view bracket) {
  if (bracket.empty()) return false;
  for (char c : bracket) {
    const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower != 'h' && lower != 'm' && lower != 's') return false;
  }
  return true;
}

}  // namespace

NumberShown shown_by_format(std::uint32_t format_id, std::string_view code) {
  if (format_id == 9 || format_id == 10) return NumberShown::percent;
  if (built_in_date(format_id)) return NumberShown::date;
  bool percent = false;
  for (std::size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == ';') break;  // the first section only
    if (c == '"') {
      const std::size_t end = code.find('"', i + 1);
      if (end == std::string_view::npos) break;
      i = end;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;  // an escaped character, a space as wide as one, a character repeated to fill the cell
    } else if (c == '[') {
      const std::size_t end = code.find(']', i + 1);
      if (end == std::string_view::npos) break;
      if (elapsed_time(code.substr(i + 1, end - i - 1))) return NumberShown::date;
      i = end;
    } else if (c == '%') {
      percent = true;
    } else {
      const char lower = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower == 'd' || lower == 'm' || lower == 'y' || lower == 'h' || lower == 's') return NumberShown::date;
    }
  }
  return percent ? NumberShown::percent : NumberShown::number;
}

CellStyles::CellStyles(pugi::xml_node root) {
  std::map<std::uint32_t, std::string> codes;
  for (pugi::xml_node format : children(child(root, "numFmts"), "numFmt")) {
    codes[attribute(format, "numFmtId").as_uint()] = attribute(format, "formatCode").value();
  }
  for (pugi::xml_node xf : children(child(root, "cellXfs"), "xf")) {
    const std::uint32_t id = attribute(xf, "numFmtId").as_uint();
    const auto code = codes.find(id);
    by_style_.push_back(shown_by_format(id, code == codes.end() ? std::string_view() : std::string_view(code->second)));
  }
}

}  // namespace naskah::plan::detail
