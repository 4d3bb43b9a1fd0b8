#pragma once
// For the DOCX tests: the sample composed, laid out and written as a DOCX once, and a DOCX unpacked — its entries in
// the archive's order, each part's XML parsed by pugixml — so that tests read what Word would read.

#include <zip.h>

#include <pugixml.hpp>

#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "compose_fixture.hpp"
#include "naskah/docx/docx_writer.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/text/font_set.hpp"
#include "naskah/text/hyphenator.hpp"

namespace naskah::test {

/// A zip archive's entries in order: name and bytes, as libzip reads them.
inline std::vector<std::pair<std::string, std::string>> unzipped(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    throw std::runtime_error("not a zip archive libzip reads");
  }
  std::vector<std::pair<std::string, std::string>> entries;
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat);
    std::string content(stat.size, '\0');
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    if (file == nullptr || zip_fread(file, content.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
      throw std::runtime_error(std::string("cannot read ") + stat.name);
    }
    zip_fclose(file);
    entries.emplace_back(stat.name, std::move(content));
  }
  zip_close(archive);
  return entries;
}

/// A DOCX unpacked: its parts by name, the XML ones parsed.
struct Package {
  std::vector<std::pair<std::string, std::string>> entries;
  std::map<std::string, std::shared_ptr<pugi::xml_document>> xml;

  explicit Package(const std::string& bytes) : entries(unzipped(bytes)) {
    for (const auto& [name, content] : entries) {
      if (name.ends_with(".xml") || name.ends_with(".rels")) {
        auto document = std::make_shared<pugi::xml_document>();
        const pugi::xml_parse_result parsed = document->load_buffer(content.data(), content.size());
        if (!parsed) throw std::runtime_error(name + " is not well-formed XML: " + parsed.description());
        xml.emplace(name, std::move(document));
      }
    }
  }
  [[nodiscard]] bool has(const std::string& name) const {
    for (const auto& entry : entries) {
      if (entry.first == name) return true;
    }
    return false;
  }
  /// A part's root element (a null node when there is no such part).
  [[nodiscard]] pugi::xml_node root(const std::string& name) const {
    auto it = xml.find(name);
    return it == xml.end() ? pugi::xml_node() : it->second->document_element();
  }
};

/// The text of a paragraph (w:t, tabs as '\t', breaks as '\n'), field codes left out.
inline std::string paragraph_text(const pugi::xml_node& paragraph) {
  std::string out;
  pugi::xpath_node_set nodes = paragraph.select_nodes(".//w:t | .//w:tab[parent::w:r] | .//w:br");
  nodes.sort();
  for (const pugi::xpath_node& node : nodes) {
    const std::string name = node.node().name();
    out += name == "w:t" ? std::string(node.node().text().get()) : name == "w:tab" ? "\t" : "\n";
  }
  return out;
}

/// Liberation Serif as family 0: the fonts of documents made by hand in the tests.
inline const text::FontSet& liberation_serif() {
  static const text::FontSet* fonts = [] {
    auto* set = new text::FontSet();
    std::string error;
    const auto files = text::resolve_family("Liberation Serif", {NASKAH_SOURCE_DIR}, &error);
    if (!files) throw std::runtime_error(error);
    set->add_family(*files);
    return set;
  }();
  return *fonts;
}

/// A document of one A4 page sequence holding `blocks`.
inline compose::Document document_of(std::vector<compose::Block> blocks) {
  compose::Document document;
  compose::PageSequence sequence;
  sequence.blocks = std::move(blocks);
  document.sequences.push_back(std::move(sequence));
  document.metadata.year = 2025;
  return document;
}

/// A span of text in Liberation Serif 12.
inline compose::Span serif(std::string text, double size = 12) {
  compose::Span span;
  span.text = std::move(text);
  span.size = size;
  return span;
}

/// The DOCX of a document made by hand, unpacked; its body.
struct HandMade {
  Package package;
  explicit HandMade(const compose::Document& document, const std::map<std::string, std::string>& labels = {})
      : package(docx::write_docx(document, {liberation_serif(), nullptr, labels, ""})) {}
  [[nodiscard]] pugi::xml_node body() const { return package.root("word/document.xml").child("w:body"); }
};

/// The sample composed with the whole default template (standard text included), as naskah build composes it.
inline const Composed& sample_as_built() {
  static Composed c;
  static const bool composed = [] {
    plan::ParseResult parsed = plan::parse_plan_file(source_dir + "/samples/rkt-2024-setwan-luwu-timur.xml");
    if (!parsed.plan) throw std::runtime_error("the sample does not parse");
    compose_into(c, *parsed.plan, default_template());
    return true;
  }();
  (void)composed;
  return c;
}

/// The sample, composed and laid out once, and its DOCX.
struct SampleDocx {
  const Composed& composed = sample_as_built();
  std::shared_ptr<const text::Hyphenator> hyphenator = text::Hyphenator::indonesian();
  layout::LayoutSummary laid_out;
  std::string bytes;

  SampleDocx() {
    layout::CollectingSink pages;
    laid_out = layout::layout_document(composed.document, composed.fonts, hyphenator.get(), pages);
    bytes = docx::write_docx(composed.document, {composed.fonts, hyphenator.get(), laid_out.anchor_labels, ""});
  }
};

inline const SampleDocx& sample_docx() {
  static const SampleDocx sample;
  return sample;
}

}  // namespace naskah::test
