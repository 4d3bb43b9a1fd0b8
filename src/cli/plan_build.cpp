#include "plan_build.hpp"

#include <fmt/format.h>

#include <filesystem>

#include "archived_inputs.hpp"
#include "commands.hpp"
#include "data_paths.hpp"
#include "input_files.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/compose/compose.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/docx/docx_writer.hpp"
#include "naskah/io/image_file.hpp"
#include "naskah/layout/lay_out_alongside.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/layout/watermark.hpp"
#include "naskah/io/atomic_file.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/font_set.hpp"
#include "naskah/text/hyphenator.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::cli {

std::size_t BuildReport::warning_count() const { return diagnostics.count(diag::Severity::warning); }

void BuildReport::placed(const std::string& output, const std::optional<std::string>& problem) {
  if (!problem) return;
  written = false;
  notes.push_back(problem_line(diag::Severity::error, output, *problem));
}

std::string BuildReport::first_problem() const {
  for (const diag::Diagnostic& d : diagnostics.all()) {
    if (d.severity == diag::Severity::error) return diag::format_text(d);
  }
  if (!notes.empty()) return notes.front();
  for (const diag::Diagnostic& d : diagnostics.all()) return diag::format_text(d);  // --strict: the first warning
  return "";
}

namespace {

/// What every build needs and the process makes once, under C++'s and ICU's own locks: the hyphenation patterns and
/// ICU's Indonesian formatters. A thread that asks while another makes them waits for them.
void make_shared_resources() {
  text::Hyphenator::indonesian();
  text::prepare_indonesian_formats();
}

}  // namespace

BuildResources::BuildResources() {
  for (const std::string& folder : font_path_from_environment()) {
    std::string problem;
    if (text::add_font_folder(folder, &problem)) {
      font_path_.push_back(folder);
    } else {
      font_path_problems_.push_back(problem);
    }
  }
}

void BuildResources::draw_alongside_layout(bool on) {
  draw_alongside_layout_ = on;
  if (on && !prepared_.valid()) {
    prepared_ = text::TaskBeside<void>(make_shared_resources);
  }
}

const text::Hyphenator* BuildResources::hyphenator() const { return text::Hyphenator::indonesian().get(); }

std::shared_ptr<const compose::Template> BuildResources::find_template(const std::string& choice,
                                                                       const std::string& plan_template,
                                                                       const std::string& plan_path,
                                                                       diag::Diagnostics& out,
                                                                       std::vector<std::string>& notes) {
  // A folder, or a name looked up as the plan's template="…" is.
  std::string dir = choice;
  std::error_code no_folder;
  const bool is_folder =
      !choice.empty() && (choice.find('/') != std::string::npos || std::filesystem::is_directory(choice, no_folder));
  if (!is_folder) {
    const std::string& name = choice.empty() ? plan_template : choice;
    std::vector<std::string> searched;
    auto found = cli::find_template(name, &searched);
    if (!found) {
      std::string where;
      for (const std::string& folder : searched) where += "\n  " + folder;
      notes.push_back(problem_line(diag::Severity::error, choice.empty() ? plan_path : std::string("--template"),
                                   text::tr("template \"{}\" not found; looked in:{}", name,
                                            where.empty() ? text::tr(" (nowhere: set NASKAH_TEMPLATE_PATH)") : where)));
      return nullptr;
    }
    dir = *found;
  }
  std::lock_guard lock(mutex_);
  if (auto it = templates_.find(dir); it != templates_.end()) return it->second;
  if (auto it = template_failures_.find(dir); it != template_failures_.end()) {
    out.append(it->second);
    return nullptr;
  }
  compose::TemplateLoad loaded = compose::load_template(dir);
  if (!loaded.value) {
    out.append(loaded.diagnostics);
    template_failures_.emplace(dir, std::move(loaded.diagnostics));
    return nullptr;
  }
  out.append(loaded.diagnostics);  // warnings of a template that loads are the plan's to see, once per build
  auto shared = std::make_shared<const compose::Template>(std::move(*loaded.value));
  templates_.emplace(dir, shared);
  return shared;
}

std::vector<std::string> font_folders(const std::vector<std::string>& font_dirs, const BuildResources& resources,
                                      const compose::Template& chosen) {
  std::vector<std::string> folders = font_dirs;
  folders.insert(folders.end(), resources.font_path().begin(), resources.font_path().end());
  for (std::string& folder : compose::font_search_dirs(chosen, data_root().value_or("."))) {
    folders.push_back(std::move(folder));
  }
  return folders;
}

