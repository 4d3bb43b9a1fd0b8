#pragma once
/// A signature block's columns as layout sets them: a name that must stand on one line widens its column or steps its
/// type down (layout/signature_layouter), and columns side by side are lined up by their blanks — a column with fewer
/// lines than another between two blanks gets empty lines — so that the i-th parts of all columns make row i. What
/// the signature layouter draws, and what a writer that sets the block as a table of rows (the DOCX's) puts in them.

#include <vector>

#include "naskah/compose/document.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::layout {

std::vector<compose::SignatureColumn> signature_columns(const compose::SignatureBlock& block, double text_width,
                                                        const text::FontMetrics& metrics,
                                                        const text::Hyphenator* hyphenator = nullptr);

}  // namespace naskah::layout
