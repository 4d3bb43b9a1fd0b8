#pragma once
// Internal to composition: the state one composition shares — the plan, the template, the fonts, the diagnostics —
// and the steps that turn text into spans (filling placeholders, choosing faces, checking every character against
// its font). The parts of the document are composed in their own files: compose_text.cpp (spans),
// compose_blocks.cpp (paragraphs and lists), compose_front.cpp (cover, foreword, contents), compose_signature.cpp
// (signature blocks), compose_tables.cpp (the evaluation table, LAMPIRAN with the RKT matrix), compose_figures.cpp
// (figures, organisation charts, captions and their lists), compose_part.cpp (a template's parts),
// compose_notes.cpp (the marks and notes of stated figures), compose_changes.cpp (a revision's changes),
// compose_document.cpp (fonts, body, the whole).

#include <bitset>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "naskah/compose/compose.hpp"
#include "naskah/plan/plan_diff.hpp"
#include "placeholder_values.hpp"

namespace naskah::compose::detail {

/// A piece of text with its inline style (plan::StyleFlag bits) and the place it came from.
struct Segment {
  std::string text;
  std::uint8_t flags = 0;
  diag::SourceLocation where;
};

/// Values for the placeholders that only some template texts have: {nomor} and {judul} of a heading.
struct LocalValues {
  std::map<std::string, Segment, std::less<>> values;
};

/// A heading's entry in the table of contents (and the outline).
struct ContentsEntry {
  std::string text;
  std::string anchor;
  int level = 0;
  diag::SourceLocation where;
  std::size_t label_bytes = 0;  ///< the label that begins `text`, with the space after it (TocEntry::label_bytes)
};

/// The mark of the n-th note under a table (from 1): "*)", "**)", "***)", then "*4)", "*5)" … (compose_notes.cpp).
std::string note_mark(std::size_t n);

/// The columns' widths in points on pages `text_width` wide, adding up to it exactly; a column whose content is
/// `extra` (the annex's KODE) takes its width from the text columns (compose_tables.cpp).
std::vector<double> column_widths(const std::vector<TableColumn>& columns, double text_width, std::optional<int> extra);

/// While it lives, `slot` points at `value`; then at what it pointed at before (settings that nest).
template <typename T>
class ScopedPointer {
 public:
  ScopedPointer(T*& slot, T* value) : slot_(slot), saved_(slot) { slot = value; }
  ~ScopedPointer() { slot_ = saved_; }
  ScopedPointer(const ScopedPointer&) = delete;
  ScopedPointer& operator=(const ScopedPointer&) = delete;

 private:
  T*& slot_;
  T* saved_;
};

class Composer {
 public:
  Composer(const plan::Plan& plan, const Template& t, text::FontSet& fonts, diag::Diagnostics& out)
      : plan_(plan), t_(t), fonts_(fonts), out_(out), values_(plan), text_file_(&plan.source_file),
        styles_(t.styles) {}

  /// Resolves and adds the template's families; false (with diagnostics) when one cannot be had. Styles spaced as
  /// a multiple of their font's line height (line-spacing) get their line height then.
  bool load_fonts(const std::vector<std::string>& font_dirs);

  Document compose();
  /// The changes of a revision as a document of their own (compose_changes.cpp).
  Document changes(const plan::PlanDiff& diff);
  /// The creator (naskah and its version) and the date (the signing date) of a document's metadata.
  void stamp(text::Metadata& meta) const;

  // ---- Text (compose_text.cpp) ----

