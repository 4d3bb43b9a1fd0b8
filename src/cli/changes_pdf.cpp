#include "changes_pdf.hpp"

#include "commands.hpp"
#include "naskah/compose/compose.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/font_set.hpp"

namespace naskah::cli {

RenderedChanges render_changes(const plan::PlanDiff& d, const plan::Plan& after, const std::string& after_path,
                               const BuildRequest& request, BuildResources& resources) {
  RenderedChanges rendered;
  auto chosen = resources.find_template(request.template_choice, after.template_name, after_path, rendered.problems,
                                        rendered.notes);
  if (!chosen) return rendered;
  text::FontSet fonts;
  compose::Document document = compose::compose_changes(
      d, after, *chosen, fonts, font_folders(request.font_dirs, resources, *chosen), rendered.problems);
  rendered.inputs = document_inputs(*chosen, fonts, document);
  if (rendered.problems.has_errors()) return rendered;
  layout::LayoutResult laid_out = layout::layout_document(document, fonts, resources.hyphenator());
  try {
    rendered.pdf = pdf::render_pdf(std::move(laid_out.document), fonts);
  } catch (const pdf::PdfError& e) {
    rendered.notes.push_back(problem_line(diag::Severity::error, "naskah diff", e.what()));
  }
  return rendered;
}

}  // namespace naskah::cli
