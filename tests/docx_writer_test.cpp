// The DOCX of the sample, read back as Word reads it: a package whose parts are declared, related and well-formed;
// the same bytes every time; styles named for what they are with the template's type; sections as the page
// sequences; the table of contents a TOC field with layout's page numbers; the annex with its measured columns,
// repeated header and merged spans; lists numbered by Word; the chart a picture.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <ctime>
#include <set>

#include "docx_fixture.hpp"
#include "naskah/layout/org_chart.hpp"
#include "naskah/layout/table_layout.hpp"

using namespace naskah;
using test::Package;
using test::sample_docx;

namespace {

const Package& sample_package() {
  static const Package package(sample_docx().bytes);
  return package;
}

pugi::xml_node body() { return sample_package().root("word/document.xml").child("w:body"); }

/// The document tree's blocks of every kind, groups opened.
template <typename Block>
std::vector<const Block*> all_of(const compose::Document& document) {
  std::vector<const Block*> found;
  std::function<void(const std::vector<compose::Block>&)> walk = [&](const std::vector<compose::Block>& blocks) {
    for (const compose::Block& block : blocks) {
      if (const auto* wanted = std::get_if<Block>(&block)) found.push_back(wanted);
      if (const auto* group = std::get_if<compose::Group>(&block)) walk(group->blocks);
    }
  };
  for (const compose::PageSequence& sequence : document.sequences) walk(sequence.blocks);
  return found;
}

long twips(double points) { return std::lround(points * 20); }

}  // namespace

TEST_CASE("the DOCX package: every part declared, every relationship leading to a part, all of it well-formed",
          "[docx]") {
  const Package& package = sample_package();  // unzipped by libzip with its consistency check; every XML part parsed
  REQUIRE(package.entries.front().first == "[Content_Types].xml");
  for (const char* part : {"_rels/.rels", "word/document.xml", "word/styles.xml", "word/settings.xml",
                           "word/numbering.xml", "docProps/core.xml", "docProps/app.xml",
                           "word/_rels/document.xml.rels"}) {
    CHECK(package.has(part));
  }
  // Content types: an override for every XML part but the relationships, a default for every other extension.
  const pugi::xml_node types = package.root("[Content_Types].xml");
  std::set<std::string> overridden, defaults;
  for (pugi::xml_node o : types.children("Override")) overridden.insert(o.attribute("PartName").value());
  for (pugi::xml_node d : types.children("Default")) defaults.insert(d.attribute("Extension").value());
  for (const auto& [name, bytes] : package.entries) {
    if (name == "[Content_Types].xml") continue;
    const std::string extension = name.substr(name.rfind('.') + 1);
    INFO(name);
    if (extension == "xml") {
      CHECK(overridden.count("/" + name) == 1);
    } else {
      CHECK(defaults.count(extension) == 1);
    }
  }
  for (const std::string& part : overridden) CHECK(package.has(part.substr(1)));
  // Relationships: of the package and of the document, each to a part that exists; every id the document uses is one.
  for (pugi::xml_node r : package.root("_rels/.rels").children("Relationship")) CHECK(package.has(r.attribute("Target").value()));
  std::set<std::string> ids;
  for (pugi::xml_node r : package.root("word/_rels/document.xml.rels").children("Relationship")) {
    CHECK(package.has(std::string("word/") + r.attribute("Target").value()));
    CHECK(ids.insert(r.attribute("Id").value()).second);
  }
  const pugi::xml_node document = package.root("word/document.xml");
  for (const char* reference : {"//w:footerReference/@r:id", "//a:blip/@r:embed"}) {
    const pugi::xpath_node_set used = document.select_nodes(reference);
    CHECK(used.size() > 0);
    for (const pugi::xpath_node& id : used) CHECK(ids.count(id.attribute().value()) == 1);
  }
  // The main part holds the body; the document's date is the plan's.
  CHECK(document.name() == std::string("w:document"));
  CHECK(std::string(package.root("docProps/core.xml").child("dcterms:created").text().get()) == "2024-01-02T00:00:00Z");
}

