#pragma once
/// The document tree: what composition (template + plan) hands to layout. Everything is resolved — placeholders
/// filled, numbers formatted, styles turned into fonts and sizes, list labels written — so that layout only
/// measures, breaks and places. Lengths are in points.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "naskah/io/image_file.hpp"
#include "naskah/text/color.hpp"
#include "naskah/text/document_info.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::compose {

enum class Align { left, right, center, justify };

/// Where a piece of text came from, so that layout can name the place of a problem it finds (a line that could
/// not be kept inside its measure): a file of Document::source_files, counted from 1 (0: unknown), and a line and
/// column there. Three numbers rather than a diag::SourceLocation: a 50,000-row annex has a span per cell.
struct TextOrigin {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(const TextOrigin&, const TextOrigin&) = default;
};

/// A piece of text in one style.
struct Span {
  std::string text;  ///< UTF-8
  text::FontFace face;
  double size = 12;
  bool underline = false;
  /// An unbreakable run: a figure (an amount, a percentage, a date, a NIP, a code) or a name with its degrees.
  /// No line ends inside it and it is never hyphenated; only when it is wider than the whole measure is it cut,
  /// and layout reports that line as overfull.
  bool keep_together = false;
  /// A code of dotted groups (a kode, "1.01.02.2.01.0001"), kept together as a figure is, except that a line too
  /// narrow for the whole code may end after one of its dots — never inside a group, and with no hyphen — rather
  /// than have the code cut between two digits.
  bool code = false;
  text::Color color;
  TextOrigin origin;
};

struct ParagraphStyle {
  /// The template's name of the style ("body", "heading"), or empty: what a word processor's copy names its style
  /// (the DOCX writer); layout ignores it.
  std::string name;
  Align align = Align::justify;
  double left_indent = 0;    ///< of every line, from the left margin
  double right_indent = 0;
  double first_indent = 0;   ///< added to left_indent on the first line (may be negative: a hanging indent)
  double line_height = 18;   ///< baseline to baseline
  double space_before = 0;
  double space_after = 0;
  bool keep_with_next = false;  ///< do not end a page after this paragraph (headings)
  bool hyphenate = true;
  int orphans = 2;  ///< lines a paragraph leaves at least at the bottom of a page
  int widows = 2;   ///< lines a paragraph carries at least to the top of the next page
};

/// How a list item is numbered, for a word processor that numbers lists itself (the DOCX writer): layout prints
/// the label's spans and ignores this.
enum class ListFormat { bullet, decimal, lower_letter, upper_letter, lower_roman, upper_roman };

struct ListNumbering {
  std::uint32_t list = 0;     ///< the same for every item of one list, another for each list (nested ones too)
  int level = 0;              ///< 0 for a list in the text, 1 for one nested in its item, …
  ListFormat format = ListFormat::decimal;
  std::string pattern = "#";  ///< the label with '#' for the number ("#.", "(#)"); the bullet for a bullet list
  int start = 1;              ///< the first item's number
  double indent = 0;          ///< how far a level's text stands right of the level above: the label's room
};

/// A list item's label ("1.", "a.", "(1)", "•"), set in the hanging indent: right-aligned to end `gap` points
/// before the text's left indent.
struct Label {
  std::vector<Span> spans;
  double gap = 6;
  std::optional<ListNumbering> numbering;
};

struct Paragraph {
  std::vector<Span> spans;
  ParagraphStyle style;
  std::optional<Label> label;
  /// A destination for links and outline entries; empty when none.
  std::string anchor;
  /// A bookmark for this paragraph (headings); level 0 = top.
  std::optional<text::OutlineEntry> outline;
};

/// Vertical space, kept even at the top of a page (cover design, the room for a signature); space that does not
/// fit ends the page. (A paragraph's space_before, by contrast, is dropped at the top of a page.)
struct Spacer {
  double height = 0;
};

/// The next block starts on a new page.
struct PageBreak {};

struct ImageBlock {
  std::string path;
  double width = 0;
  double height = 0;
  Align align = Align::center;
  /// The image is aligned within the text width less this much on the left (the signature block's right half).
  double left_indent = 0;
  double space_before = 0;  ///< dropped at the top of a page, as a paragraph's
  std::shared_ptr<const io::ImageFile> file = nullptr;  ///< as composition read and checked it; the writers embed this
};

/// One line of the table of contents: text, dot leaders, the page number of the anchor, right-aligned.
struct TocEntry {
  std::vector<Span> spans;
  std::string anchor;
  int level = 0;
  bool show_page_number = true;
  /// How many bytes of the text are its label ("A. ", "Gambar 1.1 "): a title too long for one line goes on
  /// under its first word, the label hanging in front, as the heading itself is set.
  std::size_t label_bytes = 0;
};

struct TableOfContents {
  std::vector<TocEntry> entries;
  ParagraphStyle style;        ///< line height, spacing
  double level_indent = 14;    ///< extra left indent per level
  double number_width = 30;    ///< room kept for the page number
};


