#include "relationships.hpp"

#include "xml_part.hpp"

namespace naskah::docx::detail {

std::string Relationships::add(std::string_view kind, std::string target) {
  return add_typed(std::string(relationship_base) + std::string(kind), std::move(target));
}

std::string Relationships::add_typed(std::string type, std::string target) {
  relationships_.push_back({std::move(type), std::move(target)});
  return "rId" + std::to_string(relationships_.size());
}

std::string Relationships::part() const {
  pugi::xml_document part;
  pugi::xml_node root = part.append_child("Relationships");
  root.append_attribute("xmlns").set_value(ns_package_rels);
  for (std::size_t i = 0; i < relationships_.size(); ++i) {
    pugi::xml_node relationship = detail::add(root, "Relationship", "Id", "rId" + std::to_string(i + 1));
    relationship.append_attribute("Type").set_value(relationships_[i].type.c_str());
    relationship.append_attribute("Target").set_value(relationships_[i].target.c_str());
  }
  return part_bytes(part);
}

}  // namespace naskah::docx::detail
