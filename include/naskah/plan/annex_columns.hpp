#pragma once
/// The columns of the RKT annex in a spreadsheet (docs/spreadsheets.md): which fact of which item each one holds, the
/// names and headings naskah export writes, and the names naskah import accepts — those, the annex's own headings
/// (NO, SASARAN RENSTRA, INDIKATOR KINERJA, TARGET, ANGGARAN (Rp), KET …) and a few more, letter case, spaces, dots
/// and a trailing "(Rp)" aside.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/diag/diagnostic.hpp"

namespace naskah::plan {

struct Rencana;

/// The item a column belongs to. `row` is the deepest item its row names: the annex's single KODE and KET columns,
/// which hold a sub kegiatan's on its rows and a kegiatan's or program's on a row that has nothing below it.
enum class AnnexLevel : std::uint8_t { sasaran, program, kegiatan, subkegiatan, row };

/// What a column holds of its item.
enum class AnnexFact : std::uint8_t { nomor, kode, nama, indikator, target, anggaran, ket, realisasi, realisasi_anggaran };

/// Whether a fact is an amount of Rupiah: an anggaran, or what was spent.
constexpr bool is_amount(AnnexFact fact) { return fact == AnnexFact::anggaran || fact == AnnexFact::realisasi_anggaran; }

struct AnnexField {
  AnnexLevel level = AnnexLevel::sasaran;
  AnnexFact fact = AnnexFact::nama;
  friend bool operator==(const AnnexField&, const AnnexField&) = default;
};

struct AnnexColumn {
  AnnexField field;
  std::string_view name;  ///< "Target Program"
  bool required = false;  ///< the header must have it
  /// The column's heading as the printed annex words it, which a workbook's header shows: "TARGET", "ANGGARAN (Rp)"
  /// (each the target or anggaran of the column before it), "SASARAN RENSTRA". Read back as `name` is.
  std::string_view heading;
};

/// The columns naskah export writes, in that order: the annex's, with each item's number, kode, stated anggaran and
/// responsible unit in columns of their own. (Columns added here — the realisasi, once the plan has it — are
/// written to CSV and workbooks alike.)
const std::vector<AnnexColumn>& annex_columns();

/// The columns of the year's realisation, for the Laporan Kinerja: each indikator level's realisasi and what each
/// program, kegiatan and sub kegiatan spent (a program's and kegiatan's as stated sums). Read whenever a sheet has
/// them; written after the target or anggaran they belong to when the plan reports its year (columns_for).
const std::vector<AnnexColumn>& realisation_columns();

/// The columns naskah export writes for a rencana: annex_columns(), and the realisation's after the column each
/// belongs to when some indikator or sub kegiatan of it has a realisasi.
std::vector<AnnexColumn> columns_for(const Rencana& rencana);

/// The name of a field's column, as messages and a CSV's header write it; "Kode" and "Ket" for the row's.
std::string_view annex_column_name(AnnexField field);

/// Whether a cell is a column's name naskah import knows ("SUB KEGIATAN", "Anggaran (Rp)"): how the header row, and the
/// separator that splits it, are told from the title rows above it.
bool names_annex_column(const std::string& cell);

/// What each column of the header row holds: nothing for a column whose header cell is empty. Nothing at all when
/// the header has errors, each reported at its cell of the row `row` is the first cell of [csv-header]: an unknown
/// name (with "did you mean"), a column named twice, a TARGET or ANGGARAN that does not follow the column it belongs
/// to, a required column missing.
std::optional<std::vector<std::optional<AnnexField>>> read_annex_header(const std::vector<std::string>& header,
                                                                       const diag::SourceLocation& row,
                                                                       diag::Diagnostics& out);

}  // namespace naskah::plan
