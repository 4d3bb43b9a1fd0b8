#pragma once
// Internal to the template loader: the reader of one template.xml, split over template_loader.cpp (the document,
// attribute values, texts), template_styles.cpp (fonts and styles, based-on resolved), template_parts.cpp
// (page, lists, cover, signature, contents, chapter, section, metadata), template_tables.cpp (the annex with its
// matrix, the evaluation table) and template_figures.cpp (captions, organisation charts). It works as the plan parser does
// and reuses its element reader: every problem is collected with its place and the reading goes on.

#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../plan/xml_reader.hpp"
#include "naskah/compose/template.hpp"
#include "template_values.hpp"

namespace naskah::compose::detail {

using plan::Pos;
using plan::detail::ElementReader;
using plan::detail::ParseContext;

/// A style as written: every property optional, so that based-on can fill in what is left out.
struct RawStyle {
  std::string name;
  Pos pos;
  std::optional<plan::At<std::string>> based_on;
  std::optional<std::size_t> font;
  std::optional<double> size;
  std::optional<bool> bold, italic, underline, keep_with_next, hyphenate;
  std::optional<Align> align;
  std::optional<double> first_indent, left_indent, right_indent, space_before, space_after;
  std::optional<LineHeight> line_height;
  std::optional<int> orphans, widows;
};

/// What a resolved style keeps besides TemplateStyle: its line height as written, so that a derived style with
/// another size scales a factor again.
struct Resolved {
  TemplateStyle style;
  LineHeight line_height{1.2, true};
};

class Loader {
 public:
  Loader(ParseContext& context, std::string dir) : context_(context), dir_(std::move(dir)) {}

  std::optional<Template> load(const pugi::xml_document& document);

 private:
  diag::SourceLocation where(Pos pos) const { return {context_.file(), pos.line, pos.column}; }

  void read_fonts(pugi::xml_node node, Template& t);
  void read_styles(pugi::xml_node node, Template& t);
  RawStyle read_style(pugi::xml_node node, const Template& t);
  void resolve_styles(Template& t);
  /// Reports each style whose indents leave less than an inch of the body's text width to its lines (or to its
  /// first line): their words would stand one to a line, or off the page.
  void check_style_indents(const Template& t);
  bool resolve(std::size_t index, std::vector<int>& state, std::vector<Resolved>& out, std::vector<std::size_t>& chain);

  void read_page(pugi::xml_node node, PageSetup& page);
  void read_lists(pugi::xml_node node, Template& t);
  void read_cover(pugi::xml_node node, Template& t);
  void read_signature(pugi::xml_node node, Template& t);
  void read_contents(pugi::xml_node node, Template& t);
  void read_chapter(pugi::xml_node node, Template& t);
  void read_section(pugi::xml_node node, Template& t);
  void read_foreword(pugi::xml_node node, Template& t);
  void read_body(pugi::xml_node node, Template& t);
  // Parts (template_part.cpp).
  void read_part(pugi::xml_node node, Template& t);
  std::optional<SignaturesSettings> read_signatures(pugi::xml_node node);
  std::optional<FieldsSettings> read_fields(pugi::xml_node node);
  /// An <item-table>: in a <part>, or `named` at the top level for the text to place (template_data_tables.cpp).
  std::optional<ItemTableSettings> read_item_table(pugi::xml_node node, const PageSetup& pages, bool named = false);
  // Tables the text places by name (template_data_tables.cpp).
  void read_data_table(pugi::xml_node node, Template& t);
  std::optional<BudgetTableSettings> read_budget_table(pugi::xml_node node, const PageSetup& pages);
  void read_metadata(pugi::xml_node node, Template& t);
  // Figures (template_figures.cpp).
  std::optional<CaptionSettings> read_captions(pugi::xml_node node);
  std::optional<OrgChartSettings> read_org_chart(pugi::xml_node node);
  std::optional<ChartSettings> read_charts(pugi::xml_node node);

  // Tables (template_tables.cpp).
  void read_annex(pugi::xml_node node, Template& t);
  std::optional<MatrixSettings> read_matrix(pugi::xml_node node);
  std::optional<TableSettings> read_evaluation_table(pugi::xml_node node);
  /// The look every table has: styles, fills, padding, borders, spacing, continuation mark.
  bool read_table_look(ElementReader& r, TableSettings& table);
  /// The <column> children: each `content` one of `contents` (by index), at most once; all but those `optional`
  /// required.
  bool read_columns(ElementReader& r, TableSettings& table, const std::vector<std::string_view>& contents,
                    std::initializer_list<int> optional);
  /// The columns (but `optional`) must add up to `text_width`, the width of the pages the table is set on;
  /// `tag` and `pages` name the table and those pages in the message.
  void check_column_widths(const TableSettings& table, double text_width, std::string_view tag,
                           std::string_view pages, std::optional<int> optional);
  std::optional<text::Color> color(ElementReader& r, std::string_view attribute);

  std::optional<TemplateLine> read_line(pugi::xml_node node, std::optional<std::size_t> default_style,
                                        const std::vector<std::string_view>& placeholders);
  std::optional<TemplateLogo> read_logo(pugi::xml_node node);
  std::optional<TemplateImage> read_image(pugi::xml_node node);
  std::optional<double> read_space(pugi::xml_node node);

  // Attribute readers: each reports a bad value at the attribute and returns nothing.
  std::optional<double> length(ElementReader& r, std::string_view attribute, bool required, bool allow_negative = false);
  std::optional<bool> boolean(ElementReader& r, std::string_view attribute);
  std::optional<std::size_t> style_ref(ElementReader& r, std::string_view attribute, bool required);
  std::optional<TextCase> text_case(ElementReader& r);
  /// numbering="…" (1, a, A, i, I), when written, into `numbering`.
  void read_numbering(ElementReader& r, plan::NumberStyle& numbering);
  /// Text with placeholders: the plan's facts, those of the items of the repetitions `scope` (an item table's
  /// rows), and the names in `local`.
  TemplateText attribute_text(ElementReader& r, std::string_view attribute, bool required,
                              const std::vector<std::string_view>& local,
                              const std::vector<plan::ItemKind>& scope = {});
  TemplateText element_text(pugi::xml_node node, const std::vector<std::string_view>& local,
                            const std::vector<plan::ItemKind>& scope = {});
  void bad_value(ElementReader& r, std::string_view attribute, std::string_view rule, const std::string& why);

  ParseContext& context_;
  std::string dir_;
  std::vector<std::string> style_names_;  ///< in file order, known before anything refers to them
  std::vector<RawStyle> raw_styles_;
};

}  // namespace naskah::compose::detail
