#pragma once
// Every command's options, read one way: each command describes its options once (a CommandSpec), and from that
// one description come the parsing (CLI11, with GNU syntax: --opt=value, -j2, bundled short options, --), the
// --help text, the bash completion (naskah --completion-data, read by completion/naskah.bash) and the check that
// the man page names them all (tests/scripts/options_cli.sh). CLI11's own English never reaches the user: its
// errors are caught and said again in naskah's words, through the catalogue.

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace naskah::cli {

/// What an option's value (or a command's operand) is, for completion and for the checks every value gets.
enum class ValueKind : unsigned char {
  none,           ///< a flag: no value
  text,           ///< words, a number or a date: nothing to complete
  file,           ///< any file
  folder,         ///< a folder
  plan,           ///< a plan (.xml)
  plan_input,     ///< a plan, a folder of plans or a manifest (.xml, .txt, folders): naskah batch's inputs
  spreadsheet,    ///< a spreadsheet (.xlsx, .csv)
  template_name,  ///< a template's name or folder
  choice,         ///< one of OptionSpec::choices
};

struct OptionSpec {
  std::string_view names;         ///< "-o,--output": the short name, if any, then the long one
  const char* value_name;         ///< "FILE" (tr_mark), shown in --help; nullptr for a flag
  const char* help;               ///< one line or more (tr_mark), shown in --help
  ValueKind kind = ValueKind::none;
  std::vector<std::string_view> choices = {};  ///< the values a ValueKind::choice takes, as written
  /// The value is optional and then given only after '=' (--pdfa, --pdfa=1b), as GNU tools take such options:
  /// "--pdfa plan.xml" leaves plan.xml an operand.
  bool value_optional = false;

  /// The long name, "--output": how a command asks for the option's value.
  [[nodiscard]] std::string_view long_name() const;
  /// The short name, "-o", or empty.
  [[nodiscard]] std::string_view short_name() const;
};

/// Options shown together in --help, under a heading of their own (or none).
struct OptionGroup {
  const char* heading;  ///< tr_mark; nullptr for the command's own options
  std::vector<OptionSpec> options;
};

class ParsedArgs;

/// A command: its name, its help around the options, the options, what its operands are, and what it runs.
struct CommandSpec {
  std::string_view name;
  const char* usage;     ///< tr_mark: the usage lines and what the command does, shown before the options
  const char* epilogue;  ///< tr_mark: exit status and examples, shown after them
  std::vector<OptionGroup> groups;
  ValueKind operands = ValueKind::none;
  int (*run)(const ParsedArgs&) = nullptr;
  /// Other names the command answers to: its former names, kept for the scripts that use them ("import-csv").
  std::vector<std::string_view> aliases = {};

  /// Whether `word` names the command: its name or one of its aliases.
  [[nodiscard]] bool named(std::string_view word) const;

  /// Every option of every group, in order.
  [[nodiscard]] std::vector<const OptionSpec*> all_options() const;
};

/// What a command line said, once it has been read without a problem.
class ParsedArgs {
 public:
  /// Whether the option (by its long name, "--strict") was given.
  [[nodiscard]] bool flag(std::string_view long_name) const;
  /// The value of an option given once or more (the last one, as GNU tools take it), or nothing.
  [[nodiscard]] std::optional<std::string> value(std::string_view long_name) const;
  /// The value, or empty when the option was not given.
  [[nodiscard]] std::string value_or_empty(std::string_view long_name) const { return value(long_name).value_or(""); }
  /// Every value of an option given more than once (--font-dir), in order.
  [[nodiscard]] std::vector<std::string> values(std::string_view long_name) const;
  /// The operands (the arguments that are no option, and everything after --), in order.
  [[nodiscard]] const std::vector<std::string>& operands() const { return operands_; }
  /// The options given, by their long names, in the order of the command line (once each).
  [[nodiscard]] const std::vector<std::string>& given() const { return given_; }
  [[nodiscard]] std::string_view command() const { return command_; }
  /// The name the command was called by: its name, or an alias.
  [[nodiscard]] std::string_view called_as() const { return called_as_; }

 private:
  friend std::variant<ParsedArgs, int> parse_command_line(const CommandSpec&, const std::vector<std::string>&,
                                                          std::string_view);
  std::string command_;
  std::string called_as_;
  std::vector<std::pair<std::string, std::string>> values_;  ///< (long name, value) in the command line's order
  std::vector<std::string> given_;
  std::vector<std::string> operands_;
};

/// Reads a command's arguments (those after its name, or the alias `called_as`). With -h or --help anywhere before
/// "--", the help is printed on standard output and the result is exit_ok; with a problem (an unknown option, a
/// value missing or not one of the choices, a value given to a flag), the problem and where to look are said on
/// standard error, in the user's language, and the result is exit_usage.
std::variant<ParsedArgs, int> parse_command_line(const CommandSpec& command, const std::vector<std::string>& args,
                                                 std::string_view called_as = {});

/// The command's --help, in the user's language.
std::string help_text(const CommandSpec& command);

/// A command's usage error: "naskah COMMAND: MESSAGE" and the hint to its --help on standard error; exit_usage.
int usage_error(std::string_view command, const std::string& message);

/// What the bash completion reads (naskah --completion-data), one line each, fields separated by tabs:
///   alias ALIAS NAME                 for each alias of a command, before the command's line
///   command NAME OPERAND-KIND        for each command
///   option NAME SPELLINGS KIND CHOICES   for each option of each command (spellings and choices space-separated)
/// Kinds are ValueKind's names ("plan", "template_name").
std::string completion_data(const std::vector<const CommandSpec*>& commands);

}  // namespace naskah::cli
