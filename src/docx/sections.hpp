#pragma once
// Internal to the DOCX writer: a page sequence as a Word section — paper, orientation, margins, page numbering
// (i, ii … or 1, 2 …, restarted where the sequence restarts it) — with its footer: the page number centred in the
// template's face, a PAGE field, or nothing on unnumbered pages (the cover). A draft's header holds Word's own
// watermark, "KONSEP" across the page.

#include <pugixml.hpp>

#include <string>

#include "formatting.hpp"

namespace naskah::docx::detail {

/// The footer of pages numbered in `style`'s footer face (footer.xml): the page number centred, or, for unnumbered
/// pages, nothing.
std::string footer_part(const compose::PageStyle& style, bool numbered, const text::FontSet& fonts);

/// A header holding Word's watermark: `mark` across the page, in the family `font`, half transparent.
std::string watermark_header_part(const std::string& mark, const std::string& font);

struct SectionReferences {
  std::string footer;  ///< the relationship id of the section's footer
  std::string header;  ///< of its header; empty: none
};

/// <w:sectPr> of the sequence, appended to `parent` (a paragraph's pPr, or the body for the last section).
void add_section_properties(pugi::xml_node parent, const compose::PageSequence& sequence,
                            const SectionReferences& references, const text::FontMetrics& metrics);

}  // namespace naskah::docx::detail