enum class VerticalAlign { top, middle, bottom };

/// How a cell spanning rows that goes on to the next page shows it there, its text repeated.
enum class Continuation {
  after_text,  ///< a name: "Program Penunjang … (lanj.)"
  below,       ///< a number: "3", and under it "(lanj.)" (a NO column: a mark after it would read as part of it)
  none,        ///< a figure (an amount, a target) repeated alone: a mark next to it would read as part of it
};

/// One cell of a table: a paragraph's worth of spans ('\n' breaks lines) occupying row_span × col_span slots of
/// the grid. Cells are listed row by row; slots already covered by a span from above are skipped.
struct TableCell {
  std::vector<Span> spans;
  Align align = Align::left;
  VerticalAlign valign = VerticalAlign::top;
  int row_span = 1;
  int col_span = 1;
  std::optional<text::Color> fill;
  bool hyphenate = true;
  /// Where a piece of this cell repeated on the next page carries the table's continuation mark.
  Continuation continuation = Continuation::after_text;
};

struct TableRow {
  std::vector<TableCell> cells;
  std::optional<text::Color> fill;  ///< for the row's cells without a fill of their own
  /// A JUMLAH or TOTAL row: never the first row of a page, away from the rows it adds up (the row before it goes
  /// to the next page with it).
  bool keep_with_previous = false;
};

/// A table: header rows repeated at the top of every page the table runs onto, body rows split across pages. A cell
/// spanning rows that crosses a page break is drawn again on the next page, its text repeated (at most
/// `continuation_lines` lines of it, cut at a word with "…") with `continuation_mark`, so that every page reads
/// on its own. The columns are the template's widths, or measured from the content (`fit_columns`).
struct Table {
  /// Points; their sum is the table's width. With fit_columns they are preferences: layout measures every cell and
  /// gives each column at least its widest unbreakable run, then the rest where it makes the rows shortest.
  std::vector<double> column_widths;
  bool fit_columns = false;
  std::vector<TableRow> header_rows;
  std::vector<TableRow> body_rows;
  double padding = 3;                 ///< inside every cell, on all four sides
  double line_height = 12;            ///< baseline to baseline within cells
  double border_width = 0.5;
  text::Color border_color;
  Align align = Align::center;        ///< of the table within the text area
  std::string continuation_mark = "(lanj.)";  ///< never broken; empty: no mark
  int continuation_lines = 3;                  ///< of a repeated text, at most
  double space_before = 6;
  double space_after = 6;
  /// A destination at the table's top (annex entries of the table of contents), and its bookmark.
  std::string anchor;
  std::optional<text::OutlineEntry> outline;
};

/// Where a unit of an organisation chart stands: in the row under its superior, or beside the line that comes down
/// from it (a Kelompok Jabatan Fungsional), on its left or its right.
enum class OrgPlace { below, beside_left, beside_right };

/// A box of an organisation chart: its lines (the office, then who holds it; '\n' between them) and its units.
struct OrgChartUnit {
  std::vector<Span> spans;
  OrgPlace place = OrgPlace::below;
  std::vector<std::size_t> units;  ///< indices into OrgChart::units, left to right
};

/// How an organisation chart's boxes and lines are drawn, and the room between them (a template's <org-chart>).
struct OrgChartLook {
  double padding = 3;               ///< inside each box, on all four sides
  double border_width = 0.75;       ///< of the boxes
  double connector_width = 0.75;    ///< of the lines between them
  text::Color line_color;
  std::optional<text::Color> fill;  ///< of the boxes
  double min_box_width = 70;        ///< boxes are narrowed to this, their text wrapped, before rows are stacked
  double max_box_width = 150;       ///< the widest a box is, however long its name
  double level_gap = 20;            ///< between a row of boxes and the next
  double sibling_gap = 8;           ///< between neighbouring boxes
};

/// An organisation chart, drawn by layout as boxes joined by lines (layout/org_chart.hpp): a tidy tree that fits
/// the text width, as one piece of fixed size.
struct OrgChart {
  std::vector<OrgChartUnit> units;  ///< units[0] is the head; every other unit is under exactly one
  double line_height = 11;          ///< baseline to baseline within a box
  OrgChartLook look;
  bool hyphenate = false;
  double space_before = 0;          ///< dropped at the top of a page, as a paragraph's
  /// The height the plan draws it at (tinggi): a taller chart spreads its levels apart, a shorter one is drawn
  /// smaller; none: as tall as its boxes and gaps make it.
  std::optional<double> height;
};

/// How a chart draws its series: bars side by side in each category, or lines through a point in each.
enum class ChartKind { bars, lines };

/// A series of a chart: the legend's text and its colour (a bar of each category, or a line).
struct ChartSeries {
  std::vector<Span> name;
  text::Color color;
};

/// A category of a chart's panel — an indikator, a program, a year: its label under the axis, and for each series a
/// value (none: no bar or point) and the text over its bar or point (empty: none).
struct ChartCategory {
  std::vector<Span> label;
  std::vector<std::optional<double>> values;
  std::vector<std::vector<Span>> value_labels;
};

