#pragma once
/// A plan's text with its <rencana> replaced, as naskah import --into writes it: the new element (rencana_xml)
/// stands in the old one's place, indented as the old one and its children were, with the file's line ends, and
/// every byte outside it stays as the planner wrote it — the chapters, the comments, the layout (the splicing of
/// naskah init, plan/xml_splice).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "naskah/diag/diagnostic.hpp"
#include "naskah/plan/model.hpp"

namespace naskah::plan {

struct ReplacedRencana {
  std::string text;                 ///< the new plan
  std::uint32_t old_first_line = 0; ///< the lines the old <rencana> took in the old text, from its '<' …
  std::uint32_t old_last_line = 0;  ///< … to its end tag's '>'
};

/// Nothing, with the reason in `out`, when the text is not well-formed XML [xml-syntax] or has no <rencana> in its
/// root [missing-element]; other faults of the plan are left to its parse and check.
std::optional<ReplacedRencana> replace_rencana(std::string_view plan_text, const std::string& file,
                                               const Rencana& rencana, diag::Diagnostics& out);

}  // namespace naskah::plan
