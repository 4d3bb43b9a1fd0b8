// The annex's rows merged into sasaran → program → kegiatan → sub kegiatan. Each row is read level by level, from
// the sasaran down: at each level the row either continues the item above (its number, kode and name cells empty, or
// the same as the item's), starts a new one (the first of them that both the row and the item give differs), or
// contradicts itself (that one the same, a later one not: an error, for a new item without a number of its own is the
// usual slip). What an item states once — its anggaran, its ket — may stand on any of its rows, but only once or the
// same each time.

#include "naskah/plan/annex_import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

#include "naskah/plan/annex_columns.hpp"
#include "naskah/plan/kode.hpp"
#include "naskah/plan/measure.hpp"
#include "naskah/io/source_file.hpp"
#include "naskah/plan/whole_number.hpp"
#include "naskah/plan/xlsx_reader.hpp"
#include "naskah/text/comparison_key.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::plan {
namespace {

using L = AnnexLevel;
using F = AnnexFact;

constexpr std::size_t fact_count = 9;
constexpr std::size_t slot_count = 5 * fact_count;
std::size_t slot(AnnexField field) {
  return static_cast<std::size_t>(field.level) * fact_count + static_cast<std::size_t>(field.fact);
}

/// The levels that are items, from the top; an index into them is an item's depth.
constexpr std::array<L, 4> item_levels{L::sasaran, L::program, L::kegiatan, L::subkegiatan};

const char* level_word(std::size_t depth) {
  static constexpr std::array<const char*, 4> words{"sasaran", "program", "kegiatan", "sub kegiatan"};
  return words[depth];
}

std::string_view trimmed(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

/// A cell's text as an XML attribute would hold it once read: each line break or tab one space (XML's
/// normalisation of attribute values), so that a target is the same whether it came from the spreadsheet or the plan.
std::string as_attribute_value(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF is one line break
    out += (text[i] == '\r' || text[i] == '\n' || text[i] == '\t') ? ' ' : text[i];
  }
  return out;
}

struct Cell {
  std::string text;  ///< trimmed
  Pos pos;
};

/// A data row's non-empty cells by the field of their column.
struct RowCells {
  std::uint32_t row = 0;
  std::array<std::optional<Cell>, slot_count> at;

  [[nodiscard]] const std::optional<Cell>& get(L level, F fact) const { return at[slot({level, fact})]; }
  [[nodiscard]] bool empty() const {
    return std::none_of(at.begin(), at.end(), [](const std::optional<Cell>& c) { return c.has_value(); });
  }
};

/// A fact of the current item as first given, to compare later rows with.
struct Given {
  std::string text;
  Pos pos;
};

/// Whether two cells give one value: numbers and amounts by their value ("01" is "1", "28584558694" is
/// "28.584.558.694"), names with white space folded, anything else as written.
bool same_value(F fact, const std::string& a, const std::string& b) {
  if (fact == F::nomor) {
    Parsed<int> x = parse_whole_number(a, 1, max_nomor), y = parse_whole_number(b, 1, max_nomor);
    if (x && y) return *x.value == *y.value;
  } else if (fact == F::anggaran || fact == F::realisasi_anggaran) {
    Parsed<Rupiah> x = parse_rupiah_cell(a), y = parse_rupiah_cell(b);
    if (x && y) return *x.value == *y.value;
  } else if (fact == F::nama || fact == F::ket) {
    return text::fold_white_space(a) == text::fold_white_space(b);
  }
  return a == b;
}

class AnnexReader {
 public:
  AnnexReader(const CellTable& table, const std::string& file, diag::Diagnostics& out)
      : table_(table), file_(file), out_(out) {}

  std::optional<Rencana> read() {
    std::optional<Rencana> rencana = read_rows();
    found_.sort_by_location();
    out_.append(found_);
    if (found_.has_errors()) return std::nullopt;
    return rencana;
  }

