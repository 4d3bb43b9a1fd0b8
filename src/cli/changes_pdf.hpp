#pragma once
// The revision's changes (naskah diff -o) as a PDF in memory: what the command writes to its file and what
// naskah serve sends to the browser, made one way.

#include <optional>
#include <string>
#include <vector>

#include "input_files.hpp"
#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/model.hpp"
#include "naskah/plan/plan_diff.hpp"
#include "plan_build.hpp"

namespace naskah::cli {

struct RenderedChanges {
  std::optional<std::string> pdf;   ///< absent when a problem stopped it
  diag::Diagnostics problems;       ///< of the template and composition
  std::vector<std::string> notes;   ///< other lines: a template that cannot be had, a PDF that cannot be made
  std::vector<InputFile> inputs;    ///< the template's files, the fonts, the images: what the PDF may not replace
};

/// Composes, lays out and draws the changes `d` with the template request.template_choice names (empty: the one
/// `after` names; `after_path` is where that plan is, for a template named relative to it) and request.font_dirs.
RenderedChanges render_changes(const plan::PlanDiff& d, const plan::Plan& after, const std::string& after_path,
                               const BuildRequest& request, BuildResources& resources);

}  // namespace naskah::cli
