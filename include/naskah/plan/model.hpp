#pragma once
/// The plan model: plain data read from a plan file, with the source position of every element and of the
/// attributes that checks point at. No XML type appears here; later stages (check, compose) read only this.
///
/// Domain types keep the planners' Indonesian words (Sasaran, Program, Kegiatan, SubKegiatan, Indikator),
/// the same words as the plan format; document types (TextBlock, List, Chapter) are ordinary typesetting terms.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "naskah/plan/amount.hpp"
#include "naskah/plan/calendar_date.hpp"
#include "naskah/plan/length.hpp"
#include "naskah/plan/measure.hpp"
#include "naskah/plan/nip.hpp"
#include "naskah/plan/placeholders.hpp"

namespace naskah::plan {

/// Line and column (1-based, columns in characters) of an element or attribute in the plan file.
struct Pos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// A value together with where it was written.
template <class T>
struct At {
  T value{};
  Pos pos;
};

// ---- Text ---------------------------------------------------------------------------------------------

enum StyleFlag : std::uint8_t { style_bold = 1, style_italic = 2, style_underline = 4 };

/// Literal text, white space folded as in HTML. (Not layout::TextRun, a line's text placed on a page.)
struct InlineRun {
  std::string text;
  std::uint8_t style = 0;
};

/// {tahun}, {instansi}, …: a fact of the plan named in text, resolved when the document is composed.
struct Placeholder {
  std::string name;
  std::uint8_t style = 0;
  Pos pos;
};

struct LineBreak {};

using Inline = std::variant<InlineRun, Placeholder, LineBreak>;
using InlineText = std::vector<Inline>;

enum class NumberStyle : std::uint8_t { arabic, lower_alpha, upper_alpha, lower_roman, upper_roman };

struct List;

struct ListItem {
  Pos pos;
  InlineText text;
  std::vector<List> sublists;
  /// untuk-setiap="program": the item is written once for each program (of the enclosing repetition's item).
  std::optional<ItemKind> repeat;
};

struct List {
  Pos pos;
  bool ordered = true;
  NumberStyle numbering = NumberStyle::arabic;
  std::string label_format = "#.";  ///< '#' stands for the number: "#.", "(#)", "#)"
  int start = 1;
  std::vector<ListItem> items;
};

/// A <p> of the plan or of a template's standard text. (Not compose::Paragraph, which is what it becomes.)
struct TextBlock {
  Pos pos;
  InlineText text;
  /// untuk-setiap="sasaran": the paragraph is written once for each sasaran.
  std::optional<ItemKind> repeat;
};

/// Where the evaluation table made from <evaluasi> goes.
struct EvaluationTableMarker {
  Pos pos;
  InlineText caption;  ///< judul: "Tabel 2.1 …" over it and an entry of DAFTAR TABEL; empty: none
};

enum class CellAlign : std::uint8_t { left, center, right };

/// A cell of a table written in the plan: <th> (a header cell) or <td>.
struct TableCell {
  Pos pos;
  bool header = false;
  int row_span = 1;
  int col_span = 1;
  CellAlign align = CellAlign::left;
  InlineText text;
};

struct TableRow {
  Pos pos;
  std::vector<TableCell> cells;
};

/// A table the plan writes in its chapters: <table> with optional <col width="…%"/> then <tr> of <th>/<td>. Rows
/// whose cells are all <th> at the top are its header, repeated on every page it runs onto.
struct Table {
  Pos pos;
  InlineText caption;  ///< judul: "Tabel 2.1 …" over it and an entry of DAFTAR TABEL; empty: none
  std::vector<double> column_percent;  ///< the <col> widths, in % of the text width; empty: equal columns
  std::vector<TableRow> rows;
};

/// A term (<dt>) or a description (<dd>) of a <dl>.
struct Definition {
  Pos pos;
  bool term = false;
  InlineText text;
};

/// <dl>: terms, each followed by its description — as Sistematika Penulisan lists the bab: "BAB I PENDAHULUAN" a
/// bold line, what it holds indented under it.
struct DefinitionList {
  Pos pos;
  std::vector<Definition> items;
};

/// <gambar src="…" judul="…" lebar="…"/>: a PNG or JPEG in the text, under it its caption "Gambar 1.1 …" (numbered
/// within its bab), listed in DAFTAR GAMBAR.
struct Figure {
  Pos pos;
  At<std::string> src;               ///< relative to the file that names it; checked whole when the document is made
  InlineText caption;                ///< judul
  std::optional<At<Extent>> width;   ///< lebar: a length or a share of the text width; none: the text width
};

/// Where a unit of an organisation chart stands: in the row under its superior, or beside the line that comes down
/// from the superior (as the Kelompok Jabatan Fungsional stands), on its left or its right.
enum class OrgPlace : std::uint8_t { below, beside_left, beside_right };

/// <unit nama="…" pejabat="…" posisi="…">: an office of the organisation, who holds it, and the units under it.
struct OrgUnit {
  Pos pos;
  std::string nama;
  std::string pejabat;  ///< empty when the chart names no one
  OrgPlace place = OrgPlace::below;
  std::vector<OrgUnit> units;
};

/// <struktur-organisasi judul="…">: the bagan struktur organisasi, drawn from its units as a figure of the bab.
struct OrgChart {
  Pos pos;
  InlineText caption;  ///< judul; empty: the template's ("Bagan Struktur Organisasi {instansi} {daerah}")
  OrgUnit root;
  /// tinggi: the height it is drawn at, a length or a share of the text height, as an author sizes the bagan
  /// pasted into a word processor; none: as tall as its boxes and the template's gaps make it.
  std::optional<At<Extent>> height;
};

/// <tabel-kinerja nama="…" judul="…"/>: where a table of the plan's performance data goes, laid out as the
/// template's table of that name (<item-table name="…">, <budget-table name="…">) says — the Laporan Kinerja's
/// measurement, comparison, efficiency and budget tables. Inside a repetition it shows the current item's rows.
struct DataTableMarker {
  Pos pos;
  At<std::string> name;
  InlineText caption;  ///< judul: "Tabel 3.1 …" over it; empty: none
};

/// What a chart of the plan's data shows (<grafik jenis="…">).
enum class ChartKind : std::uint8_t {
  target_realisasi,     ///< target-realisasi: grouped bars, the target and the realisasi of each indikator
  penyerapan_anggaran,  ///< penyerapan-anggaran: bars of anggaran and realisasi per program, with the percentage
  tren,                 ///< tren: lines of each indikator's realisasi over the years
};

/// <grafik jenis="…" judul="…"/>: a chart drawn from the plan's data in scope (the current sasaran inside a
/// repetition over sasaran, else the whole plan), as a figure with its caption.
struct ChartMarker {
  Pos pos;
  ChartKind kind = ChartKind::target_realisasi;
  InlineText caption;  ///< judul
};

/// <analisis/>: the current sasaran's <analisis> text (inside a repetition over sasaran).
struct AnalysisMarker {
  Pos pos;
};

struct RepeatedBlocks;

using Block = std::variant<TextBlock, List, EvaluationTableMarker, Table, DefinitionList, Figure, OrgChart,
                           DataTableMarker, ChartMarker, AnalysisMarker, RepeatedBlocks>;

/// <blok untuk-setiap="sasaran">: blocks written once for each item — for each sasaran its heading, table, chart and
/// analysis.
struct RepeatedBlocks {
  Pos pos;
  ItemKind repeat = ItemKind::sasaran;
  std::vector<Block> blocks;
};

/// A bab or subbab is matched with the template's standard one of the same `id`, else of the same title: the
/// plan's replaces it. An `omit` one (hapus="ya") removes it.
struct Section {  // subbab
  Pos pos;
  std::string id;
  bool omit = false;
  InlineText title;
  std::vector<Block> blocks;
};

/// A line of a bab's heading under its judul (<subjudul>): the unit's name, the region.
struct Subtitle {
  Pos pos;
  InlineText text;
};

struct Chapter {  // bab
  Pos pos;
  std::string id;
  bool omit = false;
  /// bernomor="tidak": a bab whose heading is its title alone, counted in no numbering (Ikhtisar Eksekutif, before
  /// BAB I); bernomor="ya" a numbered one; none: as the standard bab it replaces, else numbered.
  std::optional<bool> numbered;
  InlineText title;
  std::vector<Subtitle> subtitles;
  std::vector<Block> blocks;  ///< text before the first section
  std::vector<Section> sections;
};

// ---- Organisation ------------------------------------------------------------------------------------

struct Instansi {
  Pos pos;
  std::string nama;
  std::string singkatan;  ///< defaults to nama
  std::string daerah;
  std::optional<At<std::string>> logo;
};

/// A plan started with `naskah init` for a unit that had none names its signatory later: jabatan, nama, nip, tempat
/// and tanggal may be written empty (nama=""), as places to fill in. Such a value stays empty here — a NIP without
/// digits, a date of year 0 — and `blank` names it for the signatory-missing rule.
struct Penandatangan {
  Pos pos;
  std::string jabatan;
  std::string nama;
  std::string pangkat;
  At<Nip> nip;
  std::string tempat;
  At<CalendarDate> tanggal;
  /// When the Laporan Kinerja of the plan year is signed, after the year ends (tanggal is the plan's own, before).
  std::optional<At<CalendarDate>> tanggal_laporan;
  std::vector<At<std::string>> blank;  ///< the attributes written empty ("nip"), where they stand
};

/// The unit head's superior — the regent (bupati) or mayor (wali kota) — the second party of the Perjanjian
/// Kinerja.
struct Atasan {
  Pos pos;
  std::string jabatan;
  std::string nama;
  std::string pangkat;
  std::optional<At<Nip>> nip;
};

// ---- Performance data --------------------------------------------------------------------------------

/// Whether more is better (naik) or less is better (turun, e.g. a number of audit findings).
enum class Arah : std::uint8_t { naik, turun };

enum class Status : std::uint8_t { tercapai, tidak_tercapai };

/// How an indikator's quarterly realisasi make the year's (akumulasi): added up (counts, Rupiah) or the last
/// quarter's (percentages, indexes: the state at the end of the year).
enum class Akumulasi : std::uint8_t { jumlah, akhir };

/// <triwulan ke="2" realisasi="…"/>: what an indikator of the plan year reached in one quarter.
struct Triwulan {
  Pos pos;
  int ke = 1;  ///< 1 … 4 (written 1–4 or I–IV)
  At<Measure> realisasi;
};

/// <riwayat tahun="2023" target="…" realisasi="…"/>: an earlier year's result of the same indikator, for the Laporan
/// Kinerja's comparison over the years. `naskah init --from` writes the year just ended here.
struct Riwayat {
  Pos pos;
  At<int> tahun;
  std::optional<At<Measure>> target;
  At<Measure> realisasi;
};

struct Indikator {
  Pos pos;
  std::string nama;
  std::optional<At<Measure>> target;

