#include "xlsx_text.hpp"

#include "naskah/plan/xlsx_reader.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"
#include "xlsx_package.hpp"

namespace naskah::plan::detail {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/// The UTF-16 unit of an escape "_xHHHH_" at text[i], or nothing.
std::optional<char32_t> escape_at(std::string_view text, std::size_t i) {
  if (i + 7 > text.size() || text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_') return std::nullopt;
  char32_t unit = 0;
  for (std::size_t k = i + 2; k < i + 6; ++k) {
    const int digit = hex_value(text[k]);
    if (digit < 0) return std::nullopt;
    unit = unit * 16 + static_cast<char32_t>(digit);
  }
  return unit;
}

}  // namespace

std::string undo_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    std::optional<char32_t> unit = escape_at(text, i);
    if (!unit) {
      out += text[i++];
      continue;
    }
    i += 7;
    char32_t code_point = *unit;
    // A character beyond the Basic Multilingual Plane is escaped as its two UTF-16 surrogates.
    if (code_point >= 0xD800 && code_point < 0xDC00) {
      if (std::optional<char32_t> low = escape_at(text, i); low && *low >= 0xDC00 && *low < 0xE000) {
        code_point = 0x10000 + ((code_point - 0xD800) << 10) + (*low - 0xDC00);
        i += 7;
      }
    }
    if (code_point >= 0xD800 && code_point < 0xE000) code_point = 0xFFFD;  // a lone surrogate
    text::append_utf8(out, code_point);
  }
  return out;
}

std::string string_text(pugi::xml_node string) {
  std::string text;
  for (pugi::xml_node part : string.children()) {
    if (part.type() != pugi::node_element) continue;
    const std::string_view name = local_name(part.name());
    if (name == "t") {
      text += part.child_value();
    } else if (name == "r") {
      text += child(part, "t").child_value();
    }
  }
  return undo_escapes(text);
}

std::optional<std::vector<std::string>> read_shared_strings(WorkbookPackage& package, const std::string& name) {
  const std::unique_ptr<XmlPart> part = package.xml_part(name, true);
  if (!part) return std::nullopt;
  std::vector<std::string> strings;
  for (pugi::xml_node si : part->root().children()) {
    if (si.type() != pugi::node_element || local_name(si.name()) != "si") continue;
    if (strings.size() == max_shared_strings) {
      package.error("limit", text::tr("the workbook holds more than {} shared strings (the texts its cells name by "
                                      "number), the most naskah reads; split the workbook",
                                      max_shared_strings));
      return std::nullopt;
    }
    strings.push_back(string_text(si));
  }
  return strings;
}

}  // namespace naskah::plan::detail
