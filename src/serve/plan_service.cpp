#include "plan_service.hpp"

#include <fmt/format.h>

#include <array>
#include <filesystem>
#include <stdexcept>

#include "changes_pdf.hpp"
#include "naskah/check/checker.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/plan/plan_diff.hpp"
#include "naskah/text/translate.hpp"
#include "plan_source.hpp"

namespace fs = std::filesystem;

namespace naskah::serve {
namespace {

/// The templates a request may choose, by the page's names: no other folder is ever read for one. With none
/// chosen, the plan's own template="…" when it is one of them (an LKjIP's plan is built as the LKjIP).
const char* template_of(const std::string& document, const std::string& plan_names) {
  static constexpr std::array<std::pair<std::string_view, const char*>, 3> offered{
      {{"rkt", "rkt"}, {"pk", "perjanjian-kinerja"}, {"lkjip", "laporan-kinerja"}}};
  for (const auto& [page_name, folder] : offered) {
    if (document == page_name) return folder;
  }
  for (const auto& [page_name, folder] : offered) {
    if (plan_names == folder) return folder;
  }
  return "rkt";
}

std::string json_list(const std::vector<std::string>& lines) {
  std::string out = "[";
  for (const std::string& line : lines) out += (out.size() > 1 ? "," : "") + diag::json_quote(line);
  return out + "]";
}

/// A failure the page lists: the diagnostics as naskah check --format json writes them, and other notes.
Reply problems(const std::string& plan, const diag::Diagnostics& diagnostics, const std::vector<std::string>& notes) {
  return {422, "application/json",
          fmt::format(R"({{"plan": {}, "diagnostics": {}, "notes": {}}})", diag::json_quote(plan),
                      diag::format_json(diagnostics.all()), json_list(notes)),
          ""};
}

}  // namespace

PlanService::PlanService(ServedFolder folder) : folder_(std::move(folder)) {}

std::string PlanService::listing_json() const {
  std::string out = "[";
  for (const ServedFile& file : folder_.list()) {
    out += fmt::format(R"({}{{"name": {}, "spreadsheet": {}}})", out.size() > 1 ? ", " : "",
                       diag::json_quote(file.name), file.spreadsheet);
  }
  return out + "]";
}

Reply PlanService::check(const PlanForm& form) {
  PlanSource source = plan_source(form, "", folder_);
  diag::Diagnostics all = source.diagnostics;
  if (source.usable()) {
    plan::ParseResult parsed = plan::parse_plan_text(source.text, source.path);
    all.append(parsed.diagnostics);
    // As naskah check: content rules on a plan with structural errors would report the errors' echoes.
    if (parsed.plan && !parsed.diagnostics.has_errors()) all.append(check::check_plan(*parsed.plan));
  }
  return {200, "application/json",
          fmt::format(R"({{"plan": {}, "source": {}, "diagnostics": {}, "errors": {}, "warnings": {}}})",
                      diag::json_quote(source.name), diag::json_quote(source.text), diag::format_json(all.all()),
                      all.count(diag::Severity::error), all.count(diag::Severity::warning)),
          ""};
}

Reply PlanService::build(const PlanForm& form) {
  PlanSource source = plan_source(form, "", folder_);
  if (!source.usable()) return problems(source.name, source.diagnostics, {});
  cli::BuildRequest request;
  request.plan_path = source.path;
  request.template_choice = template_of(form.value("document"), source.template_name);
  const bool docx = form.value("format") == "docx";
  request.formats = cli::OutputFormats{!docx, docx};
  request.draft = form.value("draft") == "1";
  if (const std::string paper = form.value("paper"); paper == "A4" || paper == "F4") {
    request.paper = paper == "A4" ? compose::Paper::a4 : compose::Paper::f4;
  }
  // Named as naskah batch names a plan's outputs: after the plan.
  const std::string file_name = fs::path(source.name).replace_extension(docx ? ".docx" : ".pdf").string();
  request.output = file_name;
  cli::RenderedPlan rendered = cli::render_plan(source.text, request, resources_);
  std::optional<std::string>& bytes = docx ? rendered.docx : rendered.pdf;
  if (!bytes) return problems(source.name, rendered.report.diagnostics, rendered.report.notes);
  return {200,
          docx ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/pdf",
          std::move(*bytes), file_name};
}

Reply PlanService::diff(const PlanForm& form) {
  PlanSource before = plan_source(form, "old_", folder_);
  PlanSource after = plan_source(form, "new_", folder_);
  diag::Diagnostics unreadable = before.diagnostics;
  unreadable.append(after.diagnostics);
  std::optional<plan::ParseResult> old_plan, new_plan;
  if (before.usable() && after.usable()) {
    old_plan = plan::parse_plan_text(before.text, before.path);
    new_plan = plan::parse_plan_text(after.text, after.path);
    unreadable.append(old_plan->diagnostics);
    unreadable.append(new_plan->diagnostics);
  }
  if (!old_plan || !new_plan || unreadable.has_errors() || !old_plan->plan || !new_plan->plan) {
    return problems(after.name, unreadable, {text::tr("cannot compare plans with errors; fix the errors above")});
  }
  plan::PlanDiff changes;
  try {
    changes = plan::diff_plans(*old_plan->plan, *new_plan->plan);
  } catch (const std::overflow_error& e) {
    return problems(after.name, unreadable, {e.what()});
  }
  cli::BuildRequest request;
  request.template_choice = template_of("rkt", "");
  cli::RenderedChanges rendered = cli::render_changes(changes, *new_plan->plan, after.path, request, resources_);
  if (!rendered.pdf) return problems(after.name, rendered.problems, rendered.notes);
  return {200, "application/pdf", std::move(*rendered.pdf),
          fmt::format("perubahan-{}", fs::path(after.name).replace_extension(".pdf").string())};
}

}  // namespace naskah::serve