  /// Where a position of the plan is, as diagnostics name it: the facts (names, data) are the plan's.
  [[nodiscard]] diag::SourceLocation plan_location(plan::Pos pos) const;
  /// Where a position of the text being composed is: the plan's own text, or the template's standard text.
  [[nodiscard]] diag::SourceLocation text_location(plan::Pos pos) const;
  /// The value of a placeholder ({tahun} → "2024") in the current repetition, located where the fact is
  /// written; an error at `at` when the plan lacks it (program 7, <atasan>).
  Segment placeholder(std::string_view name, std::uint8_t flags, const diag::SourceLocation& at);
  /// A text's segments (the plan's or the template's standard text): runs, placeholder values, '\n' for <br/>;
  /// plain runs are located at `where`.
  std::vector<Segment> plan_segments(const plan::InlineText& text, plan::Pos where);
  /// A template text's segments, {nomor} and {judul} taken from `local`, upper-cased when asked.
  std::vector<Segment> template_segments(const TemplateText& text, TextCase text_case, const LocalValues& local = {});
  /// Spans in a style: each segment's face is the style's, made bold/italic/underlined by the segment's flags;
  /// neighbours with equal formatting are merged. Every character is checked against its face.
  std::vector<Span> spans(const std::vector<Segment>& segments, const TemplateStyle& style);
  [[nodiscard]] text::FontFace face(const TemplateStyle& style, std::uint8_t flags) const;
  [[nodiscard]] static std::string plain(const std::vector<Segment>& segments);
  /// Runs of spaces across the segments one space, none at the ends.
  static void fold_spaces(std::vector<Segment>& segments);
  /// The segments in capitals when `text_case` asks for them (Indonesian rules), else as written.
  static void apply_case(std::vector<Segment>& segments, TextCase text_case);
  /// A place as spans carry it, its file counted in source_files().
  TextOrigin origin(const diag::SourceLocation& where);
  /// The files origin() has counted, in order: a composed document's Document::source_files.
  [[nodiscard]] const std::vector<std::string>& source_files() const { return source_files_; }

  [[nodiscard]] const TemplateStyle& style(std::size_t index) const { return styles_.at(index); }

  // ---- Blocks (compose_blocks.cpp) ----

  /// Paragraphs and lists (of the plan, or the template's standard text read from `file`) in the template's body
  /// and list styles; repeated ones (untuk-setiap) once for each item.
  void blocks(const std::vector<plan::Block>& in, std::vector<Block>& out);
  void blocks(const std::vector<plan::Block>& in, const std::string& file, std::vector<Block>& out);

  /// While it lives, text positions are of `file` (the template's standard text).
  class TextSource : ScopedPointer<const std::string> {
   public:
    TextSource(Composer& composer, const std::string& file) : ScopedPointer(composer.text_file_, &file) {}
  };

  // ---- Front matter (compose_front.cpp) ----

  PageSequence cover();
  /// The plan's logo scaled into the slot, or the slot's empty space when the plan has none (or a bad one).
  Block logo_block(const TemplateLogo& slot);
  /// KATA PENGANTAR and DAFTAR ISI, which lists itself and `later_entries`, the headings after it.
  PageSequence front_matter(const std::vector<ContentsEntry>& later_entries);

  // ---- Body (compose_document.cpp) ----

  PageSequence body(std::vector<ContentsEntry>& entries);

  // ---- Tables (compose_tables.cpp) ----

  /// LAMPIRAN on pages of its own (landscape, numbered on from the body): the heading, the title, the RKT matrix.
  PageSequence annex(std::vector<ContentsEntry>& entries);
  /// The evaluation table that <tabel-evaluasi/> places, appended to `out`.
  void evaluation_table(const plan::EvaluationTableMarker& marker, std::vector<Block>& out);
  /// A <table> written in the plan, in the look of the template's evaluation table, appended to `out`.
  void plan_table(const plan::Table& in, std::vector<Block>& out);

  // ---- The plan's data in the text: tables by name, charts, analyses (compose_data.cpp) ----

  /// The template's table that <tabel-kinerja nama="…"/> names, with its caption, appended to `out`; the current
  /// item's rows inside a repetition.
  void data_table(const plan::DataTableMarker& marker, std::vector<Block>& out);
  /// <analisis/>: the current sasaran's analysis text, as the plan writes it.
  void analysis(const plan::AnalysisMarker& marker, std::vector<Block>& out);
  /// <grafik/>: the chart of the data in scope, with its caption (compose_charts.cpp).
  void chart(const plan::ChartMarker& marker, std::vector<Block>& out);

  // ---- Figures (compose_figures.cpp) ----

  /// A <gambar>: the image, scaled into the text width (or its lebar), and its caption.
  void figure(const plan::Figure& in, std::vector<Block>& out);
  /// A <struktur-organisasi>: the chart to be drawn from its units, and its caption.
  void org_chart(const plan::OrgChart& in, std::vector<Block>& out);
  /// A figure and under it its caption "Gambar 1.1 …", numbered within the bab and listed for DAFTAR GAMBAR: the
  /// one place both are made, so that they can be kept together as one.
  void figure_blocks(Block figure, const std::vector<Segment>& caption, const diag::SourceLocation& where,
                     std::vector<Block>& out);
  /// The caption "Tabel 2.1 …" over a table whose judul is `caption`, numbered and listed for DAFTAR TABEL; nothing
  /// when it has none.
  void table_caption(const plan::InlineText& caption, plan::Pos pos, std::vector<Block>& out);
  /// DAFTAR TABEL and DAFTAR GAMBAR, each on a page of its own, when the template lists them and the document has
  /// any; their headings are entries of DAFTAR ISI (added to `entries`).
  void caption_lists(std::vector<ContentsEntry>& entries, std::vector<Block>& out);
  /// The bab whose figures and tables are being numbered: 1, 2 …; 0 outside the bab.
  void begin_chapter(int number);

