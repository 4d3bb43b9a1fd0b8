#pragma once
// The fuzz target's one entry point, shared by naskah_fuzz (libFuzzer) and naskah_fuzz_replay (in every build, it
// replays tests/fuzz/regressions/): bytes → parse → check → template → compose → layout → PDF, in memory, as
// `naskah build --pdfa --draft` makes it (cli/plan_build), and then the promises a build keeps, checked — the
// PDF/A-3b's embedded plan read back as `naskah extract` reads it among them.

#include <string>
#include <string_view>
#include <vector>

#include "../../src/cli/plan_build.hpp"

namespace naskah::fuzz {

/// The name an input gets as a plan: a file beside tests/data/valid/logo.png, so that an input naming logo="logo.png"
/// reaches the PDF with an image, and one naming a template finds it as a plan file would.
const std::string& input_name();

/// What every input's build shares (cli::BuildResources), loaded by the first call: the hyphenation patterns now,
/// each template when an input first names it.
cli::BuildResources& shared_resources();

/// Builds the input into a PDF in memory; nothing is written. When the outcome breaks a promise — a PDF that is
/// not one, or beside errors, or whose embedded plan does not read back as the input; a failure without an error
/// to say why; a diagnostic that names no place, message or rule; the PDF writer failing on a plan that checking
/// passed — says which on standard error and aborts, so that libFuzzer keeps the input. (A crash, hang, leak or sanitizer report is libFuzzer's own to catch.)
cli::RenderedPlan build_input(std::string_view bytes);

/// What a build said, as the regression files' .expected hold it: each diagnostic as "LINE:COL: severity: message
/// [rule]" (the input's name left off), each note with the source folder written as <source>, and last "PDF made"
/// or "no PDF".
std::vector<std::string> describe(const cli::RenderedPlan& outcome);

}  // namespace naskah::fuzz
