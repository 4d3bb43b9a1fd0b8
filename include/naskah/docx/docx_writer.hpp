#pragma once
/// The editable copy: a composed document (compose/document.hpp, the tree the PDF is laid out from) as a Word
/// document, WordprocessingML in an Office Open XML package (.docx) that Word 2016 and later and LibreOffice open.
/// It is the PDF's twin for editing before signing; the PDF remains the document of record (docs/docx.md).
///
/// The writer reads the document tree alone and shares no code with the PDF writer. Word paginates for itself, so
/// what layout decides is handed over where the DOCX needs it: the page labels of the anchors, which its table of
/// contents shows until the reader updates the field, and — through layout's own functions — the column widths of
/// measured tables and the organisation chart's drawing. Styles are named for what they are ("Judul Bab", "Isi")
/// and carry the template's fonts, sizes, spacing; every page sequence is a section with its paper, margins and page
/// numbering; lists are Word's numbering; the table of contents is a TOC field.
///
/// The output depends only on its input: every date is the document's (its metadata), never the clock.

#include <map>
#include <stdexcept>
#include <string>

#include "naskah/compose/document.hpp"
#include "naskah/text/font_set.hpp"

namespace naskah::text {
class Hyphenator;
}

namespace naskah::docx {

/// Any failure to make the DOCX: an image that cannot be read, the package that cannot be made.
class DocxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// What the DOCX takes from the rest of the build besides the document.
struct DocxInputs {
  const text::FontSet& fonts;  ///< the document's: family names, metrics for measured columns and the chart
  const text::Hyphenator* hyphenator = nullptr;
  /// The page label of every anchor, as layout numbered the PDF's pages (layout::LayoutSummary::anchor_labels).
  const std::map<std::string, std::string>& anchor_labels;
  /// Across every page, as Word's own watermark: a draft's "KONSEP". Empty: none.
  std::string watermark;
};

/// The .docx file's bytes. Throws DocxError.
[[nodiscard]] std::string write_docx(const compose::Document& document, const DocxInputs& inputs);

}  // namespace naskah::docx