  // ---- Notes on stated figures (compose_notes.cpp) ----

  /// What the placeholders filled while it is noted (FiguresNoted) printed: their amounts, which a table column's
  /// {jumlah} adds up, and the stated figures among them that their rows do not add up to, marked "*)", "**)" … in
  /// the text, to be explained in notes under it.
  struct PrintedFigures {
    std::vector<plan::Rupiah> amounts;
    std::vector<StatedDifference> differences;
  };
  /// While it lives, the text composed is one that can have notes under it (a paragraph, a list, a table's cells):
  /// its figures are noted in `figures`. Elsewhere (a line of the cover, a heading, the metadata) there is no room
  /// for a note, and a stated figure prints unmarked.
  class FiguresNoted : ScopedPointer<PrintedFigures> {
   public:
    FiguresNoted(Composer& composer, PrintedFigures& figures) : ScopedPointer(composer.printed_, &figures) {}
  };
  /// The mark of a stated figure in the text being noted — " *)", the same for the same figure — and its note
  /// kept; nothing when no text is being noted.
  std::string stated_difference_mark(const StatedDifference& difference);
  /// The notes under a table or a text, one paragraph each in a style, marked as their figures are ("*)", "**)" …).
  void stated_difference_notes(const std::vector<StatedDifference>& differences, std::size_t style_index,
                               std::vector<Block>& out);

  // ---- Parts (compose_part.cpp) ----

  /// A <part> of the template (the `index`th) as a sequence of pages; its title, if any, a bookmark.
  PageSequence part(const PartSettings& settings, std::size_t index, std::vector<ContentsEntry>& entries);

 private:
  /// One of the plan's blocks, appended to `out`; paragraphs in `body`.
  void compose_block(const plan::Block& block, const TemplateStyle& body, std::vector<Block>& out);
  void list(const plan::List& in, int level, std::vector<Block>& out);
  /// <dl>: each term a bold line, each description indented by one list indent under it.
  void definition_list(const plan::DefinitionList& in, std::vector<Block>& out);
  /// "Gambar 1.1 …" or "Tabel 1.1 …" (the next number of its kind in the bab) as a paragraph with an anchor, and
  /// its entry for the list of its kind; without a bab, the text alone.
  Paragraph caption_paragraph(bool is_figure, const std::vector<Segment>& caption, const diag::SourceLocation& where);
  /// An entry list (DAFTAR ISI, DAFTAR GAMBAR …) in the template's contents styles; `chapters_bold`: the top
  /// entries in the chapter entries' face.
  TableOfContents contents_block(const std::vector<ContentsEntry>& entries, bool chapters_bold);
  /// Whether a list nested `level` deep leaves its text room on the line; an error at the list when not.
  bool list_fits(const plan::List& in, int level);
  void list_item(const plan::List& in, const plan::ListItem& item, int level, int number, std::uint32_t list_id,
                 std::vector<Block>& out);
  /// Calls `each` once for every item a repetition over `kind` goes through, that item being current.
  template <class Each>
  void repeat(plan::ItemKind kind, Each each) {
    const ItemContext saved = context_;
    for (const ItemContext& item : values_.items(kind, saved)) {
      context_ = item;
      each();
    }
    context_ = saved;
  }
  /// The RKT's signature block — its place and date, the signatory — in its group, appended to `out`: it closes the
  /// foreword, and the revision's changes.
  void signature(double text_width, std::vector<Block>& out);
  /// Signatures side by side, each a column of the text width's share.
  SignatureBlock signatures(const SignaturesSettings& settings, double text_width);
  /// A signature block kept together with the blocks `above` it (its place and date) and with the last lines of
  /// the text before them.
  Group signature_group(std::vector<Block> above, SignatureBlock block);
  /// A line of a signature block; nothing when it is optional and empty. A signatory's name is one unbreakable run.
  std::optional<SignatureLine> signature_line(const TemplateLine& line);
  template <class Items>
  SignatureColumn signature_column(const Items& items, double left, double width);
  Paragraph titled_part(const TitledPart& part, const std::string& anchor, std::vector<ContentsEntry>& entries);
  PageStyle page_style(const PageSetup& setup);
  /// The page a chart too wide for the text is turned onto: the annex's page where the template gives one, else the
  /// body's page turned.
  [[nodiscard]] PageSetup landscape_setup() const;
  /// A template line (cover, annex title) as a paragraph in its style; nothing when it is optional and empty.
  std::optional<Paragraph> line_paragraph(const TemplateLine& line);
  /// A table with the look of the template's settings (padding, line height, borders, spacing), no rows yet.
  Table table_look(const TableSettings& settings);
  /// The frame of a template table on pages `text_width` wide: columns, header row, row of numbers, look.
  Table table_frame(const TableSettings& settings, const std::vector<double>& widths);
  /// A cell holding `segments` in a style (its alignment and hyphenation too).
  TableCell table_cell(const std::vector<Segment>& segments, std::size_t style_index, int row_span = 1);
  /// The RKT matrix, and after it in `notes` what the reader must know of its figures (a stated anggaran that
  /// differs from the sum of its rows).
  std::optional<Table> matrix(const MatrixSettings& settings, double text_width, std::vector<Block>& notes);
  /// A table with a row for each item of the plan; the notes on its stated figures in `notes`.
  Table item_table(const ItemTableSettings& settings, double text_width, std::vector<Block>& notes);
  /// The Laporan Kinerja's budget table (compose_budget_table.cpp), and after it in `notes` the stated figures its
  /// rows do not add up to.
  Table budget_table(const BudgetTableSettings& settings, double text_width, std::vector<Block>& notes);
  /// A style's face, size and colour, as a chart's labels take them.
  Span style_span(const TemplateStyle& style) const;
  Table plain_table(const TemplateStyle& style, std::vector<double> widths);
  /// Label and value pairs: a borderless table of labels, colons and values.
  Table fields(const FieldsSettings& settings, double text_width);
  void check_glyphs(const std::string& text, text::FontFace face, const diag::SourceLocation& where);
  [[nodiscard]] std::string face_name(text::FontFace face) const;

