#include "fuzz_dictionary.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <set>
#include <stdexcept>

#include "naskah/plan/placeholders.hpp"

namespace naskah::fuzz {

std::vector<std::string> dictionary_words(std::string_view xsd_text) {
  pugi::xml_document xsd;
  if (!xsd.load_buffer(xsd_text.data(), xsd_text.size())) throw std::runtime_error("the schema is not XML");
  std::set<std::string> words;
  for (pugi::xpath_node found : xsd.select_nodes("//*[@name or @value]")) {
    const pugi::xml_node node = found.node();
    const std::string_view kind = node.name();
    const std::string name = node.attribute("name").value();
    if (kind == "xs:element") {
      words.insert("<" + name);
      words.insert("</" + name + ">");
    } else if (kind == "xs:attribute") {
      words.insert(name + "=\"");
    } else if (kind == "xs:enumeration") {
      words.insert(fmt::format("\"{}\"", node.attribute("value").value()));
    }
  }
  if (const char* ns = xsd.document_element().attribute("targetNamespace").value(); *ns != '\0') {
    words.insert(fmt::format("xmlns=\"{}\"", ns));
  }
  for (const plan::PlaceholderInfo& fact : plan::plan_placeholders()) words.insert(fmt::format("{{{}}}", fact.name));
  for (std::string_view kind_name : plan::item_kind_names()) {
    const plan::ItemKind kind = *plan::item_kind_from_name(kind_name);
    words.insert(fmt::format("{}.", kind_name));
    for (const plan::PlaceholderInfo& field : plan::item_fields(kind)) {
      words.insert(fmt::format("{{{}.{}}}", kind_name, field.name));
    }
  }
  for (const char* syntax : {"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!--", "-->", "<![CDATA[", "]]>", "/>",
                             "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#", "&#x", "<!DOCTYPE", "<!ENTITY"}) {
    words.insert(syntax);
  }
  return {words.begin(), words.end()};
}

std::string dictionary_file(const std::vector<std::string>& words) {
  std::string out = "# The plan format's words for naskah_fuzz (tests/fuzz/fuzz_dictionary.hpp).\n";
  for (const std::string& word : words) {
    out += '"';
    for (unsigned char c : word) {
      if (c == '"' || c == '\\') {
        out += '\\';
        out += static_cast<char>(c);
      } else if (c < 0x20 || c > 0x7e) {
        out += fmt::format("\\x{:02X}", c);
      } else {
        out += static_cast<char>(c);
      }
    }
    out += "\"\n";
  }
  return out;
}

}  // namespace naskah::fuzz
