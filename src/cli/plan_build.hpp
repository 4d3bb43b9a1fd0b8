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

#include "naskah/compose/compose.hpp"
#include "naskah/compose/document.hpp"
#include "naskah/compose/template.hpp"
#include "naskah/diag/diagnostic.hpp"
#include "naskah/docx/docx_writer.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/font_set.hpp"
#include "naskah/text/hyphenator.hpp"
#include "naskah/text/thread_beside.hpp"
#include "naskah/io/atomic_file.hpp"
#include "input_files.hpp"

namespace naskah::cli {

/// What a build writes: the PDF, the editable DOCX (docs/docx.md), or both.
struct OutputFormats {
  bool pdf = true;
  bool docx = false;
};

struct BuildRequest {
  std::string plan_path;
  OutputFormats formats;       ///< --format; the commands name the files from it
  std::string output;          ///< the PDF to write; empty: none
  std::string docx_output;     ///< the DOCX to write; empty: none
  std::string template_choice; ///< --template: a folder or a name; empty: the plan's template="…"
  bool strict = false;         ///< warnings stop the build
  pdf::PdfaPart pdfa = pdf::PdfaPart::none;  ///< --pdfa: PDF/A-3b with the plan inside, or PDF/A-1b, for the archive
  std::string annex_source;    ///< --annex-source: the spreadsheet embedded beside the plan in a PDF/A-3b
  bool draft = false;          ///< "KONSEP" across every page: not the signed version
  std::optional<compose::Paper> paper;  ///< --paper: every page on this paper instead of the template's
  /// --font-dir, in order: folders of fonts (a families.conf, TrueType files) searched before the template's and
  /// naskah's own mapping, already made known to fontconfig.
  std::vector<std::string> font_dirs;
  /// Who puts the PDF in place (naskah batch): its fsync and rename then happen after build_plan returns, and
  /// `placed` hears how they went. Without one the PDF is in place when build_plan returns.
  io::FilesPutInPlace* placer = nullptr;
  io::FilesPutInPlace::Done placed;
};

struct BuildReport {
  bool written = false;  ///< with a placer: written whole, and handed to it
  bool cancelled = false;          ///< stopped by a signal before the PDF was put in place
  diag::Diagnostics diagnostics;   ///< of the plan, the template and composition, in that order
  std::vector<std::string> notes;  ///< other lines for standard error: "… not written", a layout warning
  [[nodiscard]] std::size_t warning_count() const;
  /// The first error (or, failing that, note) as a line: what a batch summary says of a failed plan.
  [[nodiscard]] std::string first_problem() const;
  /// What a placer (BuildRequest::placer) said of `output` once it had finished: nothing when the file is in place,
  /// else why not — then the report says it was not written, with that line.
  void placed(const std::string& output, const std::optional<std::string>& problem);
};

/// What builds share. Thread-safe: templates are loaded under a lock the first time they are asked for and are
/// never changed afterwards.
class BuildResources {
 public:
  BuildResources();

  /// The template for `choice` (a folder, or a name looked up in the template path; empty: `plan_template`), loaded
  /// once; nothing, with its problems added to `out`, when it cannot be had.
  std::shared_ptr<const compose::Template> find_template(const std::string& choice, const std::string& plan_template,
                                                         const std::string& plan_path, diag::Diagnostics& out,
                                                         std::vector<std::string>& notes);

  BuildResources(const BuildResources&) = delete;
  BuildResources& operator=(const BuildResources&) = delete;

  /// Whether a build draws its PDF while layout goes on on another thread (layout::lay_out_alongside): worth it
  /// when a core would otherwise idle — one build, or a batch of fewer workers than cores. Off unless set.
  /// On, the resources every build needs — the hyphenation patterns and ICU's Indonesian formats — are made at once
  /// on the spare core, while the first plan is read and composed.
  void draw_alongside_layout(bool on);
  [[nodiscard]] bool draws_alongside_layout() const { return draw_alongside_layout_; }