std::vector<InputFile> document_inputs(const compose::Template& chosen, const text::FontSet& fonts,
                                       const compose::Document& document) {
  std::vector<InputFile> inputs;
  for (std::string& file : files_under(chosen.dir)) inputs.push_back({std::move(file), text::tr_mark("the template's file")});
  for (std::size_t family = 0; family < fonts.family_count(); ++family) {
    for (const std::string& path : fonts.files(static_cast<std::uint16_t>(family)).paths) {
      inputs.push_back({path, text::tr_mark("a font")});
    }
  }
  for (const compose::PageSequence& sequence : document.sequences) {
    for (const compose::Block& block : sequence.blocks) {
      if (const auto* image = std::get_if<compose::ImageBlock>(&block)) inputs.push_back({image->path, text::tr_mark("an image")});
    }
  }
  return inputs;
}

namespace {

/// The DOCX writer in use (use_docx_writer): set once by the program before its first build.
std::atomic<DocxWriter> docx_writer{nullptr};

}  // namespace

namespace {

/// A build abandoned between two pages, when a signal asked it to stop.
struct Stopped {};

/// The word across a draft's pages: "KONSEP", as Indonesian offices mark a version that is not the signed one.
constexpr std::string_view draft_mark = "KONSEP";

/// Pages from layout on to the PDF, with the draft's watermark when asked for.
class PagesToPdf final : public layout::PageSink {
 public:
  PagesToPdf(pdf::PdfBuilder& pdf, const text::FontSet& fonts, bool draft, const std::atomic<bool>* stop)
      : pdf_(pdf), fonts_(fonts), draft_(draft), stop_(stop) {}

  void add_page(std::size_t sequence, std::size_t index, layout::Page page) override {
    if (stop_ != nullptr && stop_->load()) throw Stopped{};
    if (draft_) layout::add_watermark(page, draft_mark, text::FontFace{0, true, false}, fonts_);
    pdf_.add_page(sequence, index, std::move(page));
  }

 private:
  pdf::PdfBuilder& pdf_;
  const text::FontSet& fonts_;
  bool draft_;
  const std::atomic<bool>* stop_;
};

/// The files a build writes, as notes name them: "rkt.pdf", "rkt.docx" or "rkt.pdf, rkt.docx".
std::string outputs_named(const BuildRequest& request) {
  if (request.output.empty()) return request.docx_output;
  if (request.docx_output.empty()) return request.output;
  return request.output + ", " + request.docx_output;
}

void add_not_written(BuildReport& report, const BuildRequest& request) {
  report.notes.push_back(text::tr("naskah build: {} not written: fix the errors above", outputs_named(request)));
}

/// The files a build writes (none in memory).
std::vector<std::string> output_files(const BuildRequest& request) {
  std::vector<std::string> files;
  for (const std::string* file : {&request.output, &request.docx_output}) {
    if (!file->empty()) files.push_back(*file);
  }
  return files;
}

/// Pages nobody draws: a DOCX alone needs layout's page numbers, not its pages.
class DiscardedPages final : public layout::PageSink {
 public:
  void add_page(std::size_t, std::size_t, layout::Page) override {}
};

constexpr const char* role_plan = text::tr_mark("the plan");
constexpr const char* role_annex_source = text::tr_mark("the annex's spreadsheet");

/// Where the PDF goes once every page is drawn: kept in memory, or written to request.output.
enum class Destination { memory, file };

}  // namespace