 private:
  std::optional<Rencana> read_rows() {
    const std::optional<std::size_t> header = header_index();
    if (!header) {
      error({1, 1}, "csv-header",
            text::tr("the file has no header row; its first row names the columns (docs/spreadsheets.md)"));
      return std::nullopt;
    }
    header_row_ = table_.rows[*header].row;
    auto fields = read_annex_header(table_.rows[*header].dense(), table_.place(file_, header_row_, 1), found_);
    if (!fields) return std::nullopt;
    fields_ = std::move(*fields);
    drop_empty_number_columns(*header);
    rencana_.pos = Pos{header_row_, 1};
    for (std::size_t r = *header + 1; r < table_.rows.size(); ++r) {
      const RowCells cells = cells_of(table_.rows[r]);
      if (cells.empty()) continue;
      if (r == *header + 1 && is_column_numbers(table_.rows[r])) continue;
      if (sum_row(cells)) continue;
      data_row(cells);
    }
    finish();
    return std::move(rencana_);
  }

  void error(Pos pos, std::string_view rule, std::string message) {
    found_.error(table_.place(file_, pos.line, pos.column), std::string(rule), std::move(message));
  }

  /// The header: the first row that names two columns or more; without one, the first row with two or more cells.
  /// Title lines above it ("RENCANA KINERJA TAHUNAN (RKT)", "Tahun: 2025") are passed over.
  [[nodiscard]] std::optional<std::size_t> header_index() const {
    for (std::size_t r = 0; r < table_.rows.size(); ++r) {
      const auto& cells = table_.rows[r].cells;
      auto names = [](const SheetCell& c) { return names_annex_column(c.text); };
      if (std::count_if(cells.begin(), cells.end(), names) >= 2) return r;
    }
    // Every row of the table holds a cell: the first row of two cells or more, else the first row.
    for (std::size_t r = 0; r < table_.rows.size(); ++r) {
      if (table_.rows[r].cells.size() >= 2) return r;
    }
    if (table_.rows.empty()) return std::nullopt;
    return 0;
  }

  /// A number column with no number in it is as if it were not there: its items are numbered in order. (A sheet
  /// keeps the annex's "No" columns, and leaves them empty to let naskah number.)
  void drop_empty_number_columns(std::size_t header) {
    for (std::size_t c = 0; c < fields_.size(); ++c) {
      if (!fields_[c] || fields_[c]->fact != F::nomor) continue;
      bool empty = true;
      for (std::size_t r = header + 1; r < table_.rows.size() && empty; ++r) {
        const SheetRow& row = table_.rows[r];
        if (r == header + 1 && is_column_numbers(row)) continue;
        empty = std::none_of(row.cells.begin(), row.cells.end(), [&](const SheetCell& cell) {
          return cell.column == c + 1 && !trimmed(cell.text).empty();
        });
      }
      if (empty) fields_[c].reset();
    }
  }

  /// Where a field's column is, on `row` (column 1 when the header has no such column).
  [[nodiscard]] Pos at(std::uint32_t row, AnnexField field) const {
    auto found = std::find(fields_.begin(), fields_.end(), field);
    return Pos{row, found == fields_.end() ? 1u : static_cast<std::uint32_t>(found - fields_.begin() + 1)};
  }
  [[nodiscard]] bool has_column(AnnexField field) const {
    return std::find(fields_.begin(), fields_.end(), field) != fields_.end();
  }

  RowCells cells_of(const SheetRow& row) {
    RowCells cells;
    cells.row = row.row;
    for (const SheetCell& cell : row.cells) {
      std::string_view text = trimmed(cell.text);
      if (text.empty()) continue;
      const std::size_t c = cell.column - 1;
      const Pos pos{cells.row, cell.column};
      if (c >= fields_.size() || !fields_[c]) {
        // Once per column: a column of data under no name is one slip, not one per row.
        if (std::find(unnamed_reported_.begin(), unnamed_reported_.end(), c) == unnamed_reported_.end()) {
          unnamed_reported_.push_back(c);
          error(pos, "csv-header",
                text::tr("this cell stands in column {}, which has no name in the header (row {})", c + 1,
                         header_row_));
        }
        continue;
      }
      cells.at[slot(*fields_[c])] = Cell{std::string(text), pos};
    }
    return cells;
  }

