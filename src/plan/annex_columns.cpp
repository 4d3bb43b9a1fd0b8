// The annex's columns and their names. A spreadsheet copied from the printed annex has three columns headed TARGET
// and two headed ANGGARAN (Rp); each is the target of the indikator column just before it, or the anggaran of the
// program, kegiatan or sub kegiatan column just before it, as a reader of the annex takes them.

#include "naskah/plan/annex_columns.hpp"

#include <algorithm>
#include <cctype>

#include "naskah/plan/model.hpp"
#include "naskah/text/edit_distance.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::plan {
namespace {

using L = AnnexLevel;
using F = AnnexFact;

/// What a header name stands for: a field, or a name that takes its level from the column before it.
enum class Kind : std::uint8_t { field, target, anggaran, kegiatan_indikator, realisasi };

struct Name {
  std::string key;  ///< as header_key gives it
  Kind kind = Kind::field;
  AnnexField field;
};

/// A header cell as it is compared: lower case, without white space, dots, hyphens and underscores, and without a
/// trailing "(rp)" — "ANGGARAN (Rp)", "anggaran" and "Anggaran." are one name.
std::string header_key(std::string_view text) {
  std::string key;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '.' || c == '-' || c == '_') continue;
    key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  constexpr std::string_view rupiah = "(rp)";
  if (key.size() > rupiah.size() && key.compare(key.size() - rupiah.size(), rupiah.size(), rupiah) == 0) {
    key.resize(key.size() - rupiah.size());
  }
  return key;
}

const std::vector<Name>& names() {
  static const std::vector<Name> all = [] {
    std::vector<Name> out;
    auto add = [&](std::string_view name, AnnexField field) { out.push_back({header_key(name), Kind::field, field}); };
    for (const AnnexColumn& column : annex_columns()) add(column.name, column.field);
    for (const AnnexColumn& column : realisation_columns()) add(column.name, column.field);
    add("Kode", {L::row, F::kode});
    add("Ket", {L::row, F::ket});
    // The printed annex's headings and the usual variants.
    add("Nomor Sasaran", {L::sasaran, F::nomor});
    add("Nomor Program", {L::program, F::nomor});
    add("Nomor Kegiatan", {L::kegiatan, F::nomor});
    add("Nomor Sub Kegiatan", {L::subkegiatan, F::nomor});
    add("No", {L::sasaran, F::nomor});
    add("Nomor", {L::sasaran, F::nomor});
    add("Sasaran Renstra", {L::sasaran, F::nama});
    add("Sasaran Strategis", {L::sasaran, F::nama});
    add("Indikator Kinerja", {L::sasaran, F::indikator});
    add("Indikator Kinerja Sasaran", {L::sasaran, F::indikator});
    add("Keterangan", {L::row, F::ket});
    out.push_back({header_key("Target"), Kind::target, {}});
    out.push_back({header_key("Anggaran"), Kind::anggaran, {}});
    out.push_back({header_key("Indikator Kegiatan"), Kind::kegiatan_indikator, {}});
    out.push_back({header_key("Target Kegiatan"), Kind::kegiatan_indikator, {}});
    // "REALISASI" after a TARGET (or the indikator), "REALISASI (Rp)" after an ANGGARAN: the printed report's headings.
    out.push_back({header_key("Realisasi"), Kind::realisasi, {}});
    add("Realisasi Anggaran", {L::subkegiatan, F::realisasi_anggaran});
    return out;
  }();
  return all;
}

const Name* find_name(const std::string& key) {
  for (const Name& name : names()) {
    if (name.key == key) return &name;
  }
  return nullptr;
}

}  // namespace