  /// The folders of NASKAH_FONT_PATH (colon-separated), made known to fontconfig once for the run, and what was
  /// wrong with those that could not be.
  [[nodiscard]] const std::vector<std::string>& font_path() const { return font_path_; }
  [[nodiscard]] const std::vector<std::string>& font_path_problems() const { return font_path_problems_; }

  /// The Indonesian patterns, compiled into naskah (text/hyphenator.hpp), made the first time they are asked for.
  [[nodiscard]] const text::Hyphenator* hyphenator() const;

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const compose::Template>> templates_;  ///< by folder
  std::map<std::string, diag::Diagnostics> template_failures_;                 ///< by folder
  bool draw_alongside_layout_ = false;
  std::vector<std::string> font_path_;
  std::vector<std::string> font_path_problems_;
  text::TaskBeside<void> prepared_;  ///< what draw_alongside_layout(true) makes beforehand
};

/// Where a build looks for its fonts' files, in order: `font_dirs` (--font-dir), NASKAH_FONT_PATH, the template's
/// tree and naskah's own (fonts/README.md).
std::vector<std::string> font_folders(const std::vector<std::string>& font_dirs, const BuildResources& resources,
                                      const compose::Template& chosen);

/// Every file a composed document was made from but the plan: the template's folder, the fonts, the images — what
/// a command that writes the document's PDF may not write over (input_files.hpp).
std::vector<InputFile> document_inputs(const compose::Template& chosen, const text::FontSet& fonts,
                                       const compose::Document& document);

/// The stages of a build before layout — parse, check, template, compose — into `document`, set in `fonts`: what
/// render_plan and build_plan lay out, and what the golden layout tests dump. Returns the template it composed
/// with; nothing, with the problems and the note that nothing is written in `report`, when a stage fails (or
/// `stop` became true: report.cancelled).
std::shared_ptr<const compose::Template> compose_plan(std::string_view plan_text, const BuildRequest& request,
                                                      BuildResources& resources, const std::atomic<bool>* stop,
                                                      BuildReport& report, text::FontSet& fonts,
                                                      compose::Document& document);

/// What a build makes in memory: its report, and the bytes of the PDF and of the DOCX (as request.formats asks)
/// when every stage succeeded.
struct RenderedPlan {
  BuildReport report;         ///< `written` stays false: nothing is written here
  std::optional<std::string> pdf;
  std::optional<std::string> docx;
};

/// Builds the plan whose text is `plan_text` into a PDF (and, with request.formats.docx, a DOCX) in memory — parse,
/// check, template, compose, lay out, render — writing nothing; request.plan_path is the name diagnostics give it (and logos are found beside it),
/// request.output the name the notes give the PDF. When `stop` becomes true the build ends at the next stage.
RenderedPlan render_plan(std::string_view plan_text, const BuildRequest& request, BuildResources& resources,
                         const std::atomic<bool>* stop = nullptr);

/// Builds one plan file into `output` (the PDF) and `docx_output` (the DOCX), either of them empty when it is not
/// wanted: laid out once, the DOCX made from the same document tree with the PDF's page numbers. Nothing is written
/// unless every stage succeeds; each file replaces its target atomically. When `stop` becomes true the build ends at
/// the next stage, before anything is written.
BuildReport build_plan(const BuildRequest& request, BuildResources& resources, const std::atomic<bool>* stop = nullptr);

/// What makes a build's DOCX: docx::write_docx, handed in by the programs that link the DOCX layer (naskah-full, the
/// tests) with use_docx_writer. naskah links neither it nor cairo, and hands a build that asks for a DOCX to
/// naskah-full (full_program.hpp); a build asked for one without a writer fails with a DocxError.
using DocxWriter = std::string (*)(const compose::Document& document, const docx::DocxInputs& inputs);
void use_docx_writer(DocxWriter writer);
[[nodiscard]] bool can_write_docx();

}  // namespace naskah::cli
