#pragma once
// Internal to the plan reader: the text of a document — bab, subbab, paragraphs, lists, tables, inline markup and
// placeholders — as plans write it and as templates write their standard text (templates/*/template.xml reads
// its <body> and <foreword> with the same reader, so that both are one format).

#include <pugixml.hpp>

#include <string>
#include <vector>

#include "naskah/plan/inline_text.hpp"
#include "naskah/plan/model.hpp"
#include "xml_reader.hpp"

namespace naskah::plan::detail {

class TextReader {
 public:

  explicit TextReader(ParseContext& context) : context_(context) {}

  /// Paragraphs, lists, tables, figures, organisation charts and <tabel-evaluasi/> among `children`, in order.
  std::vector<Block> read_blocks(const std::vector<pugi::xml_node>& children);
  Chapter read_bab(pugi::xml_node node);
  Section read_subbab(pugi::xml_node node);

 private:
  /// untuk-setiap="…" of an element: read and checked against the enclosing repetitions, and in effect for the
  /// element's content while this object lives.
  struct RepetitionScope {
    RepetitionScope(TextReader& reader, ElementReader& element);
    ~RepetitionScope();
    RepetitionScope(const RepetitionScope&) = delete;
    RepetitionScope& operator=(const RepetitionScope&) = delete;
    TextReader& reader;
    std::optional<ItemKind> kind;
  };

  TextBlock read_paragraph(pugi::xml_node node);
  List read_list(pugi::xml_node node);
  Table read_table(pugi::xml_node node);
  DefinitionList read_definition_list(pugi::xml_node node);
  /// A length or share (lebar="80%", tinggi="18cm") given as `attribute`, an error at it when it is neither.
  std::optional<At<Extent>> read_extent(ElementReader& reader, const char* attribute, const char* element);
  Figure read_figure(pugi::xml_node node);
  OrgChart read_org_chart(pugi::xml_node node);
  OrgUnit read_org_unit(pugi::xml_node node);
  /// The children of a subbab or a <blok>: the blocks of the bab's text.
  static std::vector<pugi::xml_node> block_children(ElementReader& reader);
  DataTableMarker read_data_table(pugi::xml_node node);
  ChartMarker read_chart(pugi::xml_node node);
  AnalysisMarker read_analysis(pugi::xml_node node);
  RepeatedBlocks read_repeated_blocks(pugi::xml_node node);
  Subtitle read_subtitle(pugi::xml_node node);
  /// The inline content of an element without lists (<subjudul>, <dt>, <dd>), warning when it is empty.
  InlineText read_inline_only(pugi::xml_node node, const ElementReader& reader);
  ListItem read_list_item(pugi::xml_node node);
  void read_inline(pugi::xml_node node, InlineBuilder& builder, std::uint8_t style, bool allow_lists,
                   std::vector<List>* lists);
  InlineText read_title(ElementReader& reader) { return read_inline_attribute(reader, "judul"); }
  /// A required attribute holding text with placeholders, as the judul of a bab or the caption of a figure.
  InlineText read_inline_attribute(ElementReader& reader, std::string_view attribute);
  /// The position, id="…", hapus="ya" and judul of a bab or subbab.
  template <class Heading>
  void read_heading(ElementReader& reader, Heading& out);

  InlineBuilder::ProblemSink problem_sink() {
    return [this](Pos pos, std::string_view rule, std::string message) { context_.error(pos, rule, std::move(message)); };
  }

  ParseContext& context_;
  std::vector<ItemKind> scope_;  ///< the repetitions the text being read stands in, outermost first
};

}  // namespace naskah::plan::detail