  /// The row of column numbers (1, 2, 3 …) that official tables carry under their header.
  static bool is_column_numbers(const SheetRow& row) {
    int expected = 1;
    for (const SheetCell& cell : row.cells) {
      std::string_view text = trimmed(cell.text);
      if (text.empty()) continue;
      Parsed<int> number = parse_whole_number(text, 1, max_nomor);
      if (!number || *number.value != expected) return false;
      ++expected;
    }
    return expected > 3;
  }

  // ---- The current items -------------------------------------------------------------------------------

  Sasaran& sasaran() { return rencana_.sasaran.back(); }
  Program& program() { return sasaran().program.back(); }
  Kegiatan& kegiatan() { return program().kegiatan.back(); }
  SubKegiatan& sub() { return kegiatan().subkegiatan.back(); }

  std::string item_name(std::size_t depth) {
    switch (depth) {
      case 0:
        return sasaran().nomor ? fmt::format("sasaran {}", *sasaran().nomor) : fmt::format("sasaran \"{}\"", sasaran().nama);
      case 1: return path_name(program());
      case 2: return path_name(program(), kegiatan());
      default: return path_name(program(), kegiatan(), sub());
    }
  }

  // ---- Rows --------------------------------------------------------------------------------------------

  /// A JUMLAH or TOTAL row: its label and its amount, nothing else. Its amount is a stated sum: of the program above
  /// it (JUMLAH) or of the whole rencana (TOTAL).
  bool sum_row(const RowCells& cells) {
    const Cell* label = nullptr;
    const Cell* amount = nullptr;
    const Cell* spent = nullptr;
    for (std::size_t depth : {3u, 1u, 2u}) {  // the annex writes sums under the sub kegiatan's ANGGARAN
      const auto& cell = cells.get(item_levels[depth], F::anggaran);
      if (cell && amount == nullptr) amount = &*cell;
      const auto& spent_cell = cells.get(item_levels[depth], F::realisasi_anggaran);
      if (spent_cell && spent == nullptr) spent = &*spent_cell;
    }
    for (std::size_t s = 0; s < slot_count; ++s) {
      const auto fact = s % fact_count;
      if (!cells.at[s] || fact == static_cast<std::size_t>(F::anggaran) ||
          fact == static_cast<std::size_t>(F::realisasi_anggaran)) {
        continue;
      }
      const std::string word = text::comparison_key(cells.at[s]->text);
      if (label != nullptr || (word != "jumlah" && word != "total")) return false;
      label = &*cells.at[s];
    }
    if (label == nullptr || (amount == nullptr && spent == nullptr)) return false;
    if (text::comparison_key(label->text) == "jumlah") {
      if (!open_[1]) {
        error(label->pos, "csv-structure", text::tr("a JUMLAH row sums up the program above it, but there is none"));
      } else {
        if (amount != nullptr) stated(1, F::anggaran, *amount);
        if (spent != nullptr) stated(1, F::realisasi_anggaran, *spent);
      }
      return true;
    }
    if (spent != nullptr) total_spent(*spent);
    if (amount == nullptr) return true;
    Parsed<Rupiah> total = parse_rupiah_cell(amount->text);
    if (!total) {
      // TRANSLATORS: TOTAL is the label of the spreadsheet's row, as the annex prints it; then the amount written
      // there and what is wrong with it.
      error(amount->pos, "bad-amount", text::tr("TOTAL \"{}\": {}", amount->text, total.error));
    } else if (total_given_ && !same_value(F::anggaran, total_given_->text, amount->text)) {
      error(amount->pos, "csv-conflict",
            text::tr("the TOTAL of row {} is \"{}\", this one \"{}\"; write one TOTAL row", total_given_->pos.line,
                     total_given_->text, amount->text));
    } else if (!total_given_) {
      total_given_ = Given{amount->text, amount->pos};
      rencana_.anggaran = At<Rupiah>{*total.value, amount->pos};
    }
    return true;
  }

  /// The realisasi-anggaran of a TOTAL row: the whole rencana's, as stated.
  void total_spent(const Cell& cell) {
    Parsed<Rupiah> total = parse_rupiah_cell(cell.text);
    if (!total) {
      error(cell.pos, "bad-amount", text::tr("TOTAL \"{}\": {}", cell.text, total.error));
    } else if (!rencana_.realisasi.realisasi_anggaran) {
      rencana_.realisasi.realisasi_anggaran = At<Rupiah>{*total.value, cell.pos};
    }
  }

