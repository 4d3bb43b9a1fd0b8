// CLI11 reads the arguments; naskah says what was wrong. CLI11 2.1 (Debian 12's libcli11-dev) takes GNU syntax:
// --opt=value, -j2, bundled short flags (-rf), and -- before operands that start with '-'. Its help formatter and
// its errors are English, so neither is used: the help is made here from the CommandSpec, through the catalogue,
// and every CLI11 exception becomes a message of naskah's own.

#include "command_line.hpp"

#include <CLI/App.hpp>
#include <CLI/Config.hpp>
#include <CLI/Formatter.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <map>

#include "commands.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"

namespace naskah::cli {
namespace {

/// Past this width (in characters) an option's names stand on a line of their own, its help on the next.
constexpr std::size_t widest_option_column = 26;

std::size_t width(std::string_view text) { return text::decode_utf8(text).size(); }

/// "-o, --output FILE", as --help shows an option, its value's name translated.
std::string spelling(const OptionSpec& option) {
  std::string out;
  if (!option.short_name().empty()) out += std::string(option.short_name()) + ", ";
  out += option.long_name();
  if (option.value_name != nullptr && option.value_optional) {
    out += std::string("[=") + text::tr_text(option.value_name) + "]";
  } else if (option.value_name != nullptr) {
    out += std::string(" ") + text::tr_text(option.value_name);
  }
  return out;
}

/// The options' block of --help: names in a column, help beside them; each help line after the first indented
/// to the column.
std::string options_block(const std::vector<const OptionSpec*>& options, std::size_t column) {
  std::string out;
  for (const OptionSpec* option : options) {
    const std::string left = "  " + spelling(*option);
    out += left;
    if (width(left) + 2 > column) {
      out += "\n" + std::string(column, ' ');
    } else {
      out += std::string(column - width(left), ' ');
    }
    for (char c : std::string(text::tr_text(option->help))) {
      out += c;
      if (c == '\n') out += std::string(column, ' ');
    }
    out += "\n";
  }
  return out;
}

const char* kind_name(ValueKind kind) {
  switch (kind) {
    case ValueKind::none: return "none";
    case ValueKind::text: return "text";
    case ValueKind::file: return "file";
    case ValueKind::folder: return "folder";
    case ValueKind::plan: return "plan";
    case ValueKind::plan_input: return "plan_input";
    case ValueKind::spreadsheet: return "spreadsheet";
    case ValueKind::template_name: return "template_name";
    case ValueKind::choice: return "choice";
  }
  return "text";
}

/// "text or json", "';' or ','": the choices as a message lists them.
std::string choices_said(const std::vector<std::string_view>& choices) {
  auto shown = [](std::string_view choice) {
    const bool word = std::all_of(choice.begin(), choice.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    return word ? std::string(choice) : "'" + std::string(choice) + "'";
  };
  std::string out;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    // TRANSLATORS: between the last two values an option takes: "--format xml: write text or json".
    if (i > 0) out += i + 1 == choices.size() ? std::string(" ") + text::tr_text("or") + " " : std::string(", ");
    out += shown(choices[i]);
  }
  return out;
}

/// The option an argument names ("--output", "--output=x", "-o"), or nullptr.
const OptionSpec* named_by(const std::vector<const OptionSpec*>& options, std::string_view arg) {
  const std::string_view name = arg.substr(0, arg.find('='));
  for (const OptionSpec* option : options) {
    if (name == option->long_name() || (!option->short_name().empty() && name == option->short_name())) return option;
  }
  return nullptr;
}

/// What CLI11 found wrong, said in naskah's words. Only two of its errors can happen with the options as they are
/// declared here — a value missing at the end, a flag given a value — and the arguments say which.
std::string problem_of(const CLI::ParseError& error, const std::vector<const OptionSpec*>& options,
                       const std::vector<std::string>& args) {
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr) {
    for (const std::string& arg : args) {
      if (arg == "--") break;
      const OptionSpec* option = named_by(options, arg);
      if (option != nullptr && option->value_name == nullptr && arg.find('=') != std::string::npos) {
        return text::tr("{} takes no value", arg.substr(0, arg.find('=')));
      }
    }
    if (!args.empty()) return text::tr("{} needs a value", args.back());
  }
  return text::tr("the arguments cannot be read as options and operands");
}

}  // namespace

