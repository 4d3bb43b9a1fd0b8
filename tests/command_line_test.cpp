// parse_command_line: one command's description read with GNU syntax through CLI11 — values after '=' or in the next
// argument, short options with their value attached, bundled flags, '--' — and its problems said in naskah's words.

#include <catch2/catch.hpp>

#include <iostream>
#include <sstream>

#include "../src/cli/command_line.hpp"

using namespace naskah::cli;

namespace {

const CommandSpec command{
    "try",
    "usage: naskah try [OPTIONS] FILE...\n",
    "Exit status: 0.\n",
    {{nullptr,
      {{"-o,--output", "FILE", "where it goes", ValueKind::file},
       {"-j,--jobs", "N", "how many at once", ValueKind::text},
       {"--font-dir", "DIR", "a folder\nof fonts", ValueKind::folder},
       {"-s,--strict", nullptr, "warnings fail"},
       {"-r,--recursive", nullptr, "subfolders too"},
       {"--format", "text|json", "the format", ValueKind::choice, {"text", "json"}}}},
     {"More:", {{"--a-rather-long-option-name", "VALUE", "stands on a line of its own", ValueKind::text}}}},
    ValueKind::plan,
    nullptr};

/// What reading `args` gives: the parsed arguments, or the exit status and what was said on standard error.
struct Read {
  std::optional<ParsedArgs> args;
  int exit = -1;
  std::string said;
};

/// A command whose --pdfa takes its value only after '='.
const CommandSpec optional_value{
    "try",
    "usage: naskah try [OPTIONS] FILE\n",
    "Exit status: 0.\n",
    {{nullptr,
      {{"--pdfa", "3b|1b", "for the archive", ValueKind::choice, {"3b", "1b"}, true},
       {"-o,--output", "FILE", "where it goes", ValueKind::file}}}},
    ValueKind::plan,
    nullptr};

Read read(const std::vector<std::string>& args, const CommandSpec& spec = command) {
  std::ostringstream err, out;
  auto* old_err = std::cerr.rdbuf(err.rdbuf());
  auto* old_out = std::cout.rdbuf(out.rdbuf());
  auto parsed = parse_command_line(spec, args);
  std::cerr.rdbuf(old_err);
  std::cout.rdbuf(old_out);
  Read r;
  if (auto* a = std::get_if<ParsedArgs>(&parsed)) {
    r.args = *a;
  } else {
    r.exit = std::get<int>(parsed);
    r.said = err.str() + out.str();
  }
  return r;
}

}  // namespace

TEST_CASE("GNU syntax: --opt=value, -j2, bundled flags, the last of two, --", "[command-line]") {
  Read r = read({"--output=a.pdf", "-j2", "-rs", "plan.xml", "--font-dir", "x", "--font-dir=y", "-o", "b.pdf", "--",
                 "-odd.xml", "--strict"});
  REQUIRE(r.args);
  CHECK(r.args->value("--output") == "b.pdf");
  CHECK(r.args->value("--jobs") == "2");
  CHECK(r.args->flag("--recursive"));
  CHECK(r.args->flag("--strict"));
  CHECK(r.args->values("--font-dir") == std::vector<std::string>{"x", "y"});
  CHECK(r.args->operands() == std::vector<std::string>{"plan.xml", "-odd.xml", "--strict"});
  CHECK(r.args->given() == std::vector<std::string>{"--output", "--jobs", "--recursive", "--strict", "--font-dir"});
  CHECK_FALSE(r.args->value("--format"));
  CHECK(r.args->value_or_empty("--format").empty());

  Read bundled = read({"-sj", "4", "--format", "json"});
  REQUIRE(bundled.args);
  CHECK(bundled.args->value("--jobs") == "4");
  CHECK(bundled.args->value("--format") == "json");
}

TEST_CASE("problems are usage errors in naskah's words, with the hint to --help", "[command-line]") {
  const std::string hint = "Try 'naskah try --help' for more information.\n";
  CHECK(read({"--frobnicate"}).said == "naskah try: unknown option --frobnicate\n" + hint);
  CHECK(read({"plan.xml", "-o"}).said == "naskah try: -o needs a value\n" + hint);
  CHECK(read({"--output=", "plan.xml"}).said == "naskah try: --output needs a value\n" + hint);
  CHECK(read({"-o", ""}).said == "naskah try: --output needs a value\n" + hint);
  CHECK(read({"--strict=yes"}).said == "naskah try: --strict takes no value\n" + hint);
  CHECK(read({"--format", "xml"}).said == "naskah try: --format xml: write text or json\n" + hint);
  CHECK(read({"-x"}).exit == 2);
}

