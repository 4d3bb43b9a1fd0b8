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
  explicit AnnexWriter(AnnexNumbers numbers) : numbers_(numbers) {
    std::vector<std::string> header;
    for (const AnnexColumn& column : annex_columns()) header.emplace_back(column.name);
    rows_.push_back(std::move(header));
  }

  std::vector<std::vector<std::string>> write(const Rencana& rencana) && {
    for (const Sasaran& sasaran : rencana.sasaran) write(sasaran);
    if (rencana.anggaran) {
      const std::size_t row = new_row();
      put(row, {L::subkegiatan, F::nama}, "TOTAL");
      put(row, {L::subkegiatan, F::anggaran}, amount(rencana.anggaran->value));
    }
    return std::move(rows_);
  }

 private:
  std::size_t new_row() {
    rows_.emplace_back(annex_columns().size());
    return rows_.size() - 1;
  }

  void put(std::size_t row, AnnexField field, std::string text) {
    const auto& columns = annex_columns();
    auto column = std::find_if(columns.begin(), columns.end(), [&](const AnnexColumn& c) { return c.field == field; });
    rows_[row][static_cast<std::size_t>(column - columns.begin())] = std::move(text);
  }

  [[nodiscard]] std::string amount(Rupiah rupiah) const {
    return numbers_ == AnnexNumbers::plain ? std::to_string(rupiah.value) : text::format_integer(rupiah.value);
  }

  /// The item's indikator one below the other from its first row, with rows added when its children's rows are
  /// fewer.
  void indicators(std::size_t first, L level, const std::vector<Indikator>& list) {
    while (rows_.size() - first < list.size()) new_row();
    for (std::size_t i = 0; i < list.size(); ++i) {
      put(first + i, {level, F::indikator}, list[i].nama);
      if (list[i].target) put(first + i, {level, F::target}, list[i].target->value.text);
    }
  }

  void write(const Sasaran& sasaran) {
    const std::size_t first = rows_.size();
    for (const Program& program : sasaran.program) write(program);
    if (sasaran.program.empty()) new_row();
    if (sasaran.nomor) put(first, {L::sasaran, F::nomor}, std::to_string(*sasaran.nomor));
    put(first, {L::sasaran, F::nama}, sasaran.nama);
    indicators(first, L::sasaran, sasaran.indikator);
  }

  void write(const Program& program) {
    const std::size_t first = rows_.size();
    for (const Kegiatan& kegiatan : program.kegiatan) write(kegiatan, program.ket);
    if (program.kegiatan.empty()) new_row();
    item(first, L::program, program.nomor.value, program.kode, program.nama, program.anggaran);
    if (!program.ket.empty()) put(first, {L::program, F::ket}, program.ket);
    indicators(first, L::program, program.indikator);
  }

  void write(const Kegiatan& kegiatan, const std::string& program_ket) {
    const std::size_t first = rows_.size();
    for (const SubKegiatan& sub : kegiatan.subkegiatan) write(sub, kegiatan.ket);
    if (kegiatan.subkegiatan.empty()) new_row();
    item(first, L::kegiatan, kegiatan.nomor.value, kegiatan.kode, kegiatan.nama, kegiatan.anggaran);
    // A ket the kegiatan inherits is left to the program's column, as the plan leaves it to <program>.
    if (kegiatan.ket != program_ket) put(first, {L::kegiatan, F::ket}, kegiatan.ket);
  }

  void write(const SubKegiatan& sub, const std::string& kegiatan_ket) {
    const std::size_t first = new_row();
    item(first, L::subkegiatan, sub.nomor.value, sub.kode, sub.nama, sub.anggaran);
    if (sub.ket != kegiatan_ket) put(first, {L::subkegiatan, F::ket}, sub.ket);
    indicators(first, L::subkegiatan, sub.indikator);
  }

  void item(std::size_t row, L level, int nomor, const std::optional<At<std::string>>& kode, const std::string& nama,
            const std::optional<At<Rupiah>>& anggaran) {
    put(row, {level, F::nomor}, std::to_string(nomor));
    if (kode) put(row, {level, F::kode}, kode->value);
    put(row, {level, F::nama}, nama);
    if (anggaran) put(row, {level, F::anggaran}, amount(anggaran->value));
  }

  AnnexNumbers numbers_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace

std::vector<std::vector<std::string>> annex_rows(const Rencana& rencana, AnnexNumbers numbers) {
  return AnnexWriter(numbers).write(rencana);
}

}  // namespace naskah::plan