TEST_CASE("the DOCX is the same bytes for the same document, in any time zone", "[docx]") {
  const test::SampleDocx& sample = sample_docx();
  const char* zone = std::getenv("TZ");
  const std::string before = zone ? zone : "";
  for (const char* other : {"Asia/Makassar", "America/Los_Angeles"}) {
    setenv("TZ", other, 1);
    tzset();
    const std::string again = docx::write_docx(
        sample.composed.document, {sample.composed.fonts, sample.hyphenator.get(), sample.laid_out.anchor_labels, ""});
    CHECK(again == sample.bytes);
  }
  if (zone) {
    setenv("TZ", before.c_str(), 1);
  } else {
    unsetenv("TZ");
  }
  tzset();
}

TEST_CASE("the DOCX's styles are named for what they are and carry the template's type and spacing", "[docx]") {
  const compose::Document& document = sample_docx().composed.document;
  const text::FontSet& fonts = sample_docx().composed.fonts;
  const pugi::xml_node styles = sample_package().root("word/styles.xml");
  // The body text: "Isi", in the template's family and size, with its line spacing as Word's multiple of a line.
  const compose::Paragraph* body_paragraph = nullptr;
  for (const compose::Paragraph* p : all_of<compose::Paragraph>(document)) {
    if (p->style.name == "body" && !p->spans.empty()) {
      body_paragraph = p;
      break;
    }
  }
  REQUIRE(body_paragraph != nullptr);
  const compose::Span& span = body_paragraph->spans.front();
  const pugi::xml_node defaults = styles.child("w:docDefaults").child("w:rPrDefault").child("w:rPr");
  CHECK(std::string(defaults.child("w:rFonts").attribute("w:ascii").value()) == fonts.files(span.face.family).family);
  CHECK(defaults.child("w:sz").attribute("w:val").as_int() == std::lround(span.size * 2));
  const pugi::xml_node isi = styles.find_child_by_attribute("w:style", "w:styleId", "Isi");
  REQUIRE(isi);
  CHECK(std::string(isi.child("w:name").attribute("w:val").value()) == "Isi");
  const double single = fonts.line_spacing(span.face) * span.size / 1000.0;
  CHECK(isi.child("w:pPr").child("w:spacing").attribute("w:line").as_int() ==
        std::lround(240 * body_paragraph->style.line_height / single));
  CHECK(std::string(isi.child("w:pPr").child("w:spacing").attribute("w:lineRule").value()) == "auto");
  CHECK(isi.child("w:pPr").child("w:ind").attribute("w:firstLine").as_int() == twips(body_paragraph->style.first_indent));
  CHECK(std::string(isi.child("w:pPr").child("w:jc").attribute("w:val").value()) == "both");
  // The chapters' titles and the subbab headings have styles of their own, with the heading's bold.
  for (const char* name : {"Judul Bab", "Judul Subbab"}) {
    const pugi::xml_node style = styles.find_child_by_attribute("w:style", "w:styleId",
                                                                 std::string(name).erase(std::string(name).find(' '), 1).c_str());
    INFO(name);
    REQUIRE(style);
    CHECK(std::string(style.child("w:name").attribute("w:val").value()) == name);
    CHECK(std::string(style.child("w:rPr").child("w:b").attribute("w:val").value()) == "1");
  }
  // A body paragraph names its style and carries nothing of its own: an edit of the style changes them all.
  std::size_t plain = 0;
  for (const pugi::xpath_node& p : body().select_nodes("w:p[w:pPr/w:pStyle/@w:val='Isi']")) {
    if (!p.node().child("w:pPr").child("w:spacing") && !p.node().child("w:pPr").child("w:ind") &&
        !p.node().select_node("w:r/w:rPr/w:rFonts") && !p.node().select_node("w:r/w:rPr/w:sz")) {
      ++plain;
    }
  }
  CHECK(plain >= 10);
}