TEST_CASE("--help anywhere before -- prints the help made from the description", "[command-line]") {
  Read help = read({"plan.xml", "--frobnicate", "-h"});
  CHECK(help.exit == 0);
  CHECK(help.said == help_text(command));
  CHECK(help_text(command) ==
        "usage: naskah try [OPTIONS] FILE...\n"
        "\n"
        "  -o, --output FILE   where it goes\n"
        "  -j, --jobs N        how many at once\n"
        "  --font-dir DIR      a folder\n"
        "                      of fonts\n"
        "  -s, --strict        warnings fail\n"
        "  -r, --recursive     subfolders too\n"
        "  --format text|json  the format\n"
        "\n"
        "More:\n"
        "  --a-rather-long-option-name VALUE\n"
        "                      stands on a line of its own\n"
        "\n"
        "Exit status: 0.\n");
  CHECK(read({"--", "--help"}).args->operands() == std::vector<std::string>{"--help"});
}

TEST_CASE("the completion's data: each command, its operands, each option's spellings, kind and choices",
          "[command-line]") {
  const std::string data = completion_data({&command});
  CHECK(data.rfind("command\ttry\tplan\n"
                   "option\ttry\t-o --output\tfile\t\n"
                   "option\ttry\t-j --jobs\ttext\t\n", 0) == 0);
  CHECK(data.find("option\ttry\t--format\tchoice\ttext json\n") != std::string::npos);
  CHECK(data.find("option\ttry\t-s --strict\tnone\t\n") != std::string::npos);
}

TEST_CASE("a command answers to its former names: the same options, and what it was called by", "[command-line]") {
  CommandSpec renamed = command;
  renamed.name = "import";
  renamed.aliases = {"import-csv"};
  CHECK(renamed.named("import"));
  CHECK(renamed.named("import-csv"));
  CHECK_FALSE(renamed.named("try"));
  const auto parsed = parse_command_line(renamed, {"-o", "a.xml", "x.csv"}, "import-csv");
  const auto* args = std::get_if<ParsedArgs>(&parsed);
  REQUIRE(args);
  CHECK(args->command() == "import");
  CHECK(args->called_as() == "import-csv");
  CHECK(args->value("--output") == "a.xml");
  CHECK(std::get<ParsedArgs>(parse_command_line(renamed, {"x.csv"})).called_as() == "import");
  // The completion hears of the former name before the command, to complete it as the command.
  CHECK(completion_data({&renamed}).rfind("alias\timport-csv\timport\ncommand\timport\tplan\n", 0) == 0);
}

TEST_CASE("an optional value only after '=': the next argument stays an operand", "[command-line]") {
  Read r = read({"--pdfa", "plan.xml"}, optional_value);
  REQUIRE(r.args);
  CHECK(r.args->flag("--pdfa"));
  CHECK_FALSE(r.args->value("--pdfa"));
  CHECK(r.args->operands() == std::vector<std::string>{"plan.xml"});
  r = read({"plan.xml", "--pdfa=1b", "-o", "x.pdf"}, optional_value);
  REQUIRE(r.args);
  CHECK(r.args->value("--pdfa") == "1b");
  CHECK(r.args->value("--output") == "x.pdf");
  CHECK(r.args->operands() == std::vector<std::string>{"plan.xml"});
  r = read({"--", "--pdfa=1b"}, optional_value);
  REQUIRE(r.args);
  CHECK_FALSE(r.args->flag("--pdfa"));
  CHECK(r.args->operands() == std::vector<std::string>{"--pdfa=1b"});
  r = read({"--pdfa=2b", "plan.xml"}, optional_value);
  CHECK(r.exit == 2);  // exit_usage
  CHECK_THAT(r.said, Catch::Contains("--pdfa 2b: write 3b or 1b"));
  CHECK_THAT(help_text(optional_value), Catch::Contains("  --pdfa[=3b|1b]"));
  CHECK_THAT(completion_data({&optional_value}), Catch::Contains("option\ttry\t--pdfa\tnone\t\n"));
}
