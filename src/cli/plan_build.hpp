#pragma once
// One plan to one PDF — parse, check, template, compose, lay out, write — as `naskah build` does it once and
// `naskah batch` does it for many plans on several threads. What many builds can share is loaded once in
// BuildResources: templates (by folder), parsed font files, the hyphenation patterns.

#include <atomic>
#include <future>
#include <map>
#include <memory>
#include <mutex>
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

  ~BuildResources();
  BuildResources(const BuildResources&) = delete;
  BuildResources& operator=(const BuildResources&) = delete;

  /// The patterns, once they are read (the first caller may wait for them).
  [[nodiscard]] const text::Hyphenator* hyphenator() const { return hyphenation_.get().hyphenator.get(); }
  /// Why there is no hyphenation, when there is none.
  [[nodiscard]] const std::string& hyphenation_problem() const { return hyphenation_.get().problem; }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const compose::Template>> templates_;  ///< by folder
  std::map<std::string, diag::Diagnostics> template_failures_;                 ///< by folder
  struct Hyphenation {
    std::shared_ptr<const text::Hyphenator> hyphenator;
    std::string problem;
  };
  std::shared_future<Hyphenation> hyphenation_;  ///< read on a thread of its own, from the start
};

/// Reads args[i] if it is one of the options every build takes — --template NAME|DIR, --strict, --pdfa, --draft —
/// into `request`, moving i past its value. `taken` when it was one, `bad` when its value is missing (said on
/// standard error), `not_mine` otherwise.
enum class OptionRead { not_mine, taken, bad };
OptionRead read_build_option(std::string_view command, const std::vector<std::string>& args, std::size_t& i,
                             BuildRequest& request);

/// Builds one plan. Nothing is written unless every stage succeeds; the PDF replaces `output` atomically. When
/// `stop` becomes true the build ends at the next stage, before anything is written.
BuildReport build_plan(const BuildRequest& request, BuildResources& resources, const std::atomic<bool>* stop = nullptr);

}  // namespace naskah::cli
