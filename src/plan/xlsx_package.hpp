#pragma once
// Internal to the workbook reader: the parts of an .xlsx file (an Open Packaging Conventions package: a zip archive
// of XML parts tied together by relationship parts), each read within the limits of include/naskah/plan/xlsx_reader.hpp
// and parsed by pugixml, every problem reported at the file. Elements and attributes are found by their local names,
// whatever namespace prefix a program gives them.

#include <pugixml.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/diag/diagnostic.hpp"
#include "zip_archive.hpp"

namespace naskah::plan::detail {

/// A relationship of a part: what kind of part it leads to (the last word of its type URI: "worksheet",
/// "sharedStrings", "styles", "officeDocument") and the part's name in the archive ("xl/worksheets/sheet1.xml").
struct Relationship {
  std::string id;
  std::string kind;
  std::string part;
};

/// A part parsed in place: the tree's names and texts point into the bytes, which are not copied.
struct XmlPart {
  std::string bytes;
  pugi::xml_document document;
  [[nodiscard]] pugi::xml_node root() const { return document.document_element(); }
};

class WorkbookPackage {
 public:
  WorkbookPackage(const ZipArchive& archive, const std::string& file, diag::Diagnostics& out)
      : archive_(archive), file_(file), out_(out) {}

  /// The part, parsed; nothing when it cannot be had — reported, unless it is missing and not `required`.
  std::unique_ptr<XmlPart> xml_part(const std::string& name, bool required);

  /// The relationships of a part ("xl/workbook.xml": those of xl/_rels/workbook.xml.rels), external ones left out;
  /// none when the part has no relationship part.
  std::vector<Relationship> relationships(const std::string& part);

  [[nodiscard]] bool contains(std::string_view name) const { return archive_.contains(name); }

  /// An error at the file as a whole.
  void error(std::string_view rule, std::string message) {
    out_.error({file_, 0, 0}, std::string(rule), std::move(message));
  }

 private:
  const ZipArchive& archive_;
  const std::string& file_;
  diag::Diagnostics& out_;
};

/// The name of an element or attribute without its namespace prefix ("x:row" → "row").
std::string_view local_name(const char* name);
/// The first child element with that local name.
pugi::xml_node child(pugi::xml_node node, std::string_view local);
/// Every child element with that local name, in order.
std::vector<pugi::xml_node> children(pugi::xml_node node, std::string_view local);
/// The attribute with that local name ("r:id" is "id").
pugi::xml_attribute attribute(pugi::xml_node node, std::string_view local);
/// Whether an XML Schema boolean attribute says true ("1" or "true").
bool is_true(pugi::xml_attribute value);

/// A relationship's target as the name of a part: relative to the folder of the part it belongs to, or from the
/// package's root when it starts with '/' ("worksheets/sheet1.xml" of "xl/workbook.xml" is "xl/worksheets/sheet1.xml").
std::string resolve_part(std::string_view source_part, std::string_view target);

}  // namespace naskah::plan::detail
