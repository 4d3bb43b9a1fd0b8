#pragma once
// Internal to composition: the value of every placeholder (plan/placeholders.hpp lists them) — facts written in
// the plan, and facts computed from it: counts, sums (exact, whole Rupiah), amounts in words, achievement — for
// the whole plan, for the current item of a repetition (untuk-setiap) or for an item named by its number.

#include <optional>
#include <string>
#include <vector>

#include "naskah/plan/model.hpp"
#include "naskah/plan/placeholders.hpp"
#include "naskah/plan/printed_anggaran.hpp"

namespace naskah::compose::detail {

/// The items a text stands in: a repetition's current item and the items that hold it (a kegiatan's program and
/// sasaran). Empty outside repetitions.
struct ItemContext {
  const plan::Sasaran* sasaran = nullptr;
  int sasaran_position = 0;  ///< 1-based, for a sasaran without nomor
  const plan::Program* program = nullptr;
  const plan::Kegiatan* kegiatan = nullptr;
  const plan::SubKegiatan* subkegiatan = nullptr;
  const plan::SasaranEvaluasi* evaluasi = nullptr;
  int evaluasi_position = 0;
};

/// A figure the plan states beside the one its rows add up to, as the note under the text that prints it names it.
struct StatedDifference {
  std::string what;  ///< "program 2 (Program Dukungan …)"
  plan::Rupiah stated;
  plan::Rupiah computed;
  plan::Pos pos;     ///< where the plan states it
  enum class Figure { anggaran, realisasi } figure = Figure::anggaran;  ///< which of its figures differs
};

/// The difference to note when `anggaran`, printed for an item, is a stated figure its rows do not add up to; the
/// note names the item by its place and name: "program 2 (Program Dukungan …)", or its place alone.
std::optional<StatedDifference> stated_difference(const plan::PrintedAnggaran& anggaran, const std::string& item,
                                                  const std::string& nama = "");

/// A placeholder's value and the plan position of the fact it shows (where a missing glyph is reported).
struct PlaceholderValue {
  PlaceholderValue(std::string text_, plan::Pos pos_, std::optional<plan::Rupiah> amount_ = std::nullopt)
      : text(std::move(text_)), pos(pos_), amount(amount_) {}

  std::string text;
  plan::Pos pos;
  /// An amount's figure ({program.anggaran}, in any of its forms), which a table column's {jumlah} adds up.
  std::optional<plan::Rupiah> amount;
  /// A stated figure printed although its rows add up to another: the text marks it and a note explains it.
  std::optional<StatedDifference> difference;
};

class PlaceholderValues {
 public:
  explicit PlaceholderValues(const plan::Plan& plan) : plan_(plan) {}

  /// What joins the values of a list ({sasaran.indikator}): "; " in running text, a line break in table cells.
  void set_list_separator(std::string separator) { separator_ = std::move(separator); }

  /// The value of {`name`} in `context`; nothing, with `why` set, when it names an item the plan does not have
  /// (program 7) or a fact it does not give (<atasan>).
  std::optional<PlaceholderValue> value(std::string_view name, const ItemContext& context, std::string* why) const;

  /// The items a repetition over `kind` goes through within `context`: the programs of the current sasaran, or
  /// every program of the plan outside a sasaran; each with the items that hold it.
  [[nodiscard]] std::vector<ItemContext> items(plan::ItemKind kind, const ItemContext& context) const;

 private:
  [[nodiscard]] std::optional<PlaceholderValue> plan_fact(const std::string& name, std::string* why) const;
  [[nodiscard]] std::optional<ItemContext> find(const plan::PlaceholderRef& ref, std::string* why) const;
  [[nodiscard]] PlaceholderValue item_fact(plan::ItemKind kind, const std::string& field, const ItemContext& item) const;

  const plan::Plan& plan_;
  std::string separator_ = "; ";
};

}  // namespace naskah::compose::detail