std::string_view OptionSpec::long_name() const {
  const auto comma = names.find(',');
  return comma == std::string_view::npos ? names : names.substr(comma + 1);
}

std::string_view OptionSpec::short_name() const {
  const auto comma = names.find(',');
  return comma == std::string_view::npos ? std::string_view() : names.substr(0, comma);
}

bool CommandSpec::named(std::string_view word) const {
  return word == name || std::find(aliases.begin(), aliases.end(), word) != aliases.end();
}

std::vector<const OptionSpec*> CommandSpec::all_options() const {
  std::vector<const OptionSpec*> out;
  for (const OptionGroup& group : groups) {
    for (const OptionSpec& option : group.options) out.push_back(&option);
  }
  return out;
}

bool ParsedArgs::flag(std::string_view long_name) const {
  return std::find(given_.begin(), given_.end(), long_name) != given_.end();
}

std::optional<std::string> ParsedArgs::value(std::string_view long_name) const {
  std::optional<std::string> last;
  for (const auto& [name, value] : values_) {
    if (name == long_name) last = value;
  }
  return last;
}

std::vector<std::string> ParsedArgs::values(std::string_view long_name) const {
  std::vector<std::string> out;
  for (const auto& [name, value] : values_) {
    if (name == long_name) out.push_back(value);
  }
  return out;
}

std::string help_text(const CommandSpec& command) {
  const std::vector<const OptionSpec*> all = command.all_options();
  std::size_t column = 0;
  for (const OptionSpec* option : all) {
    const std::size_t left = width("  " + spelling(*option)) + 2;
    if (left <= widest_option_column) column = std::max(column, left);
  }
  std::string out = text::tr_text(command.usage);
  for (const OptionGroup& group : command.groups) {
    out += "\n";
    if (group.heading != nullptr) out += std::string(text::tr_text(group.heading)) + "\n";
    std::vector<const OptionSpec*> options;
    for (const OptionSpec& option : group.options) options.push_back(&option);
    out += options_block(options, column);
  }
  return out + "\n" + text::tr_text(command.epilogue);
}

int usage_error(std::string_view command, const std::string& message) {
  std::cerr << text::tr("naskah {}: {}", command, message) << "\n"
            << text::tr("Try 'naskah {} --help' for more information.", command) << "\n";
  return exit_usage;
}

