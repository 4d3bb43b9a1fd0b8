#include "naskah/plan/rencana_replace.hpp"

#include "naskah/plan/rencana_xml.hpp"
#include "naskah/text/translate.hpp"
#include "xml_reader.hpp"
#include "xml_splice.hpp"
#include "xml_syntax.hpp"

namespace naskah::plan {

std::optional<ReplacedRencana> replace_rencana(std::string_view plan_text, const std::string& file,
                                               const Rencana& rencana, diag::Diagnostics& out) {
  detail::ParseContext context(plan_text, file, out);
  pugi::xml_document document;
  const unsigned options = pugi::parse_default | pugi::parse_ws_pcdata;
  pugi::xml_parse_result parsed = document.load_buffer(plan_text.data(), plan_text.size(), options, pugi::encoding_utf8);
  if (!parsed) {
    detail::SyntaxProblem problem = detail::explain_parse_failure(plan_text, parsed);
    context.error(context.position(problem.offset), "xml-syntax", problem.message);
    return std::nullopt;
  }
  pugi::xml_node root = document.document_element();
  pugi::xml_node old = root.child("rencana");
  if (!old) {
    context.error(root ? context.element_position(root) : Pos{1, 1}, "missing-element",
                  text::tr("the plan has no <rencana> in its <rkt> to replace"));
    return std::nullopt;
  }
  const std::size_t start = detail::element_start(old);
  const std::size_t end = detail::element_end(plan_text, start);
  const detail::XmlLayout layout = detail::layout_at(plan_text, old);
  ReplacedRencana result;
  result.text = detail::apply_edits(
      plan_text, {detail::TextEdit{start, end, rencana_xml(rencana, {layout.indent, layout.step, layout.newline})}});
  result.old_first_line = context.position(start).line;
  result.old_last_line = context.position(end - 1).line;
  return result;
}

}  // namespace naskah::plan
