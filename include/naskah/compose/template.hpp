#pragma once
/// A template: how a plan looks on paper — page geometry, fonts, named paragraph styles, list settings, the cover,
/// the signature block, the fixed texts (KATA PENGANTAR, DAFTAR ISI, BAB I, A., LAMPIRAN) and the tables (the annex
/// matrix on its landscape pages, the evaluation table). Templates are data:
/// a folder holding template.xml in the format urn:naskah:template:1, described in docs/templates.md. This header
/// is the typed form composition reads; every length is already in points and every style reference is an index.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/diag/diagnostic.hpp"
#include "naskah/io/image_file.hpp"
#include "naskah/plan/length.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::compose {

/// The format's namespace, which names its version.
inline constexpr std::string_view template_namespace = "urn:naskah:template:1";

/// Text written in a template, with {placeholders}: "TAHUN {tahun}". White space is folded
/// (runs are one space, none at the ends); "{{" and "}}" are literal braces.
struct TemplateText {
  struct Piece {
    std::string text;          ///< literal text, or the placeholder's name
    bool placeholder = false;
  };
  std::vector<Piece> pieces;
  diag::SourceLocation where;  ///< the element or attribute that holds it
};

enum class TextCase { as_written, upper };

/// A font family under the name styles use ("body" → "Liberation Serif").
struct TemplateFont {
  std::string name;
  std::string family;
  diag::SourceLocation where;
};

/// A named style, its based-on chain already applied. `paragraph` holds every paragraph property in points
/// (line_height included: a bare factor such as 1.5 has been multiplied by this style's size).
struct TemplateStyle {
  std::string name;
  std::size_t font = 0;  ///< index into Template::fonts
  double size = 12;
  bool bold = false;
  bool italic = false;
  bool underline = false;
  ParagraphStyle paragraph;
  /// line-spacing: paragraph.line_height is this many times the font's own line height (a word processor's
  /// "1,5 spasi"), set by composition once the font is known; 0 when the template gives line-height instead.
  double line_spacing = 0;
  diag::SourceLocation where;
};

/// A length that may be a share of the text width: the signature block's indent="50%".
using Extent = plan::Extent;

struct PageSetup {
  double width = 595.276;   ///< points, after orientation
  double height = 841.89;
  double margin_top = 0, margin_bottom = 0, margin_left = 0, margin_right = 0;
  double footer_distance = 0;   ///< the page number's baseline above the paper's bottom edge
  std::size_t footer_style = 0;
  [[nodiscard]] double text_width() const { return width - margin_left - margin_right; }
};

/// A line of text (cover, signature block, chapter heading).
struct TemplateLine {
  TemplateText text;
  std::size_t style = 0;
  TextCase text_case = TextCase::as_written;
  bool optional = false;  ///< left out when it comes out empty ({pangkat} not given)
};

/// Vertical space.
struct TemplateSpace {
  double height = 0;
};

/// The unit's logo from the plan (<instansi logo="…">), scaled into this box.
struct TemplateLogo {
  double width = 0, height = 0;
  diag::SourceLocation where;
};

/// A fixed image of the template's folder (a scanned signature and stamp).
struct TemplateImage {
  std::string path;  ///< absolute or relative to the working directory, already joined with the template folder
  double width = 0, height = 0;
  diag::SourceLocation where;
  std::shared_ptr<const io::ImageFile> file = nullptr;  ///< read and checked when the template was loaded
};

using CoverItem = std::variant<TemplateLine, TemplateSpace, TemplateLogo>;
using SignatureItem = std::variant<TemplateLine, TemplateSpace, TemplateImage>;

struct ListSettings {
  std::size_t style = 0;
  double indent = 0;     ///< how far each nesting level's text stands right of the level above (level 1: 1 × indent)
  double label_gap = 6;  ///< between a label's end and the item's text
  std::string bullet = "\u2022";
  diag::SourceLocation where;  ///< the <lists> element
};

/// A titled part of the front or back matter: KATA PENGANTAR, DAFTAR ISI, LAMPIRAN.
struct TitledPart {
  TemplateText title;
  std::size_t style = 0;
};

struct SignatureSettings {
  std::size_t style = 0;
  Extent indent{0.5, true};  ///< the block's left edge from the left margin
  double space_before = 0;
  std::vector<SignatureItem> items;
};

struct ContentsSettings {
  TitledPart part;
  std::size_t entry_style = 0;          ///< paragraph settings and the face of subbab entries
  std::size_t chapter_entry_style = 0;  ///< the face of BAB, KATA PENGANTAR, DAFTAR ISI and LAMPIRAN entries
  double level_indent = 0;
  double number_width = 0;
};

