#pragma once
/// A watermark across every page: "KONSEP" on the versions of a plan that are not the signed one, so that a draft
/// printed and passed around can never be taken for the official document.

#include <string_view>

#include "naskah/layout/page.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::layout {

/// Puts `text` in `face`, light grey, along each page's diagonal from lower left to upper right, centred and as
/// large as 55 % of the diagonal, behind everything else on the page (drawn first, opaque: PDF/A-1 allows no
/// transparency). Words under it stay legible.
void add_watermark(LaidOutDocument& document, std::string_view text, text::FontFace face,
                   const text::FontMetrics& metrics);
/// The same on one page.
void add_watermark(Page& page, std::string_view text, text::FontFace face, const text::FontMetrics& metrics);

}  // namespace naskah::layout