  const plan::Plan& plan_;
  const Template& t_;
  text::FontSet& fonts_;
  diag::Diagnostics& out_;
  PlaceholderValues values_;
  ItemContext context_;             ///< the items of the repetitions being composed
  const std::string* text_file_;    ///< the file of the text being composed (TextSource)
  std::vector<std::uint16_t> families_;  ///< FontSet family of each template font
  std::vector<std::string> source_files_;  ///< the files of spans' origins (a plan and a template: a few)
  std::vector<TemplateStyle> styles_;      ///< the template's, with line heights from the fonts (load_fonts)
  /// Which ASCII characters each face has a glyph for, as far as asked: nearly every character composed is ASCII,
  /// and its answer is the same every time (by FontFace::family and style_index).
  struct AsciiGlyphs {
    std::bitset<128> asked, present;
  };
  std::map<std::pair<std::uint16_t, int>, AsciiGlyphs> ascii_glyphs_;
  /// Missing characters already reported, by place: one diagnostic per character and place.
  std::set<std::tuple<std::string, std::uint32_t, std::uint32_t, char32_t>> reported_;
  /// Placeholders without a value already reported, by place.
  std::set<std::tuple<std::string, std::uint32_t, std::uint32_t>> reported_placeholders_;
  /// Charts with nothing to show already reported, by place: a chart repeated for each sasaran is reported once.
  std::set<std::tuple<std::string, std::uint32_t, std::uint32_t>> reported_empty_charts_;
  /// The standard bab and subbab being composed, as a plan names them to leave the subbab out.
  std::string standard_section_;
  bool warned_no_evaluation_table_ = false;
  std::optional<diag::SourceLocation> evaluation_table_at_;  ///< where the evaluation table was placed first
  int chapter_number_ = 0;   ///< the bab being composed (begin_chapter)
  int figure_number_ = 0;    ///< the figures and captioned tables of that bab so far
  int table_number_ = 0;
  std::uint32_t lists_ = 0;  ///< lists composed so far: the next one's ListNumbering::list
  std::vector<ContentsEntry> figure_entries_;  ///< for DAFTAR GAMBAR, in document order
  std::vector<ContentsEntry> table_entries_;   ///< for DAFTAR TABEL
  bool reported_logo_ = false;
  bool warned_no_plan_table_look_ = false;
  PrintedFigures* printed_ = nullptr;  ///< the figures of the text being noted (FiguresNoted)
};

}  // namespace naskah::compose::detail
