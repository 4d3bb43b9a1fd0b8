#pragma once
// Internal to the DOCX writer: the body of word/document.xml, block by block of the document tree. Each block is
// made as a small pugixml tree and written out at once (a table row by row), so that a long annex is never held as
// one tree of XML.
//
// Blocks become what Word has for them: a paragraph a paragraph of its style with its runs; a spacer an empty
// paragraph exactly as tall; a page break a break; an image an inline picture; an organisation chart the picture of
// layout's drawing of it (chart_picture.hpp); a table a table (table_writer.cpp); a signature block a borderless
// table whose rows hold the i-th parts of every column, so that names stay level; a group its blocks kept with the
// next ("keep with next") so that Word moves them together; the table of contents a TOC field whose result is the
// entries with the page numbers naskah's layout gave.

#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "bookmarks.hpp"
#include "formatting.hpp"
#include "media.hpp"
#include "naskah/docx/docx_writer.hpp"
#include "numbering.hpp"
#include "sections.hpp"
#include "style_sheet.hpp"

namespace naskah::docx::detail {

class BodyWriter {
 public:
  /// `start`: what the part holds before the body's content (its root, <w:body>), which the body is written after.
  BodyWriter(const DocxInputs& inputs, StyleSheet& styles, Numbering& numbering, Media& media,
             const Bookmarks& bookmarks, std::string start)
      : inputs_(inputs), styles_(styles), numbering_(numbering), media_(media), bookmarks_(bookmarks),
        out_(std::move(start)) {}

  /// Writes a page sequence's blocks, and then its section's properties: after its last paragraph when it is not
  /// the document's last section, at the body's end when it is.
  void sequence(const compose::PageSequence& sequence, const SectionReferences& references, bool last);

  /// The part: its start, the body's content, then `end` — handed over, not copied (an annex of 50,000 rows is
  /// some 200 MB of XML).
  [[nodiscard]] std::string finish(std::string_view end) {
    out_ += end;
    return std::move(out_);
  }

 private:
  /// `keep_together`: every block stays with the next (a group); `keep_last`: the last one too.
  void blocks(const std::vector<compose::Block>& blocks, bool keep_together, bool keep_last);
  void block(const compose::Block& block, bool keep);
  void paragraph(const compose::Paragraph& paragraph, bool keep);
  void spacer(double height, bool keep);
  void image(const compose::ImageBlock& image, bool keep);
  /// An empty paragraph exactly `height` tall, appended to `parent`.
  pugi::xml_node spacer_paragraph(pugi::xml_node parent, double height, bool keep);
  /// A paragraph holding a picture, appended to `parent`.
  pugi::xml_node picture_paragraph(pugi::xml_node parent, const std::string& relationship, double width, double height,
                                   compose::Align align, double left_indent, double space_before, bool keep,
                                   const std::string& description);
  /// A page break pending from a PageBreak block: the next paragraph starts a page, or a paragraph of its own does.
  bool take_page_break();
  void flush_page_break();
  void org_chart(const compose::OrgChart& chart, bool keep);
  void contents(const compose::TableOfContents& contents);
  void table(const compose::Table& table, bool keep);
  void signature(const compose::SignatureBlock& block, bool keep);

  /// The runs of `spans` appended to `paragraph`.
  void runs(pugi::xml_node paragraph, const std::vector<compose::Span>& spans, const RunLook& base);
  /// The bookmark of `anchor` around what follows in `paragraph` (its start; the end is added by end_bookmark).
  const Bookmark* start_bookmark(pugi::xml_node paragraph, const std::string& anchor);
  static void end_bookmark(pugi::xml_node paragraph, const Bookmark* bookmark);
  /// A table cell's paragraph, in the table text's style.
  pugi::xml_node cell_paragraph(pugi::xml_node cell, const std::vector<compose::Span>& spans, compose::Align align,
                                double line_height, bool keep);
  /// The TOC field's instruction for the entries of `contents`.
  std::string contents_field(const compose::TableOfContents& contents) const;

  /// Writes `node` out and clears the fragment it was made in.
  void emit(pugi::xml_node node);

  const DocxInputs& inputs_;
  StyleSheet& styles_;
  Numbering& numbering_;
  Media& media_;
  const Bookmarks& bookmarks_;
  std::string out_;
  pugi::xml_document fragment_;
  double text_width_ = 0;   ///< of the section being written
  double text_height_ = 0;
  unsigned pictures_ = 0;
  bool after_table_ = false;  ///< the last block written was a table: Word would join the next one to it
  bool page_break_ = false;   ///< a PageBreak not yet written
  /// The section that ends with the paragraph being written: its properties go into that paragraph's.
  const compose::PageSequence* ending_ = nullptr;
  const SectionReferences* ending_references_ = nullptr;
  void end_section_in(pugi::xml_node paragraph_properties);
};

}  // namespace naskah::docx::detail
