#pragma once
// Internal to the DOCX writer: the document tree's anchors as Word's bookmarks, and what the tables of contents need
// to know of the places they lead to. Names are Word's hidden kind ("_Toc…"), as Word names the places its own
// tables of contents lead to: an anchor's id may hold characters a bookmark's name may not.

#include <map>
#include <optional>
#include <string>

#include "naskah/compose/document.hpp"

namespace naskah::docx::detail {

struct Bookmark {
  std::string name;  ///< "_Toc000001"
  long id = 0;
  /// The template style of the paragraph it is on (empty: a table's first cell).
  std::string style;
  /// Its bookmark's outline level (compose::Paragraph::outline, compose::Table::outline), when it has one.
  std::optional<int> outline_level;
};

/// Every anchor of the document, found once before it is written.
class Bookmarks {
 public:
  explicit Bookmarks(const compose::Document& document);
  /// The bookmark of an anchor; null for an empty or unknown anchor.
  [[nodiscard]] const Bookmark* find(const std::string& anchor) const;

 private:
  void collect(const std::vector<compose::Block>& blocks);
  void add(const std::string& anchor, std::string style, const std::optional<text::OutlineEntry>& outline);
  std::map<std::string, Bookmark> by_anchor_;
};

}  // namespace naskah::docx::detail