const std::vector<AnnexColumn>& annex_columns() {
  static const std::vector<AnnexColumn> columns{
      {{L::sasaran, F::nomor}, "No Sasaran", false, "NO"},
      {{L::sasaran, F::nama}, "Sasaran", true, "SASARAN RENSTRA"},
      {{L::sasaran, F::indikator}, "Indikator Sasaran", false, "INDIKATOR KINERJA"},
      {{L::sasaran, F::target}, "Target Sasaran", false, "TARGET"},
      {{L::program, F::nomor}, "No Program", false, "NO PROGRAM"},
      {{L::program, F::kode}, "Kode Program", false, "KODE PROGRAM"},
      {{L::program, F::nama}, "Program", true, "PROGRAM"},
      {{L::program, F::indikator}, "Indikator Program", false, "INDIKATOR PROGRAM"},
      {{L::program, F::target}, "Target Program", false, "TARGET"},
      {{L::program, F::anggaran}, "Anggaran Program", false, "ANGGARAN (Rp)"},
      {{L::kegiatan, F::nomor}, "No Kegiatan", false, "NO KEGIATAN"},
      {{L::kegiatan, F::kode}, "Kode Kegiatan", false, "KODE KEGIATAN"},
      {{L::kegiatan, F::nama}, "Kegiatan", true, "KEGIATAN"},
      {{L::kegiatan, F::anggaran}, "Anggaran Kegiatan", false, "ANGGARAN (Rp)"},
      {{L::subkegiatan, F::nomor}, "No Sub Kegiatan", false, "NO SUB KEGIATAN"},
      {{L::subkegiatan, F::kode}, "Kode Sub Kegiatan", false, "KODE SUB KEGIATAN"},
      {{L::subkegiatan, F::nama}, "Sub Kegiatan", true, "SUB KEGIATAN"},
      {{L::subkegiatan, F::indikator}, "Indikator Sub Kegiatan", false, "INDIKATOR SUB KEGIATAN"},
      {{L::subkegiatan, F::target}, "Target Sub Kegiatan", false, "TARGET"},
      {{L::subkegiatan, F::anggaran}, "Anggaran Sub Kegiatan", true, "ANGGARAN (Rp)"},
      {{L::program, F::ket}, "Ket Program", false, "KET PROGRAM"},
      {{L::kegiatan, F::ket}, "Ket Kegiatan", false, "KET KEGIATAN"},
      {{L::subkegiatan, F::ket}, "Ket Sub Kegiatan", false, "KET SUB KEGIATAN"},
  };
  return columns;
}

const std::vector<AnnexColumn>& realisation_columns() {
  static const std::vector<AnnexColumn> columns{
      {{L::sasaran, F::realisasi}, "Realisasi Sasaran", false, "REALISASI"},
      {{L::program, F::realisasi}, "Realisasi Program", false, "REALISASI"},
      {{L::program, F::realisasi_anggaran}, "Realisasi Anggaran Program", false, "REALISASI (Rp)"},
      {{L::kegiatan, F::realisasi_anggaran}, "Realisasi Anggaran Kegiatan", false, "REALISASI (Rp)"},
      {{L::subkegiatan, F::realisasi}, "Realisasi Sub Kegiatan", false, "REALISASI"},
      {{L::subkegiatan, F::realisasi_anggaran}, "Realisasi Anggaran Sub Kegiatan", false, "REALISASI (Rp)"},
  };
  return columns;
}

std::vector<AnnexColumn> columns_for(const Rencana& rencana) {
  bool reports = false;
  auto any = [](const std::vector<Indikator>& list) {
    return std::any_of(list.begin(), list.end(), [](const Indikator& i) { return i.realisasi || i.realisasi_blank; });
  };
  for (const Sasaran& sasaran : rencana.sasaran) {
    reports = reports || any(sasaran.indikator);
    for (const Program& program : sasaran.program) {
      reports = reports || any(program.indikator) || program.realisasi.realisasi_anggaran;
      for (const Kegiatan& kegiatan : program.kegiatan) {
        reports = reports || kegiatan.realisasi.realisasi_anggaran;
        for (const SubKegiatan& sub : kegiatan.subkegiatan) {
          reports = reports || any(sub.indikator) || sub.realisasi.realisasi_anggaran || sub.realisasi_anggaran_blank;
        }
      }
    }
  }
  if (!reports) return annex_columns();
  // Each realisation column right after the target or anggaran of its level, as the report's tables set them.
  std::vector<AnnexColumn> out;
  for (const AnnexColumn& column : annex_columns()) {
    out.push_back(column);
    for (const AnnexColumn& added : realisation_columns()) {
      const bool after = column.field.level == added.field.level &&
                         ((column.field.fact == F::target && added.field.fact == F::realisasi) ||
                          (column.field.fact == F::anggaran && added.field.fact == F::realisasi_anggaran));
      if (after) out.push_back(added);
    }
  }
  return out;
}

bool names_annex_column(const std::string& cell) {
  const std::string key = header_key(cell);
  return !key.empty() && find_name(key) != nullptr;
}

std::string_view annex_column_name(AnnexField field) {
  if (field == AnnexField{L::row, F::kode}) return "Kode";
  if (field == AnnexField{L::row, F::ket}) return "Ket";
  for (const auto* list : {&annex_columns(), &realisation_columns()}) {
    for (const AnnexColumn& column : *list) {
      if (column.field == field) return column.name;
    }
  }
  return "?";
}