struct ChapterSettings {
  std::size_t style = 0;
  plan::NumberStyle numbering = plan::NumberStyle::upper_roman;
  std::vector<TemplateLine> lines;  ///< {nomor} and {judul} allowed; joined by forced line breaks
  /// Where a bab's <subjudul> lines go among `lines` (<subtitles/>): before lines[subtitles_at]; after them all
  /// when it is lines.size() (and when the template does not say).
  std::optional<std::size_t> subtitles_at;
  TextCase subtitles_case = TextCase::as_written;
};

/// How the figures of the bab (<gambar>, <struktur-organisasi>) or their captioned tables are labelled and listed:
/// <figures> and <table-captions>.
struct CaptionSettings {
  std::size_t style = 0;  ///< the caption's paragraph style
  /// Before the caption's text: "Gambar {bab}.{nomor}", {bab} the bab's number in arabic figures, {nomor} the
  /// figure's within the bab.
  TemplateText label;
  /// With a list title (DAFTAR GAMBAR, DAFTAR TABEL): a list of them after DAFTAR ISI, as it is laid out, when the
  /// document has any.
  std::optional<TitledPart> list;
};

/// How an organisation chart is drawn (<org-chart>): the styles of its boxes' lines, its lines, its room.
struct OrgChartSettings {
  std::size_t unit_style = 0;      ///< the office's name
  std::size_t official_style = 0;  ///< who holds it, under the name
  TextCase unit_case = TextCase::as_written;  ///< of the office's name: charts often write it in capitals
  OrgChartLook look;
  TemplateText title;              ///< the caption of a chart that gives no judul
};

struct SectionSettings {
  std::size_t style = 0;
  plan::NumberStyle numbering = plan::NumberStyle::upper_alpha;
  TemplateText label;  ///< "{nomor}."
  double indent = 0;   ///< the title's left edge; the label hangs in front of it
  double label_gap = 6;
};

// ---- Tables ----------------------------------------------------------------------------------------------

/// What a column of the annex matrix shows, one per <column content="…"> of <matrix>.
enum class MatrixContent : std::uint8_t {
  no,                     ///< the sasaran's number (or its position)
  sasaran,                ///< SASARAN RENSTRA
  indikator_sasaran,      ///< the sasaran's INDIKATOR KINERJA
  target_sasaran,
  program,                ///< "nomor nama"
  indikator_program,
  target_program,
  anggaran_program,       ///< the program's computed sum
  kegiatan,               ///< "nomor nama"
  subkegiatan,            ///< "nomor nama"
  indikator_subkegiatan,
  target_subkegiatan,
  anggaran_subkegiatan,   ///< also where the JUMLAH and TOTAL rows put their sums
  ket,                    ///< the responsible unit
  kode,                   ///< optional: the sub kegiatan's kode, when the plan gives its sub kegiatan codes
};
inline constexpr int matrix_content_count = 15;

/// What a column of the evaluation table (BAB II.A) shows.
enum class EvaluationContent : std::uint8_t { no, sasaran, indikator, target, realisasi, capaian, keterangan };
inline constexpr int evaluation_content_count = 7;

struct TableColumn {
  int content = 0;           ///< a MatrixContent or an EvaluationContent, as the table is
  TemplateText title;        ///< the header cell's text
  TemplateText value;        ///< an item table's body cells: {program.nama}, {nomor} (the row's position)
  std::optional<TemplateText> total;  ///< an item table's total row: {anggaran}
  Extent width;              ///< a length or a share of the text width
  std::size_t style = 0;     ///< the style of its body cells: the column's own, else the table's body style
  diag::SourceLocation where;
};

/// The look and the columns of a table the template describes.
struct TableSettings {
  std::size_t header_style = 0;
  std::size_t body_style = 0;                  ///< also gives the table's line height
  std::optional<std::size_t> number_style;     ///< the row of column numbers (1, 2, …) under the header; none: no row
  std::optional<text::Color> header_fill;
  std::optional<text::Color> number_fill;
  double padding = 3;
  double border_width = 0.5;
  text::Color border_color;
  double space_before = 6;
  double space_after = 6;
  std::string continuation = "(lanj.)";       ///< marks a spanning cell repeated on the next page
  std::vector<TableColumn> columns;            ///< in the order they stand, left to right
  diag::SourceLocation where;
};

