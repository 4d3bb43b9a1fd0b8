#include "xml_part.hpp"

#include <fmt/format.h>


namespace naskah::docx::detail {
namespace {

constexpr std::string_view declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

/// pugixml's writer into a std::string.
struct StringWriter final : pugi::xml_writer {
  std::string& out;
  explicit StringWriter(std::string& o) : out(o) {}
  void write(const void* data, std::size_t size) override { out.append(static_cast<const char*>(data), size); }
};

}  // namespace

std::string hex_color(const layout::Color& color) { return fmt::format("{:02X}{:02X}{:02X}", color.r, color.g, color.b); }

pugi::xml_node add(pugi::xml_node parent, const char* element) { return parent.append_child(element); }

pugi::xml_node add(pugi::xml_node parent, const char* element, const char* attribute, std::string_view value) {
  pugi::xml_node node = parent.append_child(element);
  node.append_attribute(attribute).set_value(std::string(value).c_str());
  return node;
}

pugi::xml_node add(pugi::xml_node parent, const char* element, const char* attribute, long long value) {
  pugi::xml_node node = parent.append_child(element);
  node.append_attribute(attribute).set_value(value);
  return node;
}

void append_xml(std::string& out, const pugi::xml_node& node) {
  StringWriter writer(out);
  node.print(writer, "", pugi::format_raw, pugi::encoding_utf8);
}

std::string part_bytes(const pugi::xml_document& part) {
  std::string out(declaration);
  StringWriter writer(out);
  part.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return out;
}

std::string part_start(std::string_view root_with_attributes) {
  return fmt::format("{}<{}>", declaration, root_with_attributes);
}

}  // namespace naskah::docx::detail