TEST_CASE("the DOCX's sections are the page sequences: paper, orientation, margins and numbering", "[docx]") {
  const compose::Document& document = sample_docx().composed.document;
  const pugi::xpath_node_set sections = body().select_nodes(".//w:sectPr");
  REQUIRE(sections.size() == document.sequences.size());
  CHECK(body().last_child().name() == std::string("w:sectPr"));  // the last section's, at the body's end
  const pugi::xml_node rels = sample_package().root("word/_rels/document.xml.rels");
  for (std::size_t i = 0; i < sections.size(); ++i) {
    const pugi::xml_node section = sections[i].node();
    const compose::PageSequence& sequence = document.sequences[i];
    INFO("section " << i);
    CHECK(section.child("w:pgSz").attribute("w:w").as_int() == twips(sequence.page.width));
    CHECK(section.child("w:pgSz").attribute("w:h").as_int() == twips(sequence.page.height));
    CHECK((std::string(section.child("w:pgSz").attribute("w:orient").value()) == "landscape") ==
          (sequence.page.width > sequence.page.height));
    CHECK(section.child("w:pgMar").attribute("w:left").as_int() == twips(sequence.page.margin_left));
    CHECK(section.child("w:pgMar").attribute("w:top").as_int() == twips(sequence.page.margin_top));
    const pugi::xml_node numbers = section.child("w:pgNumType");
    // The footer: a PAGE field where pages are numbered, nothing on the cover.
    const std::string footer = rels.find_child_by_attribute("Relationship", "Id",
                                                            section.child("w:footerReference").attribute("r:id").value())
                                   .attribute("Target")
                                   .value();
    const bool has_page_field =
        sample_package().root("word/" + footer).select_node(".//w:instrText[contains(., 'PAGE')]") != nullptr;
    switch (sequence.numbering) {
      case compose::PageNumbering::none:
        CHECK_FALSE(numbers);
        CHECK_FALSE(has_page_field);
        break;
      case compose::PageNumbering::lower_roman:
        CHECK(std::string(numbers.attribute("w:fmt").value()) == "lowerRoman");
        CHECK(has_page_field);
        break;
      case compose::PageNumbering::arabic:
        CHECK(std::string(numbers.attribute("w:fmt").value()) == "decimal");
        CHECK(has_page_field);
        break;
    }
    CHECK(numbers.attribute("w:start").as_int(0) == (sequence.restart_numbering && numbers ? 1 : 0));
  }
}

TEST_CASE("the DOCX's table of contents is a TOC field showing the page numbers naskah laid out", "[docx]") {
  const test::SampleDocx& sample = sample_docx();
  const pugi::xml_node toc = body().select_node(".//w:instrText[starts-with(., ' TOC ')]").node();
  REQUIRE(toc);
  CHECK(std::string(toc.text().get()).find("\\h") != std::string::npos);
  // Every entry of DAFTAR ISI: a hyperlink to the bookmark on its heading, and a PAGEREF whose result is the label.
  const compose::TableOfContents* contents = all_of<compose::TableOfContents>(sample.composed.document).front();
  const pugi::xpath_node_set entries = body().select_nodes("w:p[w:pPr/w:pStyle[starts-with(@w:val, 'TOC')]]");
  REQUIRE(entries.size() >= contents->entries.size());
  for (std::size_t i = 0; i < contents->entries.size(); ++i) {
    const compose::TocEntry& entry = contents->entries[i];
    const pugi::xml_node paragraph = entries[i].node();
    const std::string bookmark = paragraph.child("w:hyperlink").attribute("w:anchor").value();
    INFO(test::text_of(entry.spans));
    REQUIRE_FALSE(bookmark.empty());
    const pugi::xml_node target = body().select_node((".//w:bookmarkStart[@w:name='" + bookmark + "']").c_str()).node();
    REQUIRE(target);
    std::string heading = test::paragraph_text(target.parent());
    std::replace_if(heading.begin(), heading.end(), [](char c) { return c == '\t' || c == '\n'; }, ' ');
    CHECK(heading.find(test::text_of(entry.spans)) != std::string::npos);
    CHECK(std::string(paragraph.select_node(".//w:instrText[contains(., 'PAGEREF')]").node().text().get()) ==
          " PAGEREF " + bookmark + " \\h ");
    const std::string shown = test::paragraph_text(paragraph);
    CHECK(shown.substr(shown.rfind('\t') + 1) == sample.laid_out.anchor_labels.at(entry.anchor));
  }
  // Its headings carry their outline level, which the field collects when Word updates it.
  CHECK(body().select_nodes("w:p[w:pPr/w:outlineLvl]").size() >= contents->entries.size() - 1);
}

