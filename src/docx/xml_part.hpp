#pragma once
// Internal to the DOCX writer: what every part is written with — pugixml nodes serialized as they are made, the
// namespaces of WordprocessingML, and Word's units.

#include <pugixml.hpp>

#include <cmath>
#include <string>
#include <string_view>

#include "naskah/layout/page.hpp"

namespace naskah::docx::detail {

inline constexpr const char* ns_w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* ns_r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
inline constexpr const char* ns_wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
inline constexpr const char* ns_a = "http://schemas.openxmlformats.org/drawingml/2006/main";
inline constexpr const char* ns_pic = "http://schemas.openxmlformats.org/drawingml/2006/picture";
inline constexpr const char* ns_package_rels = "http://schemas.openxmlformats.org/package/2006/relationships";
/// Relationship types: officeDocument/2006/relationships/<kind>.
inline constexpr const char* relationship_base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/// Twentieths of a point: Word's lengths of paragraphs, pages and tables.
inline long twips(double points) { return std::lround(points * 20); }
/// Half points: type sizes.
inline long half_points(double points) { return std::lround(points * 2); }
/// English Metric Units, 12,700 to a point: drawings.
inline long long emu(double points) { return std::llround(points * 12700); }
/// Eighths of a point: border widths.
inline long eighths(double points) { return std::max(2L, std::lround(points * 8)); }

/// "RRGGBB".
std::string hex_color(const layout::Color& color);

/// An element with the attribute name="value", appended to `parent`.
pugi::xml_node add(pugi::xml_node parent, const char* element);
pugi::xml_node add(pugi::xml_node parent, const char* element, const char* attribute, std::string_view value);
pugi::xml_node add(pugi::xml_node parent, const char* element, const char* attribute, long long value);

/// The node and everything in it as XML, appended to `out` without a declaration or indentation.
void append_xml(std::string& out, const pugi::xml_node& node);

/// A whole part: the XML declaration Office writes, then the document.
std::string part_bytes(const pugi::xml_document& part);

/// The start of a part whose root element is written by hand around fragments: the declaration and `<root …>`.
std::string part_start(std::string_view root_with_attributes);

}  // namespace naskah::docx::detail
