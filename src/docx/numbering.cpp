#include "numbering.hpp"

#include "xml_part.hpp"

namespace naskah::docx::detail {
namespace {

const char* number_format(compose::ListFormat format) {
  switch (format) {
    case compose::ListFormat::bullet: return "bullet";
    case compose::ListFormat::decimal: return "decimal";
    case compose::ListFormat::lower_letter: return "lowerLetter";
    case compose::ListFormat::upper_letter: return "upperLetter";
    case compose::ListFormat::lower_roman: return "lowerRoman";
    case compose::ListFormat::upper_roman: return "upperRoman";
  }
  return "decimal";
}

/// The label's pattern in Word's terms: '#' becomes the number ("%1": every list is a level 0 of its own), '%' is
/// doubled.
std::string level_text(const compose::ListNumbering& list) {
  if (list.format == compose::ListFormat::bullet) return list.pattern;
  std::string out;
  for (char c : list.pattern) {
    if (c == '#') {
      out += "%1";
    } else if (c == '%') {
      out += "%%";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::pair<int, int> Numbering::item(const compose::ListNumbering& list, long left, long gap, const RunLook& label) {
  auto [at, fresh] = by_list_.emplace(list.list, static_cast<int>(lists_.size()) + 1);
  if (fresh) lists_.push_back({list, left, gap, label});
  return {at->second, 0};
}

std::string Numbering::part() const {
  pugi::xml_document part;
  pugi::xml_node root = part.append_child("w:numbering");
  root.append_attribute("xmlns:w").set_value(ns_w);
  for (std::size_t i = 0; i < lists_.size(); ++i) {
    const List& list = lists_[i];
    pugi::xml_node abstract = add(root, "w:abstractNum", "w:abstractNumId", static_cast<long long>(i));
    add(abstract, "w:multiLevelType", "w:val", "singleLevel");
    pugi::xml_node level = add(abstract, "w:lvl", "w:ilvl", 0LL);
    add(level, "w:start", "w:val", list.numbering.start);
    add(level, "w:numFmt", "w:val", number_format(list.numbering.format));
    add(level, "w:lvlText", "w:val", level_text(list.numbering));
    // Right-aligned at the hanging indent, as naskah sets a label: its end `gap` before the text.
    add(level, "w:lvlJc", "w:val", "right");
    pugi::xml_node ind = add(add(level, "w:pPr"), "w:ind", "w:left", list.left);
    ind.append_attribute("w:hanging").set_value(list.gap);
    write_run_properties(level, list.label, nullptr);
  }
  for (std::size_t i = 0; i < lists_.size(); ++i) {
    pugi::xml_node num = add(root, "w:num", "w:numId", static_cast<long long>(i + 1));
    add(num, "w:abstractNumId", "w:val", static_cast<long long>(i));
  }
  return part_bytes(part);
}

}  // namespace naskah::docx::detail
