#include "naskah/plan/annex_export.hpp"

#include <algorithm>

#include "naskah/plan/annex_columns.hpp"
#include "naskah/text/indonesian_format.hpp"

namespace naskah::plan {
namespace {

using L = AnnexLevel;
using F = AnnexFact;

class AnnexWriter {
 public:
  explicit AnnexWriter(const Rencana& rencana) : columns_(columns_for(rencana)) {}

  AnnexSheet write(const Rencana& rencana) && {
    for (const Sasaran& sasaran : rencana.sasaran) write(sasaran);
    if (rencana.anggaran || rencana.realisasi.realisasi_anggaran) {
      const std::size_t row = new_row();
      put(row, {L::subkegiatan, F::nama}, {"TOTAL"});
      if (rencana.anggaran) put(row, {L::subkegiatan, F::anggaran}, amount(rencana.anggaran->value));
      if (const auto& spent = rencana.realisasi.realisasi_anggaran) {
        put(row, {L::subkegiatan, F::realisasi_anggaran}, amount(spent->value));
      }
    }
    return std::move(rows_);
  }

 private:
  std::size_t new_row() {
    rows_.emplace_back(columns_.size());
    return rows_.size() - 1;
  }

  /// Into the field's column; nowhere when the sheet has none (the realisation of a plan that reports none).
  void put(std::size_t row, AnnexField field, AnnexCell cell) {
    auto column = std::find_if(columns_.begin(), columns_.end(), [&](const AnnexColumn& c) { return c.field == field; });
    if (column == columns_.end()) return;
    rows_[row][static_cast<std::size_t>(column - columns_.begin())] = std::move(cell);
  }

  static AnnexCell amount(Rupiah rupiah) { return {std::string(), rupiah.value}; }
  static AnnexCell number(int nomor) { return {std::to_string(nomor), nomor}; }

  /// The item's indikator one below the other from its first row, with rows added when its children's rows are
  /// fewer.
  void indicators(std::size_t first, L level, const std::vector<Indikator>& list) {
    while (rows_.size() - first < list.size()) new_row();
    for (std::size_t i = 0; i < list.size(); ++i) {
      put(first + i, {level, F::indikator}, {list[i].nama});
      if (list[i].target) put(first + i, {level, F::target}, {list[i].target->value.text});
      if (list[i].realisasi) put(first + i, {level, F::realisasi}, {list[i].realisasi->value.text});
    }
  }

  /// The cells an item states once, on its first row, standing for all its rows (written once they are all there).
  void item_cell(std::size_t first, AnnexField field, AnnexCell cell) {
    cell.rows = static_cast<std::uint32_t>(rows_.size() - first);
    put(first, field, std::move(cell));
  }

  void item(std::size_t first, L level, int nomor, const std::optional<At<std::string>>& kode, const std::string& nama,
            const std::optional<At<Rupiah>>& anggaran, const BudgetRealisation& spent, std::string ket) {
    item_cell(first, {level, F::nomor}, number(nomor));
    item_cell(first, {level, F::kode}, {kode ? kode->value : ""});
    item_cell(first, {level, F::nama}, {nama});
    item_cell(first, {level, F::anggaran}, anggaran ? amount(anggaran->value) : AnnexCell{});
    item_cell(first, {level, F::realisasi_anggaran},
              spent.realisasi_anggaran ? amount(spent.realisasi_anggaran->value) : AnnexCell{});
    item_cell(first, {level, F::ket}, {std::move(ket)});
  }

  void write(const Sasaran& sasaran) {
    const std::size_t first = rows_.size();
    for (const Program& program : sasaran.program) write(program);
    if (sasaran.program.empty()) new_row();
    indicators(first, L::sasaran, sasaran.indikator);
    item_cell(first, {L::sasaran, F::nomor}, sasaran.nomor ? number(*sasaran.nomor) : AnnexCell{});
    item_cell(first, {L::sasaran, F::nama}, {sasaran.nama});
  }

  void write(const Program& program) {
    const std::size_t first = rows_.size();
    for (const Kegiatan& kegiatan : program.kegiatan) write(kegiatan, program.ket);
    if (program.kegiatan.empty()) new_row();
    indicators(first, L::program, program.indikator);
    item(first, L::program, program.nomor.value, program.kode, program.nama, program.anggaran, program.realisasi,
         program.ket);
  }

  void write(const Kegiatan& kegiatan, const std::string& program_ket) {
    const std::size_t first = rows_.size();
    for (const SubKegiatan& sub : kegiatan.subkegiatan) write(sub, kegiatan.ket);
    if (kegiatan.subkegiatan.empty()) new_row();
    // A ket the kegiatan inherits is left to the program's column, as the plan leaves it to <program>.
    item(first, L::kegiatan, kegiatan.nomor.value, kegiatan.kode, kegiatan.nama, kegiatan.anggaran, kegiatan.realisasi,
         kegiatan.ket != program_ket ? kegiatan.ket : "");
  }

  void write(const SubKegiatan& sub, const std::string& kegiatan_ket) {
    const std::size_t first = new_row();
    indicators(first, L::subkegiatan, sub.indikator);
    item(first, L::subkegiatan, sub.nomor.value, sub.kode, sub.nama, sub.anggaran, sub.realisasi,
         sub.ket != kegiatan_ket ? sub.ket : "");
  }

  std::vector<AnnexColumn> columns_;
  AnnexSheet rows_;
};

}  // namespace

AnnexSheet annex_sheet(const Rencana& rencana) { return AnnexWriter(rencana).write(rencana); }

std::vector<std::vector<std::string>> annex_rows(const Rencana& rencana, AnnexNumbers numbers) {
  std::vector<std::vector<std::string>> rows;
  const std::vector<AnnexColumn> columns = columns_for(rencana);
  std::vector<std::string> header;
  for (const AnnexColumn& column : columns) header.emplace_back(column.name);
  rows.push_back(std::move(header));
  for (const std::vector<AnnexCell>& cells : annex_sheet(rencana)) {
    std::vector<std::string>& row = rows.emplace_back();
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const bool anggaran = is_amount(columns[c].field.fact);
      if (anggaran && cells[c].number) {
        row.push_back(numbers == AnnexNumbers::plain ? std::to_string(*cells[c].number)
                                                     : text::format_integer(*cells[c].number));
      } else {
        row.push_back(cells[c].text);
      }
    }
  }
  return rows;
}

}  // namespace naskah::plan
