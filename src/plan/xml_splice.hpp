#pragma once
// Internal to the plan layer: editing a plan's text in place. pugixml finds the elements and attributes to change;
// the edits replace byte ranges of the source and every other byte stays as the planner wrote it (pugixml's own
// writer would put every start tag on one line and re-escape the text). naskah init (next_year) and naskah
// import --into (rencana_replace) edit plans so.

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "xml_reader.hpp"

namespace naskah::plan::detail {

/// Bytes [begin, end) of the source replaced by `replacement` (begin == end: an insertion).
struct TextEdit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string replacement;
};

/// Where the element's '<' is.
std::size_t element_start(pugi::xml_node node);

/// Just past the end of the element whose '<' is at `start` — its "/>" or the '>' of its end tag — in a well-formed
/// document: comments, CDATA sections, processing instructions and quoted attribute values are skipped whole.
std::size_t element_end(std::string_view source, std::size_t start);

/// The value of an attribute as a byte range of the source, without its quotes.
TextEdit attribute_value(const ParseContext& context, pugi::xml_node node, std::string_view name);

/// An attribute as a byte range of the source: its name, value and quotes, and the white space before it.
TextEdit whole_attribute(const ParseContext& context, pugi::xml_node node, std::string_view name);

/// The white space that starts the line of `offset`, when nothing else stands before it on that line.
std::optional<std::string> indent_before(std::string_view source, std::size_t offset);

/// How the file lays out its elements, so that a new element looks like its neighbours.
struct XmlLayout {
  bool own_line = false;      ///< nothing but white space stands before the element on its line
  std::string indent;         ///< that white space (empty when not own_line)
  std::string step = "  ";    ///< added for each level of children
  std::string newline = "\n"; ///< the file's line end: "\r\n" when it has any
};

/// The layout of `node`'s place: its line's indent, the step its first child element (else the node itself, from
/// its parent) is indented by, and the file's line end.
XmlLayout layout_at(std::string_view source, pugi::xml_node node);

/// The source with the edits applied; they stand in the order of the file and do not overlap.
std::string apply_edits(std::string_view source, const std::vector<TextEdit>& edits);

}  // namespace naskah::plan::detail