/// The RKT matrix of the annex.
struct MatrixSettings {
  TableSettings table;
  std::size_t total_style = 0;         ///< the JUMLAH and TOTAL labels
  std::size_t total_amount_style = 0;  ///< their sums
  std::optional<text::Color> total_fill;
  TemplateText sum_label;    ///< the row after each program: "JUMLAH"; {nomor} is the program's number
  TemplateText total_label;  ///< the last row: "TOTAL"
  /// The notes under the matrix (a stated anggaran that differs from the sum of its rows); default the body style.
  std::optional<std::size_t> note_style;
  /// Every kode of the matrix: on the first line of a program's, kegiatan's and sub kegiatan's cell, and in a KODE
  /// column where the template lists one. None (a template written before it): the KODE column's style, else the
  /// style of the cell the kode stands in.
  std::optional<std::size_t> code_style;
};

/// A line or a space of the annex's title.
using AnnexItem = std::variant<TemplateLine, TemplateSpace>;

/// LAMPIRAN: its heading, its pages (landscape), the title over the matrix, the matrix.
struct AnnexSettings {
  TitledPart heading;
  std::optional<PageSetup> page;      ///< none: the body's page
  std::vector<AnnexItem> title;
  std::optional<MatrixSettings> matrix;  ///< none (a template written before tables): the heading and title only
};

/// The names a column of an item table with a row per indikator may use for the row's indikator: {indikator},
/// {target}, and of the year's realisation {realisasi}, {capaian}, {keterangan} (computed), {target-renstra},
/// {capaian-renstra} (realisasi against it), {realisasi-lalu} and {realisasi-lalu-2} (the two years before, from
/// <riwayat>), {triwulan-1} … {triwulan-4}.
const std::vector<std::string_view>& indikator_row_names();

/// A table with a row for each item of a kind (each program, each sasaran …), its cells' texts written in the
/// template with placeholders of that item: the Perjanjian Kinerja's tables of sasaran and of programs.
struct ItemTableSettings {
  TableSettings table;            ///< the look; `columns` with value (and total) texts
  plan::ItemKind kind = plan::ItemKind::program;
  /// rows="indikator": a row for each indikator of an item, the columns that name {indikator} or {target} filled
  /// row by row and the others written once, spanning the item's rows.
  bool rows_per_indikator = false;
  std::optional<TemplateText> total_label;  ///< with it, a last row: the label, then each column's total
  std::size_t total_style = 0;
  std::optional<text::Color> total_fill;
};

/// Signatures side by side, each a column of lines (the Perjanjian Kinerja's two parties).
struct SignaturesSettings {
  std::size_t style = 0;
  double space_before = 0;
  std::vector<std::vector<AnnexItem>> columns;  ///< lines and spaces of each signature, left to right
};

/// Label and value pairs aligned on their colons — "Nama : …", "Jabatan : …" — as agreements name their parties.
struct FieldsSettings {
  std::size_t style = 0;
  double indent = 0;       ///< of the labels, from the left margin
  double label_width = 0;  ///< the room for the labels; the colon stands after it
  struct Field {
    TemplateText label;
    TemplateText value;
  };
  std::vector<Field> fields;
};

/// Standard text in the plan's format (paragraphs, lists, tables, untuk-setiap) written in a part.
struct TextItem {
  std::vector<plan::Block> blocks;
};

/// What a column of a budget table shows (<budget-table>): a row for each program, kegiatan and sub kegiatan.
enum class BudgetContent : std::uint8_t {
  no,         ///< the item's path: 1, 1.2, 1.2.3
  kode,       ///< its kode
  uraian,     ///< its name
  anggaran,   ///< the program's and kegiatan's as stated (marked when their rows add up to another), else computed
  realisasi,  ///< what was spent: stated for a program or kegiatan (marked likewise), else the sum below
  capaian,    ///< realisasi ÷ anggaran × 100 %, computed from the sums
  sisa,       ///< anggaran − realisasi, computed from the sums
};
inline constexpr int budget_content_count = 7;

/// The Laporan Kinerja's budget table: program → kegiatan → sub kegiatan, each with its anggaran, realisasi, their
/// percentage and what is left, and a last row of the totals.
struct BudgetTableSettings {
  TableSettings table;
  plan::ItemKind depth = plan::ItemKind::subkegiatan;  ///< rincian: the deepest level that has rows
  std::optional<text::Color> program_fill;           ///< of a program's row, set in bold
  TemplateText total_label;                            ///< the last row's label: "JUMLAH"
  std::size_t total_style = 0;
  std::optional<text::Color> total_fill;
  std::optional<std::size_t> note_style;  ///< the notes under the table (a stated figure that differs)
};

/// A table of the plan's data the text places by its name (<tabel-kinerja nama="…"/>): an <item-table> or a
/// <budget-table> written at the template's top level with a name.
struct DataTableSettings {
  std::string name;
  std::variant<ItemTableSettings, BudgetTableSettings> table;
};