  void data_row(const RowCells& cells) {
    for (std::size_t depth = 0; depth < item_levels.size(); ++depth) item_keys(depth, cells);
    // A cell of a level with no item: the highest such level says what is missing.
    for (std::size_t depth = 0; depth < item_levels.size(); ++depth) {
      if (open_[depth]) {
        item_facts(depth, cells);
        continue;
      }
      for (std::size_t f = 0; f < fact_count; ++f) {
        const auto& cell = cells.at[slot({item_levels[depth], static_cast<F>(f)})];
        if (!cell) continue;
        const bool named = cells.get(item_levels[depth], F::nomor) || cells.get(item_levels[depth], F::kode) ||
                           cells.get(item_levels[depth], F::nama);
        if (named && depth > 0 && !open_[depth - 1]) {
          // TRANSLATORS: "this row's kegiatan has no program on this row or above it; name the program in column
          // \"Program\"".
          error(cell->pos, "csv-structure",
                text::tr("this row's {} has no {} on this row or above it; name the {} in column \"{}\"",
                         level_word(depth), level_word(depth - 1), level_word(depth - 1),
                         annex_column_name({item_levels[depth - 1], F::nama})));
        } else {
          error(cell->pos, "csv-structure",
                text::tr("\"{}\" in column \"{}\" belongs to a {}, but none stands on this row or above it; name "
                         "it in column \"{}\"",
                         cell->text, annex_column_name({item_levels[depth], static_cast<F>(f)}), level_word(depth),
                         annex_column_name({item_levels[depth], F::nama})));
        }
        return;
      }
    }
    row_facts(cells);
  }

  /// The row's number, kode and name cells of one level: the same item, a new one, or a contradiction. The first
  /// of number, kode and name that both the row and the current item give decides: another value starts a new
  /// item, the same value continues it — and then a later one that differs contradicts it.
  void item_keys(std::size_t depth, const RowCells& cells) {
    const L level = item_levels[depth];
    constexpr std::array<F, 3> keys{F::nomor, F::kode, F::nama};
    bool any = false;
    std::optional<F> decisive;
    for (F fact : keys) {
      if (!cells.get(level, fact)) continue;
      any = true;
      if (!decisive && open_[depth] && given_[depth].count(fact)) decisive = fact;
    }
    if (!any) return;
    if (!open_[depth] ||
        (decisive && !same_value(*decisive, given_[depth].at(*decisive).text, cells.get(level, *decisive)->text))) {
      start_item(depth, cells);
      return;
    }
    for (F fact : keys) {
      const auto& cell = cells.get(level, fact);
      if (!cell) continue;
      auto given = given_[depth].find(fact);
      if (given == given_[depth].end()) {
        stated(depth, fact, *cell);  // fills in what the item lacked
      } else if (!same_value(fact, given->second.text, cell->text)) {
        // TRANSLATORS: "this row continues program 1 of row 2 (the same \"No Program\"), but its \"Program\" is
        // \"B\", not \"A\"; give a new program its own \"No Program\"".
        error(cell->pos, "csv-conflict",
              text::tr("this row continues {} of row {} (the same \"{}\"), but its \"{}\" is \"{}\", not \"{}\"; "
                       "give a new {} its own \"{}\"",
                       item_name(depth), given_[depth].at(*decisive).pos.line, annex_column_name({level, *decisive}),
                       annex_column_name({level, fact}), cell->text, given->second.text, level_word(depth),
                       annex_column_name({level, *decisive})));
      }
    }
  }

