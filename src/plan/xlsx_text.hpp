#pragma once
// Internal to the workbook reader: the text of a workbook's strings — a shared string (<si>) or a cell's inline
// string (<is>) — and the workbook's table of shared strings.

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::plan::detail {

class WorkbookPackage;

/// A string element's text: its <t>, or the <t> of each of its runs (<r>) one after the other, as rich text keeps
/// them (phonetic guides, <rPh>, are not part of the text); the escapes of Office Open XML undone.
std::string string_text(pugi::xml_node string);

/// Office Open XML's escapes of characters XML cannot hold: "_x000D_" is a carriage return, "_x005F_" a '_'.
std::string undo_escapes(std::string_view text);

/// The shared strings of the part `name` (xl/sharedStrings.xml as a rule); nothing, reported, when it cannot be read
/// or holds more than max_shared_strings.
std::optional<std::vector<std::string>> read_shared_strings(WorkbookPackage& package, const std::string& name);

}  // namespace naskah::plan::detail