std::variant<ParsedArgs, int> parse_command_line(const CommandSpec& command, const std::vector<std::string>& args,
                                                 std::string_view called_as) {
  const std::vector<const OptionSpec*> options = command.all_options();
  for (const std::string& arg : args) {
    if (arg == "--") break;
    if (arg == "-h" || arg == "--help") {
      std::cout << help_text(command);
      return exit_ok;
    }
    // CLI11 takes "--output= plan.xml" as --output plan.xml; an empty value is never meant.
    const OptionSpec* option = named_by(options, arg);
    if (option != nullptr && option->value_name != nullptr && arg.size() == option->long_name().size() + 1 &&
        arg.back() == '=') {
      return usage_error(command.name, text::tr("{} needs a value", option->long_name()));
    }
  }

  // An optional value comes only after '=': CLI11 is given the option as a flag, its value kept here.
  std::vector<std::string> plain_args;
  std::vector<std::pair<const OptionSpec*, std::string>> optional_values;
  bool options_ended = false;
  for (const std::string& arg : args) {
    options_ended = options_ended || arg == "--";
    const OptionSpec* option = options_ended ? nullptr : named_by(options, arg);
    const auto equals = arg.find('=');
    if (option != nullptr && option->value_optional && arg.rfind("--", 0) == 0 && equals != std::string::npos) {
      const std::string value = arg.substr(equals + 1);
      if (std::find(option->choices.begin(), option->choices.end(), value) == option->choices.end()) {
        return usage_error(command.name,
                           text::tr("{} {}: write {}", option->long_name(), value, choices_said(option->choices)));
      }
      optional_values.emplace_back(option, value);
      plain_args.push_back(arg.substr(0, equals));
    } else {
      plain_args.push_back(arg);
    }
  }

  CLI::App app;
  app.set_help_flag();  // --help is handled above, in the user's language
  app.allow_extras();   // unknown options are reported below, in naskah's words
  std::map<const OptionSpec*, CLI::Option*> declared;
  for (const OptionSpec* option : options) {
    const bool flag = option->value_name == nullptr || option->value_optional;
    CLI::Option* added = flag ? app.add_flag(std::string(option->names)) : app.add_option(std::string(option->names));
    // Every occurrence kept: all of --font-dir's, in order; the last of any other's, as GNU tools take it.
    added->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    if (flag) {
      added->disable_flag_override();
    } else {
      added->expected(1);
    }
    declared[option] = added;
  }
  std::vector<std::string> operands;
  app.add_option("operands", operands)->expected(0, CLI::detail::expected_max_vector_size);

  std::vector<std::string> reversed(plain_args.rbegin(), plain_args.rend());  // CLI11 reads a vector from its end
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    return usage_error(command.name, problem_of(error, options, args));
  }
  // CLI11 2.1 lists the "--" that ends the options among the arguments it did not take: it is no unknown option.
  for (const std::string& unknown : app.remaining()) {
    if (unknown != "--") return usage_error(command.name, text::tr("unknown option {}", unknown));
  }

  ParsedArgs parsed;
  parsed.command_ = command.name;
  parsed.called_as_ = called_as.empty() ? command.name : called_as;
  parsed.operands_ = std::move(operands);
  for (const CLI::Option* given : app.parse_order()) {
    for (const OptionSpec* option : options) {
      if (declared[option] != given) continue;
      const std::string name(option->long_name());
      if (std::find(parsed.given_.begin(), parsed.given_.end(), name) == parsed.given_.end()) {
        parsed.given_.push_back(name);
      }
    }
  }
  for (const OptionSpec* option : options) {
    if (option->value_name == nullptr || option->value_optional) continue;
    const std::vector<std::string>& results = declared[option]->results();
    for (const std::string& value : results) {
      if (value.empty()) return usage_error(command.name, text::tr("{} needs a value", option->long_name()));
      if (option->kind == ValueKind::choice &&
          std::find(option->choices.begin(), option->choices.end(), value) == option->choices.end()) {
        return usage_error(command.name,
                           text::tr("{} {}: write {}", option->long_name(), value, choices_said(option->choices)));
      }
    }
  }
  for (const OptionSpec* option : options) {
    if (option->value_name == nullptr || option->value_optional) continue;
    for (const std::string& value : declared[option]->results()) parsed.values_.emplace_back(option->long_name(), value);
  }
  for (const auto& [option, value] : optional_values) parsed.values_.emplace_back(option->long_name(), value);
  return parsed;
}

std::string completion_data(const std::vector<const CommandSpec*>& commands) {
  std::string out;
  for (const CommandSpec* command : commands) {
    for (std::string_view alias : command->aliases) out += fmt::format("alias\t{}\t{}\n", alias, command->name);
    out += fmt::format("command\t{}\t{}\n", command->name, kind_name(command->operands));
    for (const OptionSpec* option : command->all_options()) {
      std::string spellings(option->long_name());
      if (!option->short_name().empty()) spellings = std::string(option->short_name()) + " " + spellings;
      std::string choices;
      for (std::string_view choice : option->choices) choices += (choices.empty() ? "" : " ") + std::string(choice);
      // An optional value is written after '=', never as the next word: nothing for the completion to offer there.
      const ValueKind kind = option->value_optional ? ValueKind::none : option->kind;
      out += fmt::format("option\t{}\t{}\t{}\t{}\n", command->name, spellings, kind_name(kind),
                         option->value_optional ? std::string() : choices);
    }
  }
  return out;
}

}  // namespace naskah::cli