  // The plan year's realisation, for the Laporan Kinerja made from the same plan; all of it optional (an RKT has
  // none), and what can be computed from it (capaian, Tercapai) is stated only to be checked.
  std::optional<At<Measure>> realisasi;
  std::optional<Pos> realisasi_blank;  ///< written empty, realisasi="": not filled in yet (realisasi-missing)
  Arah arah = Arah::naik;
  std::optional<At<Akumulasi>> akumulasi;  ///< as written; none: from the unit (accumulation_of)
  std::optional<At<Measure>> capaian;      ///< stated, to be compared with the computed one
  std::optional<At<Status>> keterangan;    ///< stated, to be compared with the computed one
  std::optional<At<Measure>> target_renstra;  ///< a sasaran's indikator: the target of the Renstra's last year
  std::vector<Triwulan> triwulan;          ///< in the order written; each quarter at most once
  std::vector<Riwayat> riwayat;            ///< earlier years, in the order written; each year at most once
};

struct IndikatorEvaluasi {
  Pos pos;
  std::string nama;
  At<Measure> target;
  /// Absent when written empty, realisasi="": not filled in yet (the realisasi-missing rule reports it).
  std::optional<At<Measure>> realisasi;
  Arah arah = Arah::naik;
  std::optional<At<Measure>> capaian;    ///< stated, to be compared with the computed one
  std::optional<At<Status>> keterangan;  ///< stated, to be compared with the computed one
};

struct SasaranEvaluasi {
  Pos pos;
  std::optional<int> nomor;
  std::string nama;
  std::vector<IndikatorEvaluasi> indikator;
};

struct Evaluasi {
  Pos pos;
  At<int> tahun;
  std::vector<SasaranEvaluasi> sasaran;
};

/// <triwulan ke="2" realisasi-anggaran="…"/>: what a sub kegiatan spent in one quarter.
struct TriwulanAnggaran {
  Pos pos;
  int ke = 1;
  At<Rupiah> realisasi_anggaran;
};

/// What a plan says of the money spent in its year, on a sub kegiatan (spent) and, stated to be checked, on a kegiatan,
/// a program and the whole rencana (the sum of the sub kegiatan below; the percentage of the anggaran).
struct BudgetRealisation {
  std::optional<At<Rupiah>> realisasi_anggaran;
  std::optional<At<Measure>> capaian_anggaran;  ///< stated realisasi ÷ anggaran, to be compared with the computed one
};

struct SubKegiatan {
  Pos pos;
  At<int> nomor;
  std::optional<At<std::string>> kode;
  std::string nama;
  At<Rupiah> anggaran;
  std::string ket;  ///< responsible unit, inherited from the kegiatan when not written
  std::vector<Indikator> indikator;
  BudgetRealisation realisasi;               ///< realisasi-anggaran is what was spent
  std::optional<Pos> realisasi_anggaran_blank;  ///< realisasi-anggaran="": not filled in yet
  std::vector<TriwulanAnggaran> triwulan;
};

struct Kegiatan {
  Pos pos;
  At<int> nomor;
  std::optional<At<std::string>> kode;
  std::string nama;
  std::optional<At<Rupiah>> anggaran;  ///< stated sum, to be compared with the sub kegiatan
  std::string ket;                     ///< inherited from the program when not written
  std::vector<SubKegiatan> subkegiatan;
  BudgetRealisation realisasi;         ///< stated, to be compared with the sub kegiatan
};

struct Program {
  Pos pos;
  At<int> nomor;
  std::optional<At<std::string>> kode;
  std::string nama;
  std::optional<At<Rupiah>> anggaran;  ///< stated sum, to be compared with the sub kegiatan
  std::string ket;
  std::vector<Indikator> indikator;
  std::vector<Kegiatan> kegiatan;
  BudgetRealisation realisasi;         ///< stated, to be compared with the sub kegiatan
};

/// <analisis>: what the plan says of a sasaran's results in the Laporan Kinerja (why it was or was not reached, what
/// helped and what held it back), in blocks as a subbab holds them.
struct Analisis {
  Pos pos;
  std::vector<Block> blocks;
  /// The element as the plan's file writes it, from its '<' to its end tag: what naskah import --into writes back
  /// when it replaces the rencana around it (a spreadsheet carries no analysis).
  std::string xml;
};

struct Sasaran {
  Pos pos;
  std::optional<int> nomor;
  std::string nama;
  std::vector<Indikator> indikator;
  std::vector<Program> program;
  std::optional<At<Measure>> capaian;  ///< stated capaian of the sasaran, compared with its indikator's
  std::optional<Analisis> analisis;
};

struct Rencana {
  Pos pos;
  std::optional<At<Rupiah>> anggaran;  ///< stated total, to be compared with all sub kegiatan
  std::vector<Sasaran> sasaran;
  BudgetRealisation realisasi;         ///< stated totals of the year's spending
  std::optional<At<int>> akhir_renstra;  ///< the last year of the Renstra, whose targets target-renstra gives
};

// ---- The plan ----------------------------------------------------------------------------------------

struct Plan {
  std::string source_file;  ///< as named on the command line; diagnostics use it
  Pos pos;
  At<int> tahun;
  /// A revision of the year's plan (perubahan="1" after the APBD Perubahan, "2" for a second one): its documents
  /// are titled so — RENCANA KINERJA TAHUNAN (RKT) PERUBAHAN, PERJANJIAN KINERJA PERUBAHAN KEDUA.
  std::optional<At<int>> perubahan;
  std::string template_name = "rkt";
  Instansi instansi;
  Penandatangan penandatangan;
  std::optional<Atasan> atasan;
  std::optional<std::vector<Block>> kata_pengantar;
  std::vector<Chapter> bab;
  std::optional<Evaluasi> evaluasi;
  Rencana rencana;
};

/// "sub kegiatan 2.3.1", "kegiatan 2.5", "program 2": how users and messages name items of the plan.
std::string path_name(const Program& program);
std::string path_name(const Program& program, const Kegiatan& kegiatan);
std::string path_name(const Program& program, const Kegiatan& kegiatan, const SubKegiatan& sub);

/// The words printed for a status: "Tercapai", "Tidak Tercapai".
const char* status_name(Status status);

/// How an indikator's quarters make its year: as written, else the last quarter's for a percentage or a bare number
/// (an index, a score), else their sum (a count of Dokumen, Kali, Orang …).
Akumulasi accumulation_of(const Indikator& indikator);

/// The word of the format for an accumulation: "jumlah", "akhir".
const char* accumulation_name(Akumulasi akumulasi);

/// "I", "II", "III", "IV": a quarter as documents write it.
const char* quarter_name(int ke);

}  // namespace naskah::plan
