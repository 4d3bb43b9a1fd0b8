#pragma once
// The options that describe a unit's first plan (naskah init without --from, naskah import-csv without --into): the
// unit and, as far as they are known, its signatory. Read, checked and turned into the plan's text in one place for
// both commands.

#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "naskah/plan/first_plan.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {

/// The options' lines of a command's --help, put into its usage where it has "{}".
// TRANSLATORS: the options of a first plan, in naskah init --help and naskah import-csv --help: keep the
// descriptions in one column with those of the options above them there.
inline constexpr const char* first_plan_options_help = text::tr_mark(
    R"(  --instansi NAME       the unit's full name without the region (Dinas Kesehatan)
  --daerah REGION       its region with its kind (Kabupaten Luwu Timur, Kota Palopo)
  --singkatan SHORT     the short name of titles and the cover (default: NAME)
  --penandatangan NAME  who signs, with degrees, as printed (dr. ANDI MAKMUR, M.Kes)
  --jabatan TITLE       the signatory's title above the signature (Kepala Dinas Kesehatan)
  --nip NIP             the signatory's 18-digit NIP
  --pangkat RANK        rank and grade, printed under the name
  --tempat PLACE        where it is signed (Malili)
  --tanggal YYYY-MM-DD  when it is signed
                        (a signatory's fact not given is written empty, to fill in)
)");

class FirstPlanOptions {
 public:
  /// Takes args[i] when it is one of these options, and its value (moving i onto it); `failed` when the value is
  /// missing (reported on standard error).
  bool take(std::string_view command, const std::vector<std::string>& args, std::size_t& i, bool& failed);

  /// The options that were given ("--instansi"), for a command that does not take them in every form.
  [[nodiscard]] const std::vector<std::string>& given() const { return given_; }

  /// The plan's text for `year`; nothing, with the reasons on standard error (usage errors), when --instansi or
  /// --daerah is missing or a value is not what the plan format takes (the NIP and date are read, and the plan
  /// they make is checked, before anything is written).
  std::optional<std::string> plan_text(std::string_view command, int year, std::string_view schema_location);

 private:
  plan::FirstPlanFacts facts_;
  std::vector<std::string> given_;
};

/// --tahun's value: a year from 2000 to 2099; nothing, with the reason on standard error.
std::optional<int> plan_year(std::string_view command, const std::string& text);

/// The arguments of a command that writes a plan (naskah init, naskah import-csv): --tahun, -o, --force, a first
/// plan's options, the command's own options that take a value (--from, --into) and, where it takes them, operands.
struct PlanWritingArgs {
  std::string year_text;
  std::string output;
  bool force = false;
  FirstPlanOptions first;
  std::vector<std::pair<std::string, std::string>> own;  ///< the command's own options given, with their values
  std::vector<std::string> operands;

  /// The value of one of the command's own options; empty when not given.
  [[nodiscard]] std::string value(std::string_view option) const;
};

/// Reads the arguments; on --help (usage printed on standard output) or a bad argument (the reason and the usage on
/// standard error) the exit status to return instead.
std::variant<PlanWritingArgs, int> read_plan_writing_args(std::string_view command, const std::vector<std::string>& args,
                                                          std::initializer_list<std::string_view> own_options,
                                                          bool operands, void (*print_usage)(std::ostream&));

}  // namespace naskah::cli