TEST_CASE("the DOCX's annex: the columns layout measured, the header repeated, spans merged, the sums", "[docx][table]") {
  const test::SampleDocx& sample = sample_docx();
  const compose::Document& document = sample.composed.document;
  const compose::PageSequence& annex = document.sequences.back();
  const compose::Table* matrix = nullptr;
  for (const compose::Table* table : all_of<compose::Table>(document)) {
    if (table->fit_columns && table->body_rows.size() > 20) matrix = table;
  }
  REQUIRE(matrix != nullptr);
  const std::vector<double> widths = layout::table_column_widths(
      *matrix, sample.composed.fonts, sample.hyphenator.get(),
      annex.page.height - annex.page.margin_top - annex.page.margin_bottom);
  // The table of the annex: the one with as many grid columns and header rows.
  pugi::xml_node table;
  for (const pugi::xpath_node& t : body().select_nodes("w:tbl")) {
    if (t.node().child("w:tblGrid").select_nodes("w:gridCol").size() == widths.size() &&
        t.node().select_nodes("w:tr").size() == matrix->header_rows.size() + matrix->body_rows.size()) {
      table = t.node();
    }
  }
  REQUIRE(table);
  std::size_t k = 0;
  for (pugi::xml_node column : table.child("w:tblGrid").children("w:gridCol")) {
    CHECK(column.attribute("w:w").as_int() == twips(std::max(widths[k++], 1.0)));
  }
  CHECK(table.select_nodes("w:tr[w:trPr/w:tblHeader]").size() == matrix->header_rows.size());
  // Every row covers every grid column; a cell spanning rows restarts a merge that the rows below continue.
  std::size_t spanning = 0;
  for (const compose::TableRow& row : matrix->body_rows) {
    for (const compose::TableCell& cell : row.cells) spanning += cell.row_span > 1 ? 1 : 0;
  }
  for (const pugi::xpath_node& row : table.select_nodes("w:tr")) {
    std::size_t covered = 0;
    for (pugi::xml_node cell : row.node().children("w:tc")) {
      covered += static_cast<std::size_t>(cell.child("w:tcPr").child("w:gridSpan").attribute("w:val").as_int(1));
    }
    CHECK(covered == widths.size());
  }
  CHECK(table.select_nodes(".//w:vMerge[@w:val='restart']").size() == spanning);
  CHECK(table.select_nodes(".//w:vMerge[not(@w:val)]").size() > spanning);
  // The sums: JUMLAH and TOTAL rows with their amounts, as the document tree has them.
  std::string all;
  for (const pugi::xpath_node& p : table.select_nodes(".//w:p")) all += test::paragraph_text(p.node()) + "\n";
  for (const compose::TableRow& row : matrix->body_rows) {
    for (const compose::TableCell& cell : row.cells) {
      const std::string text = test::text_of(cell.spans);
      if (text == "JUMLAH" || text == "TOTAL") CHECK(all.find(text) != std::string::npos);
    }
  }
  CHECK(all.find("45.072.130.355") != std::string::npos);
}

TEST_CASE("the DOCX's lists are Word's numbering, one list a numbering of its own", "[docx]") {
  const compose::Document& document = sample_docx().composed.document;
  std::map<std::uint32_t, const compose::ListNumbering*> lists;
  std::size_t items = 0;
  for (const compose::Paragraph* p : all_of<compose::Paragraph>(document)) {
    if (p->label && p->label->numbering) {
      lists.emplace(p->label->numbering->list, &*p->label->numbering);
      ++items;
    }
  }
  REQUIRE(items > 0);
  CHECK(body().select_nodes("w:p[w:pPr/w:numPr]").size() == items);
  const pugi::xml_node numbering = sample_package().root("word/numbering.xml");
  CHECK(numbering.select_nodes("w:num").size() == lists.size());
  // The first list: its format and its label, "%1." for "#.".
  const compose::ListNumbering& first = *lists.begin()->second;
  const pugi::xml_node level = numbering.child("w:abstractNum").child("w:lvl");
  CHECK(std::string(level.child("w:numFmt").attribute("w:val").value()) ==
        (first.format == compose::ListFormat::decimal ? "decimal" : "bullet"));
  if (first.format == compose::ListFormat::decimal && first.pattern == "#.") {
    CHECK(std::string(level.child("w:lvlText").attribute("w:val").value()) == "%1.");
  }
  CHECK(level.child("w:start").attribute("w:val").as_int() == first.start);
}

