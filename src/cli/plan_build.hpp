#pragma once
// One plan to one PDF — parse, check, template, compose, lay out, write — as `naskah build` does it once and
// `naskah batch` does it for many plans on several threads. What many builds can share is loaded once in
// BuildResources: templates (by folder), parsed font files, the hyphenation patterns.

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/compose/template.hpp"
#include "naskah/diag/diagnostic.hpp"
#include "naskah/text/hyphenator.hpp"

namespace naskah::cli {

struct BuildRequest {
  std::string plan_path;
  std::string output;          ///< the PDF to write
  std::string template_choice; ///< --template: a folder or a name; empty: the plan's template="…"
  bool strict = false;         ///< warnings stop the build
  bool pdfa = false;           ///< PDF/A-1b, for the archive
  bool draft = false;          ///< "DRAFT" across every page: not the signed version
};

struct BuildReport {
  bool written = false;
  bool cancelled = false;          ///< stopped by a signal before the PDF was put in place
  diag::Diagnostics diagnostics;   ///< of the plan, the template and composition, in that order
  std::vector<std::string> notes;  ///< other lines for standard error: "warning: no hyphenation: …", "… not written"
  [[nodiscard]] std::size_t warning_count() const;
  /// The first error (or, failing that, note) as a line: what a batch summary says of a failed plan.
  [[nodiscard]] std::string first_problem() const;
};

/// What builds share. Thread-safe: templates are loaded under a lock the first time they are asked for and are
/// never changed afterwards; the hyphenation patterns are read once.
class BuildResources {
 public:
  BuildResources();

  /// The template for `choice` (a folder, or a name looked up in the template path; empty: `plan_template`), loaded
  /// once; nothing, with its problems added to `out`, when it cannot be had.
  std::shared_ptr<const compose::Template> find_template(const std::string& choice, const std::string& plan_template,
                                                         const std::string& plan_path, diag::Diagnostics& out,
                                                         std::vector<std::string>& notes);

  [[nodiscard]] const text::Hyphenator* hyphenator() const { return hyphenator_.get(); }
  /// Why there is no hyphenation, when there is none.
  [[nodiscard]] const std::string& hyphenation_problem() const { return hyphenation_problem_; }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const compose::Template>> templates_;  ///< by folder
  std::map<std::string, diag::Diagnostics> template_failures_;                 ///< by folder
  std::shared_ptr<const text::Hyphenator> hyphenator_;
  std::string hyphenation_problem_;
};

/// Reads args[i] if it is one of the options every build takes — --template NAME|DIR, --strict, --pdfa, --draft —
/// into `request`, moving i past its value. `taken` when it was one, `bad` when its value is missing (said on
/// standard error), `not_mine` otherwise.
enum class OptionRead { not_mine, taken, bad };
OptionRead read_build_option(std::string_view command, const std::vector<std::string>& args, std::size_t& i,
                             BuildRequest& request);

/// What a build makes in memory: its report, and the PDF's bytes when every stage succeeded.
struct RenderedPlan {
  BuildReport report;         ///< `written` stays false: nothing is written here
  std::optional<std::string> pdf;
};

/// Builds the plan whose text is `plan_text` into a PDF in memory — parse, check, template, compose, lay out,
/// render — writing nothing; request.plan_path is the name diagnostics give it (and logos are found beside it),
/// request.output the name the notes give the PDF. When `stop` becomes true the build ends at the next stage.
RenderedPlan render_plan(std::string_view plan_text, const BuildRequest& request, BuildResources& resources,
                         const std::atomic<bool>* stop = nullptr);

/// Builds one plan file. Nothing is written unless every stage succeeds; the PDF replaces `output` atomically. When
/// `stop` becomes true the build ends at the next stage, before anything is written.
BuildReport build_plan(const BuildRequest& request, BuildResources& resources, const std::atomic<bool>* stop = nullptr);

}  // namespace naskah::cli
