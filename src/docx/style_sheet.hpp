#pragma once
// Internal to the DOCX writer: the styles of the document (styles.xml). A paragraph style for every template style
// the document's paragraphs use, named for what it is ("Judul Bab" for the template's "title"), with the look of
// the first paragraph that uses it; Word's own styles for the table of contents ("toc 1" …), table text and the
// footer. Paragraphs then carry their style and only what differs from it, so that an editor who changes a style
// changes every paragraph of it.

#include <map>
#include <string>
#include <vector>

#include "formatting.hpp"

namespace naskah::docx::detail {

struct Style {
  std::string id;    ///< what paragraphs name it by
  std::string name;  ///< what Word shows
  ParagraphLook paragraph;
  RunLook run;
  std::vector<long> tab_stops;
  std::optional<long> right_leader_tab;
  bool custom = true;  ///< not one of Word's own ("toc 1", "footer")
};

/// The name a word processor's user sees for a template's style: Indonesian, for what the style is for.
std::string style_display_name(const std::string& template_name);

class StyleSheet {
 public:
  /// `normal`: the look of the document's ordinary text (docDefaults and the Normal style).
  explicit StyleSheet(RunLook normal);

  /// The style of paragraphs of a template style, made from `paragraph` and `run` the first time it is asked for.
  const Style& paragraph_style(const std::string& template_name, const ParagraphLook& paragraph, const RunLook& run);
  /// A style of the writer's ("Isi Tabel") or, not `custom`, of Word's own ("toc 1", "footer"), made the first time
  /// it is asked for.
  const Style& fixed_style(const std::string& id, const std::string& name, bool custom, const ParagraphLook& paragraph,
                           const RunLook& run, std::vector<long> tab_stops = {},
                           std::optional<long> right_leader_tab = std::nullopt);

  [[nodiscard]] const RunLook& normal() const { return normal_; }

  /// styles.xml.
  [[nodiscard]] std::string part() const;

 private:
  const Style& remember(Style style);
  RunLook normal_;
  std::vector<Style> styles_;
  std::map<std::string, std::size_t> by_key_;  ///< template name (or built-in id) → styles_
  std::map<std::string, int> ids_used_;
};

}  // namespace naskah::docx::detail