std::optional<std::vector<std::optional<AnnexField>>> read_annex_header(const std::vector<std::string>& header,
                                                                       const diag::SourceLocation& row,
                                                                       diag::Diagnostics& out) {
  bool bad = false;
  auto error = [&](std::size_t column, std::string message) {
    diag::SourceLocation at = row;
    at.column = static_cast<std::uint32_t>(column + 1);
    out.error(std::move(at), "csv-header", std::move(message));
    bad = true;
  };
  std::vector<std::string_view> keys;
  for (const Name& name : names()) keys.push_back(name.key);

  std::vector<std::optional<AnnexField>> fields(header.size());
  std::vector<AnnexField> misspelt;  // fields an unknown name nearly spelt: not also reported missing
  for (std::size_t c = 0; c < header.size(); ++c) {
    const std::string key = header_key(header[c]);
    if (key.empty()) continue;
    const Name* name = find_name(key);
    if (name == nullptr) {
      const std::optional<std::string> near = text::closest_match(key, keys);
      const Name* meant = near ? find_name(*near) : nullptr;
      if (meant != nullptr && meant->kind == Kind::field) {
        error(c, text::tr("unknown column \"{}\"; did you mean \"{}\"?", header[c], annex_column_name(meant->field)));
        misspelt.push_back(meant->field);
      } else {
        error(c, text::tr("unknown column \"{}\"; docs/spreadsheets.md lists the columns", header[c]));
      }
      continue;
    }
    const std::optional<AnnexField> before = c > 0 ? fields[c - 1] : std::nullopt;
    switch (name->kind) {
      case Kind::field: fields[c] = name->field; break;
      case Kind::target:
        if (before && before->fact == F::indikator) {
          fields[c] = AnnexField{before->level, F::target};
        } else {
          error(c, text::tr("a \"{}\" column belongs to the indikator column just before it; name it \"Target "
                            "Sasaran\", \"Target Program\" or \"Target Sub Kegiatan\"",
                            header[c]));
        }
        break;
      case Kind::anggaran:
        if (before && (before->level == L::program || before->level == L::kegiatan || before->level == L::subkegiatan)) {
          fields[c] = AnnexField{before->level, F::anggaran};
        } else {
          error(c, text::tr("an \"{}\" column belongs to the program, kegiatan or sub kegiatan column just before "
                            "it; name it \"Anggaran Program\", \"Anggaran Kegiatan\" or \"Anggaran Sub Kegiatan\"",
                            header[c]));
        }
        break;
      case Kind::realisasi:
        // The indikator's realisasi after its TARGET, what was spent after an ANGGARAN.
        if (before && (before->fact == F::target || before->fact == F::indikator) && before->level != L::kegiatan) {
          fields[c] = AnnexField{before->level, F::realisasi};
        } else if (before && before->fact == F::anggaran) {
          fields[c] = AnnexField{before->level, F::realisasi_anggaran};
        } else {
          error(c, text::tr("a \"{}\" column belongs to the target or the anggaran column just before it; name it "
                            "\"Realisasi Sasaran\", \"Realisasi Program\", \"Realisasi Sub Kegiatan\" or \"Realisasi "
                            "Anggaran Sub Kegiatan\"",
                            header[c]));
        }
        break;
      case Kind::kegiatan_indikator:
        error(c, text::tr("a kegiatan has no indikator in the plan format (its sub kegiatan have them); remove the "
                          "column \"{}\"",
                          header[c]));
        break;
    }
    for (std::size_t earlier = 0; fields[c] && earlier < c; ++earlier) {
      if (fields[earlier] == fields[c]) {
        error(c, text::tr("column \"{}\" stands twice: in column {} and here", annex_column_name(*fields[c]),
                          earlier + 1));
        fields[c].reset();
      }
    }
  }
  for (const AnnexColumn& column : annex_columns()) {
    if (!column.required || std::find(fields.begin(), fields.end(), column.field) != fields.end() ||
        std::find(misspelt.begin(), misspelt.end(), column.field) != misspelt.end()) {
      continue;
    }
    error(0, text::tr("the header has no \"{}\" column; docs/spreadsheets.md lists the columns", column.name));
  }
  if (bad) return std::nullopt;
  return fields;
}

}  // namespace naskah::plan