/// How charts of the plan's data are drawn (<charts>).
struct ChartSettings {
  std::size_t label_style = 0;   ///< the categories' labels and the legend
  std::size_t number_style = 0;  ///< the axes' numbers and the values over bars and points
  double plot_height = 150;      ///< of the area between an axis's 0 and its top
  std::vector<text::Color> colors;  ///< of the series, in order; at least two
  text::Color axis_color;
  text::Color grid_color{217, 217, 217};
  double line_width = 1.5;
};

struct PageBreakItem {};

using PartItem = std::variant<TemplateLine, TemplateSpace, TemplateLogo, TextItem, FieldsSettings, SignaturesSettings,
                              ItemTableSettings, PageBreakItem>;

/// A run of pages the template describes item by item (<part>): the documents other than the RKT — the
/// Perjanjian Kinerja's agreement page and its annex — and pages a template adds after the RKT's.
struct PartSettings {
  std::optional<PageSetup> page;  ///< none: the template's page
  PageNumbering numbering = PageNumbering::none;
  bool restart_numbering = true;
  std::string unnumbered_label;   ///< what viewers show for its pages when they carry no number
  std::optional<TemplateText> title;  ///< a bookmark for its first page
  std::vector<PartItem> items;
  diag::SourceLocation where;
};

struct MetadataSettings {
  TemplateText title, author, subject, keywords;
};

struct Template {
  std::string dir;   ///< the folder it was loaded from, as given
  std::string file;  ///< dir/template.xml, as diagnostics name it
  PageSetup page;
  std::vector<TemplateFont> fonts;
  std::vector<TemplateStyle> styles;
  std::size_t paragraph_style = 0;
  ListSettings lists;
  // The parts of an RKT, each optional (a Perjanjian Kinerja has none of them), in this order.
  std::optional<std::vector<CoverItem>> cover;
  std::optional<TitledPart> foreword;     ///< with it, a signature block closes the foreword
  std::optional<SignatureSettings> signature;
  std::optional<ContentsSettings> contents;
  std::optional<ChapterSettings> chapter;  ///< with it, a section too: the plan's bab are printed
  std::optional<SectionSettings> section;
  std::optional<AnnexSettings> annex;
  /// The standard chapters (<body>), in the plan's format, which the plan's own bab and subbab replace or add to.
  std::vector<plan::Chapter> body;
  /// The standard foreword (<foreword>'s text), used when the plan has no <kata-pengantar>.
  std::optional<std::vector<plan::Block>> foreword_text;
  /// Parts after those, in the template's order.
  std::vector<PartSettings> parts;
  /// The table <tabel-evaluasi/> places (BAB II.A); none (a template written before tables): nothing is placed.
  std::optional<TableSettings> evaluation_table;
  /// Figures' and tables' captions; none: "Gambar {bab}.{nomor}" and "Tabel {bab}.{nomor}" in the paragraph style,
  /// centred, and no list.
  std::optional<CaptionSettings> figures;
  std::optional<CaptionSettings> table_captions;
  /// How organisation charts are drawn; none: in the paragraph style, with OrgChartSettings' lengths.
  std::optional<OrgChartSettings> org_chart;
  /// The tables the text places by name (<tabel-kinerja nama="…"/>), in the template's order.
  std::vector<DataTableSettings> data_tables;
  /// How charts are drawn (<grafik/>); none: in the paragraph style, with ChartSettings' defaults.
  std::optional<ChartSettings> charts;
  MetadataSettings metadata;

  /// The index of a style by name.
  [[nodiscard]] std::optional<std::size_t> find_style(std::string_view name) const;
};

struct TemplateLoad {
  /// Present only when the template loaded without errors.
  std::optional<Template> value;
  diag::Diagnostics diagnostics;
};

/// Reads `dir`/template.xml. Every problem is reported as file:line:col with a rule id: a missing file
/// [template-missing], malformed XML [xml-syntax], the wrong namespace [namespace], unknown or missing elements and
/// attributes [unknown-element] [unknown-attribute] [missing-element] [missing-attribute], a bad length
/// [bad-length], a reference to a style or font that is not defined [unknown-style] [unknown-font], an unknown
/// placeholder [unknown-placeholder], a bad colour [bad-value], table columns that do not fill the text width
/// [column-widths].
TemplateLoad load_template(const std::string& dir);

/// The same, from text (for tests); `dir` is what image paths are relative to, `file` what diagnostics name.
TemplateLoad load_template_text(std::string_view text, const std::string& dir, const std::string& file);

}  // namespace naskah::compose
