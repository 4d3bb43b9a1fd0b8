#pragma once
/// The placeholders a text may use — one list, read by the parser and the template loader (to reject unknown
/// names where they stand), by composition (to resolve them) and by docs/templates.md (which lists them all).
///
/// Three shapes:
///   {tahun}                 a fact of the whole plan: names, years, dates, counts, sums, achievement;
///   {program.anggaran}      a fact of the current item of a repeated paragraph or list item
///                           (untuk-setiap="program"), or of the item that holds it (the program of the current
///                           kegiatan);
///   {program.2.anggaran}    a fact of one item named by its number: sasaran 1, program 2, kegiatan 2.5,
///                           sub kegiatan 2.5.1, evaluasi 1 (a sasaran of <evaluasi>).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::plan {

struct PlaceholderInfo {
  std::string_view name;
  std::string_view meaning;
};

/// The items a text can repeat over (untuk-setiap="…") and name facts of.
enum class ItemKind : std::uint8_t { sasaran, program, kegiatan, subkegiatan, evaluasi };

std::string_view item_kind_name(ItemKind kind);
std::optional<ItemKind> item_kind_from_name(std::string_view name);
/// All kinds' names, for "did you mean".
std::vector<std::string_view> item_kind_names();

/// How many numbers name an item of this kind: program 2 (1), kegiatan 2.5 (2), sub kegiatan 2.5.1 (3).
int index_depth(ItemKind kind);

/// Whether the current item of `kind` is known inside a repetition over `loop`: the loop's own kind, or a kind
/// that holds it (the sasaran and the program of a kegiatan).
bool is_within(ItemKind kind, ItemKind loop);

/// The facts of the whole plan, in the order docs/templates.md lists them.
const std::vector<PlaceholderInfo>& plan_placeholders();
/// The facts of one item of a kind ("nama", "anggaran", …).
const std::vector<PlaceholderInfo>& item_fields(ItemKind kind);

/// A placeholder's name taken apart.
struct PlaceholderRef {
  std::optional<ItemKind> kind;  ///< none: a fact of the whole plan
  std::vector<int> index;        ///< empty: the current item; else its numbers (2.5 → {2, 5})
  std::string field;             ///< the fact: "anggaran", or the whole name for a plan fact
};

/// Splits `name` by its shape; nothing when it has none of the three shapes.
std::optional<PlaceholderRef> parse_placeholder_name(std::string_view name);

/// What is wrong with {`name`} where the enclosing repetitions are `scope` (outermost first), phrased as a
/// diagnostic message ("unknown placeholder {tahunn}; did you mean {tahun}?"); nothing when it is right.
std::optional<std::string> placeholder_problem(std::string_view name, const std::vector<ItemKind>& scope);

/// What is wrong with repeating over `kind` inside the repetitions `scope`; nothing when it is right.
std::optional<std::string> repetition_problem(ItemKind kind, const std::vector<ItemKind>& scope);

}  // namespace naskah::plan
