#pragma once
/// A rencana written as the plan format's <rencana> element (docs/plan-format.md), laid out as planners write it:
/// one element a line, children indented one step deeper, a start tag too long for a line continued on the next
/// with its attributes lined up. Reading it back gives the same rencana.
///
/// Each fact is written where the plan format puts it once: a ket on the program, and on a kegiatan or sub kegiatan
/// only where it differs from the one it would inherit; amounts with dots between thousands.

#include <string>

#include "naskah/plan/model.hpp"

namespace naskah::plan {

struct XmlIndentation {
  std::string indent;       ///< of the <rencana> line itself
  std::string step = "  ";  ///< one level deeper
  std::string newline = "\n";
};

/// From "<rencana" to "</rencana>": the first line without indent, as it takes the place of the old element's '<'.
std::string rencana_xml(const Rencana& rencana, const XmlIndentation& layout);

}  // namespace naskah::plan