TEST_CASE("the DOCX's signature block is a borderless table with the name on a row of its own", "[docx]") {
  const compose::SignatureBlock* block = all_of<compose::SignatureBlock>(sample_docx().composed.document).front();
  std::string name;
  for (const compose::SignaturePart& part : block->columns.front().parts) {
    if (const auto* line = std::get_if<compose::SignatureLine>(&part)) {
      if (!line->spans.empty() && line->spans.front().underline) name = test::text_of(line->spans);
    }
  }
  REQUIRE_FALSE(name.empty());
  const pugi::xml_node table = body().select_node("w:tbl[.//w:t[contains(., 'ASWAN')]]").node();
  REQUIRE(table);
  CHECK(std::string(table.child("w:tblPr").child("w:tblBorders").child("w:top").attribute("w:val").value()) == "nil");
  CHECK(table.select_nodes("w:tr").size() == block->columns.front().parts.size());
  CHECK(table.select_nodes("w:tr[w:trPr/w:cantSplit]").size() == table.select_nodes("w:tr").size());
  // The name's spaces do not break: it stands on one line.
  const pugi::xml_node run = table.select_node(".//w:r[w:t[contains(., 'ASWAN')]]").node();
  CHECK(std::string(run.child("w:t").text().get()).find("ASWAN\u00A0AZIS") != std::string::npos);
  CHECK(std::string(run.child("w:rPr").child("w:u").attribute("w:val").value()) == "single");
}

TEST_CASE("the DOCX's organisation chart is a picture of layout's drawing, at its size", "[docx]") {
  const test::SampleDocx& sample = sample_docx();
  const std::vector<const compose::OrgChart*> charts = all_of<compose::OrgChart>(sample.composed.document);
  REQUIRE(charts.size() == 1);
  const compose::PageStyle& page = sample.composed.document.sequences[2].page;
  const layout::OrgChartDrawing drawing = layout::org_chart_on_page(
      *charts.front(), page.width - page.margin_left - page.margin_right,
      page.height - page.margin_top - page.margin_bottom, sample.composed.fonts, sample.hyphenator.get());
  const pugi::xpath_node_set pictures = body().select_nodes(".//wp:inline");
  bool found = false;
  for (const pugi::xpath_node& picture : pictures) {
    const pugi::xml_node extent = picture.node().child("wp:extent");
    if (extent.attribute("cx").as_llong() == std::llround(drawing.width * 12700) &&
        extent.attribute("cy").as_llong() == std::llround(drawing.height * 12700)) {
      found = true;
      CHECK(std::string(picture.node().child("wp:docPr").attribute("descr").value()).find("SEKRETARIS DPRD") !=
            std::string::npos);
    }
  }
  CHECK(found);
  std::size_t pngs = 0;
  for (const auto& [name, bytes] : sample_package().entries) {
    if (name.starts_with("word/media/") && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) ++pngs;
  }
  CHECK(pngs == 2);  // the lambang, and the chart
}

TEST_CASE("a draft's DOCX has Word's watermark on every page, a signed one has none", "[docx]") {
  const test::SampleDocx& sample = sample_docx();
  CHECK_FALSE(sample_package().has("word/header1.xml"));
  CHECK_FALSE(body().select_node(".//w:headerReference"));
  const Package draft(docx::write_docx(
      sample.composed.document, {sample.composed.fonts, sample.hyphenator.get(), sample.laid_out.anchor_labels, "KONSEP"}));
  const pugi::xml_node header = draft.root("word/header1.xml");
  const pugi::xml_node shape = header.select_node(".//v:shape").node();
  CHECK(std::string(shape.attribute("id").value()) == "PowerPlusWaterMarkObject1");
  CHECK(std::string(shape.child("v:textpath").attribute("string").value()) == "KONSEP");
  CHECK(draft.root("word/document.xml").select_nodes(".//w:headerReference[@w:type='default']").size() ==
        sample.composed.document.sequences.size());
}