std::shared_ptr<const compose::Template> compose_plan(std::string_view plan_text, const BuildRequest& request,
                                                      BuildResources& resources, const std::atomic<bool>* stop,
                                                      BuildReport& report, text::FontSet& fonts,
                                                      compose::Document& document) {
  auto stopped = [&] {
    if (stop != nullptr && stop->load()) report.cancelled = true;
    return report.cancelled;
  };

  // 1. The plan, and its content checks.
  plan::ParseResult parsed = plan::parse_plan_text(plan_text, request.plan_path);
  report.diagnostics = std::move(parsed.diagnostics);
  if (!parsed.plan || report.diagnostics.has_errors()) {
    add_not_written(report, request);
    return nullptr;
  }
  // The checks only read the plan. A build of its own has a core to spare (the one layout takes later): there they
  // run while the template is loaded and the document composed. Either way their findings come first and a plan
  // that fails them is not composed, as if they had run alone: what composing found meanwhile is dropped.
  // There they wait first for the hyphenation patterns and ICU's formatters, made on that core since the command
  // started (BuildResources::draw_alongside_layout): three threads on two cores had slowed the template's loading,
  // which the build waits for, for checks it needs only once the document is composed.
  const bool alongside = resources.draws_alongside_layout();
  text::TaskBeside<diag::Diagnostics> checking;
  if (alongside) {
    checking = text::TaskBeside<diag::Diagnostics>([&plan = *parsed.plan] {
      make_shared_resources();
      // The logo before the checks: composition needs it for the cover sooner than their findings. Read and checked
      // here (its rows inflated: most of a millisecond for a lambang of 500 × 600 pixels), it is found by the cover
      // among the process's checked images (io/image_file); what is wrong with it, composition reports. Only a
      // regular file: the cover refuses anything else, and a pipe would wait here for ever.
      if (const std::optional<std::string> logo = compose::logo_file(plan)) {
        std::error_code error;
        if (std::filesystem::is_regular_file(*logo, error)) (void)io::read_image_file(*logo);
      }
      return check::check_plan(plan);
    });
  }
  auto checks_fail = [&] {
    report.diagnostics.append(checking.valid() ? checking.get() : check::check_plan(*parsed.plan));
    return report.diagnostics.has_errors() ||
           (request.strict && report.diagnostics.count(diag::Severity::warning) > 0);
  };
  if (!alongside && checks_fail()) {
    add_not_written(report, request);
    return nullptr;
  }
  diag::Diagnostics composing;  // the template's and composition's findings, after the checks'

  // 2. The template.
  std::vector<std::string> notes;
  std::shared_ptr<const compose::Template> chosen = resources.find_template(
      request.template_choice, parsed.plan->template_name, request.plan_path, composing, notes);
  // Another paper: a copy of the shared template, on it.
  if (chosen && request.paper) {
    chosen = std::make_shared<const compose::Template>(compose::with_paper(*chosen, *request.paper));
  }

  // 3. Composition. The fonts' parsed files are shared by every build of the run.
  if (chosen && !stopped()) {
    document = compose::compose_document(*parsed.plan, *chosen, fonts,
                                         font_folders(request.font_dirs, resources, *chosen), composing);
  }
  if (alongside && checks_fail()) {
    add_not_written(report, request);
    return nullptr;
  }
  if (stopped()) return nullptr;
  report.diagnostics.append(composing);
  report.notes.insert(report.notes.end(), notes.begin(), notes.end());
  if (!chosen) return nullptr;
  if (report.diagnostics.has_errors()) {
    add_not_written(report, request);
    return nullptr;
  }
  for (const std::string& problem : resources.font_path_problems()) {
    report.notes.push_back(problem_line(diag::Severity::warning, "NASKAH_FONT_PATH", problem));
  }
  if (stopped()) return nullptr;
  return chosen;
}

