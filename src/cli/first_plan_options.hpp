#pragma once
// The options that describe a unit's first plan (naskah init without --from, naskah import without --into): the
// unit and, as far as they are known, its signatory. Described, read, checked and turned into the plan's text in one
// place for both commands.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "command_line.hpp"
#include "naskah/plan/first_plan.hpp"

namespace naskah::cli {

/// The first plan's options, under the heading each command gives them in its --help.
std::vector<OptionSpec> first_plan_options();

/// --tahun YEAR, with what the year is to the command.
OptionSpec year_option(const char* help);

class FirstPlanOptions {
 public:
  explicit FirstPlanOptions(const ParsedArgs& args);

  /// The options that were given ("--instansi"), in order, for a command that does not take them in every form.
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

}  // namespace naskah::cli