  void start_item(std::size_t depth, const RowCells& cells) {
    if (depth > 0 && !open_[depth - 1]) return;  // data_row reports the missing parent
    const L level = item_levels[depth];
    for (std::size_t deeper = depth; deeper < item_levels.size(); ++deeper) {
      open_[deeper] = false;
      given_[deeper].clear();
    }
    const auto& nama = cells.get(level, F::nama);
    const auto& nomor = cells.get(level, F::nomor);
    const Pos pos = nama ? nama->pos : at(cells.row, {level, F::nama});
    switch (depth) {
      case 0: rencana_.sasaran.emplace_back().pos = pos; break;
      case 1: sasaran().program.emplace_back().pos = pos; break;
      case 2: program().kegiatan.emplace_back().pos = pos; break;
      default: kegiatan().subkegiatan.emplace_back().pos = pos; break;
    }
    open_[depth] = true;
    if (nomor) {
      stated(depth, F::nomor, *nomor);
    } else if (depth > 0 && has_column({level, F::nomor})) {
      error(at(cells.row, {level, F::nomor}), "csv-structure",
            text::tr("a new {} starts on this row, but column \"{}\" is empty; write its number", level_word(depth),
                     annex_column_name({level, F::nomor})));
    } else if (depth > 0) {
      set_number(depth, At<int>{next_number(depth), pos});
    }
    if (const auto& kode = cells.get(level, F::kode)) stated(depth, F::kode, *kode);
    if (nama) {
      stated(depth, F::nama, *nama);
    } else {
      error(pos, "empty-name",
            text::tr("the {} that starts on this row has no name: column \"{}\" is empty", level_word(depth),
                     annex_column_name({level, F::nama})));
    }
  }

  /// The number of a new item when the spreadsheet has no column for it: the one after its predecessor's.
  int next_number(std::size_t depth) {
    if (depth == 3) return static_cast<int>(kegiatan().subkegiatan.size());
    if (depth == 2) return static_cast<int>(program().kegiatan.size());
    int last = 0;  // programs are numbered across the whole rencana
    for (const Sasaran& s : rencana_.sasaran) {
      for (const Program& p : s.program) {
        if (&p != &program()) last = p.nomor.value;
      }
    }
    return last + 1;
  }

  void set_number(std::size_t depth, At<int> nomor) {
    switch (depth) {
      case 0: sasaran().nomor = nomor.value; break;
      case 1: program().nomor = nomor; break;
      case 2: kegiatan().nomor = nomor; break;
      default: sub().nomor = nomor; break;
    }
  }

  /// A fact the current item at `depth` states: checked against what it stated before, else read into it.
  void stated(std::size_t depth, F fact, const Cell& cell) {
    const L level = item_levels[depth];
    if (auto given = given_[depth].find(fact); given != given_[depth].end()) {
      if (!same_value(fact, given->second.text, cell.text)) {
        // TRANSLATORS: "program 1 has \"1.000\" in column \"Anggaran Program\" (row 2), and this row \"2.000\"; write it
        // once, on the program's first row".
        error(cell.pos, "csv-conflict",
              text::tr("{} has \"{}\" in column \"{}\" (row {}), and this row \"{}\"; write it once, on the {}'s "
                       "first row",
                       item_name(depth), given->second.text, annex_column_name({level, fact}), given->second.pos.line,
                       cell.text, level_word(depth)));
      }
      return;
    }
    given_[depth][fact] = Given{cell.text, cell.pos};
    auto bad = [&](std::string_view rule, const std::string& why) {
      error(cell.pos, rule, fmt::format("{} \"{}\": {}", annex_column_name({level, fact}), cell.text, why));
    };
    switch (fact) {
      case F::nomor: {
        Parsed<int> number = parse_whole_number(cell.text, 1, max_nomor);
        if (!number) return bad("bad-number", number.error);
        set_number(depth, At<int>{*number.value, cell.pos});
        break;
      }
      case F::kode: {
        Parsed<std::string> kode = parse_kode(cell.text);
        if (!kode) return bad("bad-value", kode.error);
        At<std::string> value{*kode.value, cell.pos};
        if (depth == 1) program().kode = value;
        if (depth == 2) kegiatan().kode = value;
        if (depth == 3) sub().kode = value;
        break;
      }
      case F::anggaran: {
        Parsed<Rupiah> amount = parse_rupiah_cell(cell.text);
        if (!amount) {
          if (depth == 3) sub().anggaran.pos = cell.pos;  // written, if badly: not also missing
          return bad("bad-amount", amount.error);
        }
        At<Rupiah> value{*amount.value, cell.pos};
        if (depth == 1) program().anggaran = value;
        if (depth == 2) kegiatan().anggaran = value;
        if (depth == 3) sub().anggaran = value;
        break;
      }
      case F::realisasi_anggaran: {
        Parsed<Rupiah> amount = parse_rupiah_cell(cell.text);
        if (!amount) return bad("bad-amount", amount.error);
        At<Rupiah> value{*amount.value, cell.pos};
        if (depth == 1) program().realisasi.realisasi_anggaran = value;
        if (depth == 2) kegiatan().realisasi.realisasi_anggaran = value;
        if (depth == 3) sub().realisasi.realisasi_anggaran = value;
        break;
      }
      case F::nama:
      case F::ket: {
        std::string text = text::fold_white_space(cell.text);
        std::string* into = nullptr;
        switch (depth) {
          case 0: into = fact == F::nama ? &sasaran().nama : nullptr; break;
          case 1: into = fact == F::nama ? &program().nama : &program().ket; break;
          case 2: into = fact == F::nama ? &kegiatan().nama : &kegiatan().ket; break;
          default: into = fact == F::nama ? &sub().nama : &sub().ket; break;
        }
        if (into != nullptr) *into = std::move(text);
        break;
      }
      case F::indikator:
      case F::target:
      case F::realisasi: break;  // lists, read by item_facts()
    }
  }