namespace {

/// The build itself, for render_plan and build_plan alike.
RenderedPlan make_pdf(std::string_view plan_text, const BuildRequest& request, BuildResources& resources,
                      const std::atomic<bool>* stop, Destination destination) {
  RenderedPlan rendered;
  BuildReport& report = rendered.report;
  auto stopped = [&] {
    if (stop != nullptr && stop->load()) report.cancelled = true;
    return report.cancelled;
  };

  // 0. Somewhere to write: found out now, not at the end of a long build.
  const std::vector<std::string> files =
      destination == Destination::file ? output_files(request) : std::vector<std::string>{};
  for (const std::string& file : files) {
    std::vector<InputFile> read = {{request.plan_path, role_plan}};
    if (!request.annex_source.empty()) read.push_back({request.annex_source, role_annex_source});
    auto reason = output_is_input(file, read);
    if (!reason) reason = io::unwritable_reason(file);
    if (reason) {
      report.notes.push_back(problem_line(diag::Severity::error, file, *reason));
      return rendered;
    }
  }

  // 1–3. The plan, its template, its document.
  text::FontSet fonts;
  compose::Document document;
  std::shared_ptr<const compose::Template> chosen =
      compose_plan(plan_text, request, resources, stop, report, fonts, document);
  if (!chosen) return rendered;
  if (destination == Destination::file) {
    std::vector<InputFile> inputs = document_inputs(*chosen, fonts, document);
    inputs.push_back({request.plan_path, role_plan});
    for (const std::string& file : files) {
      if (auto reason = output_is_input(file, inputs)) {
        report.notes.push_back(problem_line(diag::Severity::error, file, *reason));
        return rendered;
      }
    }
  }
  const bool make_pdf = destination == Destination::memory ? request.formats.pdf : !request.output.empty();
  std::vector<pdf::EmbeddedFile> archived;
  if (make_pdf && request.pdfa == pdf::PdfaPart::a3b) {
    ArchivedInputs inputs = archived_inputs(plan_text, request.plan_path, request.annex_source);
    if (!inputs.problem.empty()) {
      report.notes.push_back(problem_line(diag::Severity::error, request.annex_source, inputs.problem));
      return rendered;
    }
    archived = std::move(inputs.files);
  }
  const bool make_docx = destination == Destination::memory ? request.formats.docx : !request.docx_output.empty();
  // Layout hands each page to the PDF as soon as it is final: drawn, compressed and freed at once — while the
  // next pages are laid out on another thread, when a core is free for it. A DOCX is made from the same tree
  // afterwards, with the page numbers layout found.
  std::string failed_file = make_pdf ? request.output : request.docx_output;
  try {
    std::optional<pdf::PdfBuilder> pdf;
    if (make_pdf) {
      pdf::WriteOptions options;
      options.pdfa = request.pdfa;
      options.attachments = std::move(archived);
      options.spare_core = resources.draws_alongside_layout();
      if (request.pdfa == pdf::PdfaPart::a3b) name_template(*chosen, options);
      pdf.emplace(fonts, document.metadata, std::move(options));
    }
    std::optional<PagesToPdf> to_pdf;
    if (pdf) to_pdf.emplace(*pdf, fonts, request.draft, stop);
    DiscardedPages discarded;
    layout::PageSink& sink = to_pdf ? static_cast<layout::PageSink&>(*to_pdf) : discarded;
    layout::LayoutSummary laid_out;
    auto lay_out = [&](layout::PageSink& pages) {
      laid_out = layout::layout_document(document, fonts, resources.hyphenator(), pages,
                                         resources.draws_alongside_layout());
    };
    if (resources.draws_alongside_layout() && pdf) {
      layout::lay_out_alongside(lay_out, sink);
    } else {
      lay_out(sink);
    }
    for (const std::string& warning : laid_out.warnings) {
      report.notes.push_back(problem_line(diag::Severity::warning, "naskah build", warning));
    }
    for (diag::Diagnostic& found : laid_out.diagnostics) report.diagnostics.add(std::move(found));
    if (stopped()) return rendered;
    std::string docx_bytes;
    if (make_docx) {
      failed_file = request.docx_output;
      const DocxWriter write_docx = docx_writer.load();
      if (write_docx == nullptr) throw docx::DocxError(text::tr_text("this program does not write DOCX (naskah-full does)"));
      docx_bytes = write_docx(document, docx::DocxInputs{fonts, resources.hyphenator(), laid_out.anchor_labels,
                                                         request.draft ? std::string(draft_mark) : std::string()});
    }
    document = {};  // the pages are drawn: the tree goes before the file is put together
    if (stopped()) return rendered;
    if (destination == Destination::memory) {
      if (pdf) rendered.pdf = pdf->finish(laid_out.outline);
      if (make_docx) rendered.docx = std::move(docx_bytes);
      return rendered;
    }
    if (pdf) {
      failed_file = request.output;
      if (request.placer != nullptr) {
        pdf->finish(laid_out.outline, request.output, *request.placer, request.placed);
      } else {
        pdf->finish(laid_out.outline, request.output);
      }
    }
    if (make_docx) {
      failed_file = request.docx_output;
      io::write_file_atomically(request.docx_output, docx_bytes);
    }
    report.written = true;
  } catch (const Stopped&) {
    report.cancelled = true;
  } catch (const pdf::PdfError& e) {
    report.notes.push_back(problem_line(diag::Severity::error, failed_file, e.what()));
  } catch (const io::FileError& e) {
    report.notes.push_back(problem_line(diag::Severity::error, failed_file, e.what()));
  } catch (const docx::DocxError& e) {
    report.notes.push_back(problem_line(diag::Severity::error, failed_file, e.what()));
  }
  return rendered;
}

}  // namespace

void use_docx_writer(DocxWriter writer) { docx_writer.store(writer); }
bool can_write_docx() { return docx_writer.load() != nullptr; }

RenderedPlan render_plan(std::string_view plan_text, const BuildRequest& request, BuildResources& resources,
                         const std::atomic<bool>* stop) {
  return make_pdf(plan_text, request, resources, stop, Destination::memory);
}

BuildReport build_plan(const BuildRequest& request, BuildResources& resources, const std::atomic<bool>* stop) {
  diag::Diagnostics unreadable;
  const std::optional<std::string> text = plan::read_plan_source(request.plan_path, unreadable);
  if (!text) {
    BuildReport report;
    report.diagnostics = std::move(unreadable);
    add_not_written(report, request);
    return report;
  }
  return make_pdf(*text, request, resources, stop, Destination::file).report;
}

}  // namespace naskah::cli