/// A part of a chart with a value axis of its own: the indikator of one unit ("%", "Dokumen"), the programs'
/// Rupiah. Values are for drawing only (their printed figures are the labels, computed exactly by composition).
struct ChartPanel {
  std::vector<Span> axis_title;  ///< over the axis: the unit
  std::vector<ChartCategory> categories;
};

/// A chart of the plan's data, drawn by layout (layout/chart.hpp) as vector graphics in the document's fonts: value
/// axes with their numbers in Indonesian notation, grid lines, bars or lines, the categories' labels, a legend.
/// Placed whole, as an image is, kept with its caption.
struct Chart {
  ChartKind kind = ChartKind::bars;
  std::vector<ChartSeries> series;
  std::vector<ChartPanel> panels;
  Span label_style;   ///< face, size and colour of the categories' labels and the legend (text ignored)
  Span number_style;  ///< of the axes' numbers and the values over bars
  double line_height = 10;  ///< of the labels and the legend
  double plot_height = 150;  ///< of the area between the value axis's 0 and its top
  text::Color axis_color;
  text::Color grid_color{217, 217, 217};
  double line_width = 1.5;  ///< of a line chart's lines
  double space_before = 0;  ///< dropped at the top of a page, as a paragraph's
};

/// A line of a signature block: text in one style, aligned within its column, never hyphenated. A name with its
/// degrees is one unbreakable run (Span::keep_together).
struct SignatureLine {
  std::vector<Span> spans;
  Align align = Align::center;
  double line_height = 18;  ///< baseline to baseline, when the line wraps
};

/// Room left blank in a signature block: for the wet signature and the stamp.
struct SignatureSpace {
  double height = 0;
};

/// A scanned signature and stamp, centred in its column.
struct SignatureImage {
  std::string path;
  double width = 0;
  double height = 0;
  std::shared_ptr<const io::ImageFile> file = nullptr;  ///< as the template's loader read and checked it
};

using SignaturePart = std::variant<SignatureLine, SignatureSpace, SignatureImage>;

/// One signatory's column of a signature block: its parts top to bottom, between `left` (from the text area's left
/// edge) and `left + width`.
struct SignatureColumn {
  double left = 0;
  double width = 0;
  std::vector<SignaturePart> parts;
};

/// Signatures: one (the RKT's, on the right half of the page) or side by side (the Perjanjian Kinerja's two
/// parties). The i-th parts of all columns make row i: their first lines share a baseline, and the row is as tall
/// as its tallest part, so that a jabatan of two lines in one column pushes the next row down in all of them.
/// Never broken across pages.
struct SignatureBlock {
  std::vector<SignatureColumn> columns;
  double space_before = 0;
  double space_after = 0;
};

struct Group;

using Block = std::variant<Paragraph, Spacer, PageBreak, ImageBlock, TableOfContents, Table, SignatureBlock, OrgChart,
                           Chart, Group>;

/// Blocks that stand together: laid out whole on one page when they fit a page (moved to the next page when they
/// do not fit where they are), broken like any other blocks only when they are taller than a whole page.
struct Group {
  std::vector<Block> blocks;
  bool keep_together = true;
  /// When the group starts a new page, the last this-many lines of the paragraph before it go along, so that the
  /// group (a signature block) never stands alone at the top of a page.
  int keep_with_previous_lines = 0;
  /// On a page of its own turned to landscape, the text before it and after it on the pages before and after (an
  /// organisation chart whose widest level does not fit the portrait text). Only a group of a page sequence's own
  /// blocks is turned; the numbering goes on through it.
  bool landscape_page = false;
};

enum class PageNumbering {
  none,          ///< no number printed (cover); the page still has a label
  lower_roman,   ///< i, ii, iii …
  arabic,        ///< 1, 2, 3 …
};

struct PageStyle {
  double width = 595.276;   ///< A4 portrait
  double height = 841.89;
  double margin_top = 72;
  double margin_bottom = 72;
  double margin_left = 85;
  double margin_right = 71;
  /// The page number, centred under the text area, its baseline this far above the page's bottom edge.
  double footer_baseline = 40;
  Span footer_style;  ///< face and size of the page number (its text is ignored)
};

/// A run of pages with one page style and one numbering: the cover, the front matter, the body.
struct PageSequence {
  PageStyle page;
  PageNumbering numbering = PageNumbering::arabic;
  /// Restart the count at 1 for this sequence (otherwise it continues the previous one of the same numbering).
  bool restart_numbering = true;
  /// Label of unnumbered pages ("Sampul" for the cover): PDF viewers show it instead of a number.
  std::string unnumbered_label;
  std::vector<Block> blocks;
};

struct Document {
  std::vector<PageSequence> sequences;
  text::Metadata metadata;
  /// The files spans came from (the plan, the template's text): TextOrigin::file - 1 indexes this.
  std::vector<std::string> source_files;
};

}  // namespace naskah::compose