  /// The anggaran, ket and indikator cells of the current item at `depth`.
  void item_facts(std::size_t depth, const RowCells& cells) {
    const L level = item_levels[depth];
    for (F fact : {F::anggaran, F::ket, F::realisasi_anggaran}) {
      if (const auto& cell = cells.get(level, fact); cell && depth > 0) stated(depth, fact, *cell);
    }
    const auto& nama = cells.get(level, F::indikator);
    const auto& target = cells.get(level, F::target);
    const auto& realisasi = cells.get(level, F::realisasi);
    if (!nama) {
      if (target) {
        error(target->pos, "csv-structure",
              text::tr("a target without its indikator: column \"{}\" is empty on this row",
                       annex_column_name({level, F::indikator})));
      } else if (realisasi) {
        error(realisasi->pos, "csv-structure",
              text::tr("a realisasi without its indikator: column \"{}\" is empty on this row",
                       annex_column_name({level, F::indikator})));
      }
      return;
    }
    Indikator indikator;
    indikator.pos = nama->pos;
    indikator.nama = text::fold_white_space(nama->text);
    if (target) {
      Parsed<Measure> measure = parse_measure(as_attribute_value(target->text));
      if (measure) {
        indikator.target = At<Measure>{std::move(*measure.value), target->pos};
      } else {
        error(target->pos, "bad-value",
              fmt::format("{} \"{}\": {}", annex_column_name({level, F::target}), target->text, measure.error));
      }
    }
    if (realisasi) {
      Parsed<Measure> measure = parse_measure(as_attribute_value(realisasi->text));
      if (measure) {
        indikator.realisasi = At<Measure>{std::move(*measure.value), realisasi->pos};
      } else {
        error(realisasi->pos, "bad-value",
              fmt::format("{} \"{}\": {}", annex_column_name({level, F::realisasi}), realisasi->text, measure.error));
      }
    }
    if (depth == 0) sasaran().indikator.push_back(std::move(indikator));
    if (depth == 1) program().indikator.push_back(std::move(indikator));
    if (depth == 3) sub().indikator.push_back(std::move(indikator));
  }

  /// The annex's single KODE and KET columns: of the deepest item of the row.
  void row_facts(const RowCells& cells) {
    for (F fact : {F::kode, F::ket}) {
      const auto& cell = cells.get(L::row, fact);
      if (!cell) continue;
      std::size_t depth = 3;
      while (depth > 0 && !open_[depth]) --depth;
      if (depth == 0) {
        error(cell->pos, "csv-structure",
              text::tr("\"{}\" in column \"{}\" belongs to the program, kegiatan or sub kegiatan of its row, but "
                       "the row has none",
                       cell->text, annex_column_name({L::row, fact})));
        continue;
      }
      stated(depth, fact, *cell);
    }
  }

