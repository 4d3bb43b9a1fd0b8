#include "xlsx_package.hpp"

#include <algorithm>

#include "naskah/plan/parser.hpp"
#include "naskah/plan/xlsx_reader.hpp"
#include "naskah/text/translate.hpp"
#include "xml_reader.hpp"

namespace naskah::plan::detail {

std::unique_ptr<XmlPart> WorkbookPackage::xml_part(const std::string& name, bool required) {
  ZipEntry entry = archive_.read(name, max_workbook_part_bytes);
  switch (entry.outcome) {
    case ZipEntry::Outcome::read: break;
    case ZipEntry::Outcome::missing:
      if (required) {
        error("workbook",
              text::tr("the workbook has no part {}: it is damaged, or it is no workbook that a spreadsheet program "
                       "saved",
                       name));
      }
      return nullptr;
    case ZipEntry::Outcome::too_large:
      error("limit", text::tr("the workbook's part {} unpacks to more than {} MB, the most naskah reads; the file is "
                              "damaged or made to fill the memory (a zip bomb)",
                              name, max_workbook_part_bytes / (1024 * 1024)));
      return nullptr;
    case ZipEntry::Outcome::encrypted:
      error("workbook", text::tr("the workbook's part {} is encrypted; save the workbook without a password", name));
      return nullptr;
    case ZipEntry::Outcome::damaged:
      error("workbook", text::tr("the workbook is damaged: its part {} cannot be unpacked (libzip: {})", name,
                                 entry.problem));
      return nullptr;
  }
  if (static_cast<std::size_t>(std::count(entry.bytes.begin(), entry.bytes.end(), '<')) > max_workbook_part_tags) {
    error("limit", text::tr("the workbook's part {} holds more than {} XML tags, the most naskah reads; split the "
                            "sheet",
                            name, max_workbook_part_tags));
    return nullptr;
  }
  auto part = std::make_unique<XmlPart>();
  part->bytes = std::move(entry.bytes);
  // Whitespace alone in an element is kept: a rich text's run of one space is part of its text.
  const pugi::xml_parse_result parsed = part->document.load_buffer_inplace(
      part->bytes.data(), part->bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    error("workbook", text::tr("the workbook is damaged: its part {} is not well-formed XML (at byte {}: {})", name,
                               parsed.offset, parsed.description()));
    return nullptr;
  }
  if (const pugi::xml_node root = part->root(); !root.empty() && !first_too_deep(root).empty()) {
    error("limit", text::tr("the workbook's part {} nests elements more than {} deep, the most naskah reads; a "
                            "spreadsheet program nests them some 5 deep",
                            name, max_element_depth));
    return nullptr;
  }
  return part;
}

std::vector<Relationship> WorkbookPackage::relationships(const std::string& part) {
  const std::size_t slash = part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : part.substr(0, slash + 1);
  const std::string name = slash == std::string::npos ? part : part.substr(slash + 1);
  std::vector<Relationship> out;
  const std::unique_ptr<XmlPart> rels = xml_part(folder + "_rels/" + name + ".rels", false);
  if (!rels) return out;
  for (pugi::xml_node relationship : children(rels->root(), "Relationship")) {
    if (std::string_view(relationship.attribute("TargetMode").value()) == "External") continue;
    const std::string_view type = relationship.attribute("Type").value();
    out.push_back({relationship.attribute("Id").value(), std::string(type.substr(type.rfind('/') + 1)),
                   resolve_part(part, relationship.attribute("Target").value())});
  }
  return out;
}

std::string_view local_name(const char* name) {
  const std::string_view full(name);
  const std::size_t colon = full.find(':');
  return colon == std::string_view::npos ? full : full.substr(colon + 1);
}

pugi::xml_node child(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c.name()) == local) return c;
  }
  return {};
}

std::vector<pugi::xml_node> children(pugi::xml_node node, std::string_view local) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && local_name(c.name()) == local) out.push_back(c);
  }
  return out;
}

pugi::xml_attribute attribute(pugi::xml_node node, std::string_view local) {
  for (pugi::xml_attribute a : node.attributes()) {
    if (local_name(a.name()) == local) return a;
  }
  return {};
}

bool is_true(pugi::xml_attribute value) {
  const std::string_view text = value.value();
  return text == "1" || text == "true";
}

std::string resolve_part(std::string_view source_part, std::string_view target) {
  std::vector<std::string> segments;
  if (target.empty() || target.front() != '/') {
    std::string_view folder = source_part.substr(0, source_part.rfind('/') + 1);
    for (std::size_t start = 0, slash; (slash = folder.find('/', start)) != std::string_view::npos; start = slash + 1) {
      segments.emplace_back(folder.substr(start, slash - start));
    }
  }
  for (std::size_t start = 0; start <= target.size();) {
    std::size_t slash = target.find('/', start);
    if (slash == std::string_view::npos) slash = target.size();
    const std::string_view segment = target.substr(start, slash - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.emplace_back(segment);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& segment : segments) out += (out.empty() ? "" : "/") + segment;
  return out;
}

}  // namespace naskah::plan::detail
