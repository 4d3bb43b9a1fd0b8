#include "naskah/docx/docx_writer.hpp"

#include "body_writer.hpp"
#include "package_parts.hpp"
#include "xml_part.hpp"

namespace naskah::docx {
namespace {

using namespace detail;

constexpr const char* main_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

/// The look of the document's ordinary text: its first paragraph of the template's body style, else its first
/// paragraph with text.
RunLook ordinary_text(const compose::Document& document, const text::FontSet& fonts) {
  const compose::Span* first = nullptr;
  for (const compose::PageSequence& sequence : document.sequences) {
    for (const compose::Block& block : sequence.blocks) {
      const auto* paragraph = std::get_if<compose::Paragraph>(&block);
      if (paragraph == nullptr || paragraph->spans.empty()) continue;
      if (paragraph->style.name == "body") return run_look(paragraph->spans.front(), fonts);
      if (first == nullptr) first = &paragraph->spans.front();
    }
  }
  RunLook look;
  if (first != nullptr) look = run_look(*first, fonts);
  look.bold = look.italic = look.underline = false;
  look.color = "000000";
  return look;
}

}  // namespace

std::string write_docx(const compose::Document& document, const DocxInputs& inputs) {
  Relationships relationships;
  std::vector<std::pair<std::string, std::string>> overrides{
      {"/word/document.xml", std::string(main_type) + "document.main+xml"},
      {"/word/styles.xml", std::string(main_type) + "styles+xml"},
      {"/word/settings.xml", std::string(main_type) + "settings+xml"},
      {"/word/numbering.xml", std::string(main_type) + "numbering+xml"},
      {"/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"},
      {"/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"},
  };
  relationships.add("styles", "styles.xml");
  relationships.add("settings", "settings.xml");
  relationships.add("numbering", "numbering.xml");

  StyleSheet styles(ordinary_text(document, inputs.fonts));
  Numbering numbering;
  Media media(relationships);
  const Bookmarks bookmarks(document);
  BodyWriter body(inputs, styles, numbering, media, bookmarks,
                  part_start(std::string("w:document xmlns:w=\"") + ns_w + "\" xmlns:r=\"" + ns_r + "\" xmlns:wp=\"" +
                             ns_wp + "\" xmlns:a=\"" + ns_a + "\" xmlns:pic=\"" + ns_pic + "\"") +
                      "<w:body>");

  // Footers: one for unnumbered pages, one per look of the page number; the draft's header.
  std::vector<std::pair<std::string, std::string>> footers;  // part name, bytes
  std::map<std::string, std::string> footer_by_bytes;         // bytes → relationship id
  auto footer = [&](const compose::PageSequence& sequence) {
    std::string bytes =
        footer_part(sequence.page, sequence.numbering != compose::PageNumbering::none, inputs.fonts);
    if (auto it = footer_by_bytes.find(bytes); it != footer_by_bytes.end()) return it->second;
    const std::string name = "footer" + std::to_string(footers.size() + 1) + ".xml";
    const std::string id = relationships.add("footer", name);
    overrides.emplace_back("/word/" + name, std::string(main_type) + "footer+xml");
    footer_by_bytes.emplace(bytes, id);
    footers.emplace_back(name, std::move(bytes));
    return id;
  };
  std::string header;
  if (!inputs.watermark.empty()) {
    header = relationships.add("header", "header1.xml");
    overrides.emplace_back("/word/header1.xml", std::string(main_type) + "header+xml");
  }
  for (std::size_t i = 0; i < document.sequences.size(); ++i) {
    const compose::PageSequence& sequence = document.sequences[i];
    body.sequence(sequence, SectionReferences{footer(sequence), header}, i + 1 == document.sequences.size());
  }
  if (document.sequences.empty()) body.sequence(compose::PageSequence{}, SectionReferences{footer({}), header}, true);

  std::string main = body.finish("</w:body></w:document>");

  ZipWriter zip({document.metadata.year, document.metadata.month, document.metadata.day});
  zip.add("[Content_Types].xml", content_types_part(overrides, media.has_png(), media.has_jpeg()));
  zip.add("_rels/.rels", package_relationships_part());
  zip.add("docProps/core.xml", core_properties_part(document.metadata));
  zip.add("docProps/app.xml", app_properties_part(document.metadata));
  zip.add("word/document.xml", std::move(main));
  zip.add("word/styles.xml", styles.part());
  zip.add("word/settings.xml", settings_part());
  zip.add("word/numbering.xml", numbering.part());
  for (auto& [name, bytes] : footers) zip.add("word/" + name, std::move(bytes));
  if (!inputs.watermark.empty()) zip.add("word/header1.xml", watermark_header_part(inputs.watermark, styles.normal().font));
  media.store(zip);
  zip.add("word/_rels/document.xml.rels", relationships.part());
  return zip.finish();
}

}  // namespace naskah::docx
