#pragma once
// The options more than one command takes, described once so that they are spelt and explained alike: those of the
// commands that build PDFs from plans (naskah build, naskah batch; naskah diff takes the template and font ones),
// read into a BuildRequest in one place, and --format (check, diff) and --force (init, import).

#include <optional>
#include <vector>

#include "command_line.hpp"
#include "plan_build.hpp"

namespace naskah::cli {

/// --format text|json.
extern const OptionSpec format_option;
/// --annex-source FILE (naskah build): the spreadsheet a PDF/A-3b carries beside the plan.
extern const OptionSpec annex_source_option;
/// -f, --force, with what it replaces.
OptionSpec force_option(const char* help);

/// --template NAME|DIR, with the help of a command that builds one plan, a run of them or a table of changes.
OptionSpec template_option(const char* help);
/// --font-dir DIR.
extern const OptionSpec font_dir_option;

/// `first`, then the options of a build: --template, --font-dir, -s/--strict, --pdfa, --draft, --format pdf|docx
/// (naskah build, naskah batch), with what --template and --strict are to the command.
std::vector<OptionSpec> with_build_options(std::vector<OptionSpec> first, const char* template_help,
                                           const char* strict_help);

/// Reads --template, --font-dir, --strict, --pdfa, --draft and --format into `request`, making each --font-dir folder
/// known to fontconfig; exit_usage, said on standard error, when a --font-dir cannot be read.
std::optional<int> read_build_options(const ParsedArgs& args, BuildRequest& request);

/// exit_usage, said on standard error, when the options do not fit the formats the build writes (once they are
/// known: naskah build takes a DOCX from -o x.docx): --pdfa of a DOCX alone.
std::optional<int> check_formats(const ParsedArgs& args, const BuildRequest& request);

}  // namespace naskah::cli
