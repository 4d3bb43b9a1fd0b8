#pragma once
/// The fonts libharu 2.3.0 can embed: TrueType outlines (glyf and loca tables), an OS/2 table and a PostScript
/// name. Its LoadFontData refuses anything else, some of it only when the file is saved; naskah asks before the
/// first page is laid out, so that the planner hears which file is at fault, and not after a long layout.

#include <optional>
#include <string>

#include "naskah/text/font_set.hpp"

namespace naskah::pdf {

/// Why libharu cannot embed the file, phrased to follow "<path>: ", or nothing when it can.
std::optional<std::string> embedding_problem(const text::FontFileFacts& font);

/// Throws PdfError "<path>: <problem>" for the first face of the set whose file libharu cannot embed.
void check_embeddable(const text::FontSet& fonts);

}  // namespace naskah::pdf