  /// What can be said only at the end: a sub kegiatan without anggaran; and ket inherited downwards, as the
  /// parser does.
  void finish() {
    for (Sasaran& s : rencana_.sasaran) {
      for (Program& p : s.program) {
        for (Kegiatan& k : p.kegiatan) {
          if (k.ket.empty()) k.ket = p.ket;
          for (SubKegiatan& sub : k.subkegiatan) {
            if (sub.ket.empty()) sub.ket = k.ket;
            if (sub.anggaran.pos.line == 0) {
              error(at(sub.pos.line, {L::subkegiatan, F::anggaran}), "bad-amount",
                    text::tr("{} \"{}\" has no anggaran; write it in column \"{}\"", path_name(p, k, sub), sub.nama,
                             annex_column_name({L::subkegiatan, F::anggaran})));
            }
          }
        }
      }
    }
  }

  const CellTable& table_;
  const std::string& file_;
  diag::Diagnostics& out_;
  diag::Diagnostics found_;
  std::uint32_t header_row_ = 1;
  std::vector<std::optional<AnnexField>> fields_;
  std::vector<std::size_t> unnamed_reported_;
  Rencana rencana_;
  std::array<bool, 4> open_{};                 ///< whether each level has a current item
  std::array<std::map<F, Given>, 4> given_;    ///< what the current item at each level has stated, and where
  std::optional<Given> total_given_;
};

}  // namespace

std::optional<Rencana> read_annex(const CellTable& table, const std::string& file, diag::Diagnostics& out) {
  return AnnexReader(table, file, out).read();
}

std::optional<Rencana> read_annex_csv(std::string_view text, const std::string& file, diag::Diagnostics& out) {
  diag::Diagnostics syntax;
  CsvTable table = read_csv(text, file, syntax, names_annex_column);
  out.append(syntax);
  if (syntax.has_errors()) return std::nullopt;
  return read_annex(cell_table(table), file, out);
}

std::optional<Rencana> read_annex_xlsx(std::string_view bytes, const std::string& file, const std::string& sheet,
                                       diag::Diagnostics& out) {
  std::optional<CellTable> table = read_xlsx(bytes, file, sheet, out);
  if (!table) return std::nullopt;
  return read_annex(*table, file, out);
}

namespace {

void refuse_large_spreadsheet(const std::string& path, diag::Diagnostics& out) {
  out.error({path, 0, 0}, "limit",
            text::tr("the spreadsheet is larger than {} MB, the largest naskah reads; split it by sasaran",
                     max_spreadsheet_bytes / (1024 * 1024)));
}

}  // namespace

std::optional<Rencana> read_annex_bytes(std::string_view bytes, const std::string& path, const std::string& sheet,
                                        diag::Diagnostics& out) {
  if (bytes.size() > max_spreadsheet_bytes) {
    refuse_large_spreadsheet(path, out);
    return std::nullopt;
  }
  // What the file is, from its first bytes: a workbook saved as CSV keeps its .xlsx name as often as not.
  if (is_zip_archive(bytes)) return read_annex_xlsx(bytes, path, sheet, out);
  if (is_compound_file(bytes)) {
    out.error({path, 0, 0}, "workbook",
              text::tr("the file is an Excel 97-2003 workbook (.xls), or a workbook protected by a password; save it "
                       "as \"Excel Workbook (.xlsx)\", without a password"));
    return std::nullopt;
  }
  if (!sheet.empty()) {
    out.error({path, 0, 0}, "sheet",
              text::tr("the file is CSV, which has no sheets to choose from; --sheet is for a workbook (.xlsx)"));
    return std::nullopt;
  }
  return read_annex_csv(bytes, path, out);
}

std::optional<Rencana> read_annex_file(const std::string& path, const std::string& sheet, diag::Diagnostics& out) {
  io::SourceFile file = io::read_source_file(path, max_spreadsheet_bytes);
  if (file.too_large) {
    refuse_large_spreadsheet(path, out);
    return std::nullopt;
  }
  if (!file.bytes) {
    out.error({path, 0, 0}, "io", text::tr("cannot read the file: {}", file.problem));
    return std::nullopt;
  }
  return read_annex_bytes(*file.bytes, path, sheet, out);
}

}  // namespace naskah::plan
