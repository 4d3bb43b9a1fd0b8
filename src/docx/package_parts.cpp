#include "package_parts.hpp"

#include <fmt/format.h>

#include "relationships.hpp"
#include "xml_part.hpp"

namespace naskah::docx::detail {

std::string content_types_part(const std::vector<std::pair<std::string, std::string>>& overrides, bool png, bool jpeg) {
  pugi::xml_document part;
  pugi::xml_node types = part.append_child("Types");
  types.append_attribute("xmlns").set_value("http://schemas.openxmlformats.org/package/2006/content-types");
  auto by_extension = [&](const char* extension, const char* type) {
    add(types, "Default", "Extension", extension).append_attribute("ContentType").set_value(type);
  };
  by_extension("rels", "application/vnd.openxmlformats-package.relationships+xml");
  by_extension("xml", "application/xml");
  if (png) by_extension("png", "image/png");
  if (jpeg) by_extension("jpeg", "image/jpeg");
  for (const auto& [name, type] : overrides) {
    add(types, "Override", "PartName", name).append_attribute("ContentType").set_value(type.c_str());
  }
  return part_bytes(part);
}

std::string package_relationships_part() {
  Relationships relationships;
  relationships.add("officeDocument", "word/document.xml");
  relationships.add_typed("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                          "docProps/core.xml");
  relationships.add("extended-properties", "docProps/app.xml");
  return relationships.part();
}

std::string core_properties_part(const layout::Metadata& metadata) {
  pugi::xml_document part;
  pugi::xml_node core = part.append_child("cp:coreProperties");
  core.append_attribute("xmlns:cp").set_value("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
  core.append_attribute("xmlns:dc").set_value("http://purl.org/dc/elements/1.1/");
  core.append_attribute("xmlns:dcterms").set_value("http://purl.org/dc/terms/");
  core.append_attribute("xmlns:xsi").set_value("http://www.w3.org/2001/XMLSchema-instance");
  auto text = [&](const char* element, const std::string& value) {
    if (!value.empty()) add(core, element).text().set(value.c_str());
  };
  text("dc:title", metadata.title);
  text("dc:subject", metadata.subject);
  text("dc:creator", metadata.author);
  text("cp:keywords", metadata.keywords);
  const std::string date = fmt::format("{:04}-{:02}-{:02}T00:00:00Z", metadata.year, metadata.month, metadata.day);
  for (const char* element : {"dcterms:created", "dcterms:modified"}) {
    add(core, element, "xsi:type", "dcterms:W3CDTF").text().set(date.c_str());
  }
  return part_bytes(part);
}

std::string app_properties_part(const layout::Metadata& metadata) {
  pugi::xml_document part;
  pugi::xml_node properties = part.append_child("Properties");
  properties.append_attribute("xmlns").set_value(
      "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  add(properties, "Application").text().set(metadata.creator.empty() ? "naskah" : metadata.creator.c_str());
  return part_bytes(part);
}

std::string settings_part() {
  pugi::xml_document part;
  pugi::xml_node settings = part.append_child("w:settings");
  settings.append_attribute("xmlns:w").set_value(ns_w);
  add(settings, "w:zoom", "w:percent", 100LL);
  add(settings, "w:defaultTabStop", "w:val", 720LL);
  add(settings, "w:characterSpacingControl", "w:val", "doNotCompress");
  pugi::xml_node compatibility = add(settings, "w:compat");
  // Word 2013's layout and later, not an older version's emulated.
  pugi::xml_node mode = add(compatibility, "w:compatSetting", "w:name", "compatibilityMode");
  mode.append_attribute("w:uri").set_value("http://schemas.microsoft.com/office/word");
  mode.append_attribute("w:val").set_value("15");
  add(settings, "w:themeFontLang", "w:val", "id-ID");
  return part_bytes(part);
}

}  // namespace naskah::docx::detail
