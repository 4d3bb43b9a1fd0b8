// The DOCX's body, block by block (src/docx/body_writer): documents made by hand, written and read back.
#include <catch2/catch.hpp>

#include "docx_fixture.hpp"

using namespace naskah;
using test::HandMade;
using test::serif;

namespace {

compose::Paragraph paragraph(const std::string& text, const std::string& style = "body") {
  compose::Paragraph p;
  p.spans = {serif(text)};
  p.style.name = style;
  p.style.line_height = 18;
  return p;
}

std::string attribute(const pugi::xml_node& node, const char* path, const char* name) {
  return node.select_node(path).node().attribute(name).value();
}

}  // namespace

TEST_CASE("a page break starts the next paragraph on a new page, a spacer is an empty paragraph exactly as tall",
          "[docx]") {
  const HandMade docx(test::document_of({paragraph("Satu"), compose::PageBreak{}, paragraph("Dua"),
                                         compose::Spacer{30}, paragraph("Tiga")}));
  const pugi::xpath_node_set paragraphs = docx.body().select_nodes("w:p");
  REQUIRE(paragraphs.size() == 4);
  CHECK_FALSE(paragraphs[0].node().select_node("w:pPr/w:pageBreakBefore"));
  CHECK(paragraphs[1].node().select_node("w:pPr/w:pageBreakBefore"));
  CHECK(test::paragraph_text(paragraphs[1].node()) == "Dua");
  CHECK(attribute(paragraphs[2].node(), "w:pPr/w:spacing", "w:line") == "600");
  CHECK(attribute(paragraphs[2].node(), "w:pPr/w:spacing", "w:lineRule") == "exact");
  CHECK(test::paragraph_text(paragraphs[2].node()).empty());
}

TEST_CASE("a group kept together keeps each of its blocks with the next, the last one as the group is kept", "[docx]") {
  compose::Group group;
  group.blocks = {paragraph("Malili, 2 Januari 2025"), paragraph("KEPALA")};
  const HandMade docx(test::document_of({group, paragraph("Sesudahnya")}));
  const pugi::xpath_node_set paragraphs = docx.body().select_nodes("w:p");
  REQUIRE(paragraphs.size() == 3);
  CHECK(paragraphs[0].node().select_node("w:pPr/w:keepNext"));
  CHECK_FALSE(paragraphs[1].node().select_node("w:pPr/w:keepNext"));
  CHECK_FALSE(paragraphs[2].node().select_node("w:pPr/w:keepNext"));
}

TEST_CASE("a subbab's label is set before a tab to where its text starts, a list item is numbered by Word", "[docx]") {
  compose::Paragraph heading = paragraph("Latar Belakang", "subbab");
  heading.style.left_indent = 20;
  heading.style.first_indent = 0;
  heading.label = compose::Label{{serif("A.")}, 6, std::nullopt};
  compose::Paragraph item = paragraph("Undang-Undang", "list-item");
  item.style.left_indent = 30;
  item.label = compose::Label{{serif("1.")}, 6, compose::ListNumbering{7, 0, compose::ListFormat::decimal, "#.", 1, 30}};
  // A label wider than the room before the text: it starts at the margin and pushes the text to its tab.
  compose::Paragraph narrow = heading;
  narrow.style.left_indent = 10;
  const HandMade docx(test::document_of({heading, item, narrow}));
  const pugi::xpath_node_set paragraphs = docx.body().select_nodes("w:p");
  REQUIRE(paragraphs.size() == 3);
  CHECK(test::paragraph_text(paragraphs[0].node()) == "A.\tLatar Belakang");
  CHECK(attribute(paragraphs[0].node(), "w:pPr/w:tabs/w:tab", "w:pos") == "400");
  // The label "A." (Liberation Serif 12: 8.664 + 3.0 = 11.664 pt wide) ends 6 pt before the text at 20 pt, as
  // layout sets it: it starts at 2.336 pt (47 twips), 353 twips left of the text.
  CHECK(attribute(paragraphs[0].node(), "w:pPr/w:ind", "w:left") == "400");
  CHECK(attribute(paragraphs[0].node(), "w:pPr/w:ind", "w:hanging") == "353");
  CHECK(test::paragraph_text(paragraphs[1].node()) == "Undang-Undang");
  CHECK(attribute(paragraphs[1].node(), "w:pPr/w:numPr/w:numId", "w:val") == "1");
  CHECK(attribute(paragraphs[1].node(), "w:pPr/w:ind", "w:hanging") == "120");
  // At 10 pt there is no room: the label starts at 0 and the text 6 pt after it, at 17.664 pt (353 twips).
  CHECK(attribute(paragraphs[2].node(), "w:pPr/w:ind", "w:hanging") == "200");
  CHECK(attribute(paragraphs[2].node(), "w:pPr/w:tabs/w:tab", "w:pos") == "353");
}

TEST_CASE("a table of contents of headings collects outline levels, one of captions collects their style", "[docx]") {
  compose::Paragraph bab = paragraph("BAB I", "title");
  bab.anchor = "bab-1";
  bab.outline = layout::OutlineEntry{"BAB I", "bab-1", 0};
  compose::Paragraph caption = paragraph("Gambar 1.1 Bagan", "caption");
  caption.anchor = "gambar-1";
  compose::TableOfContents headings;
  headings.entries.push_back(compose::TocEntry{{serif("BAB I")}, "bab-1", 0, true});
  compose::TableOfContents figures;
  figures.entries.push_back(compose::TocEntry{{serif("Gambar 1.1 Bagan")}, "gambar-1", 0, true});
  const HandMade docx(test::document_of({headings, figures, bab, caption}), {{"bab-1", "7"}, {"gambar-1", "8"}});
  const pugi::xpath_node_set fields = docx.body().select_nodes(".//w:instrText[starts-with(., ' TOC')]");
  REQUIRE(fields.size() == 2);
  CHECK(std::string(fields[0].node().text().get()) == " TOC \\o \"1-1\" \\h \\z \\u ");
  CHECK(std::string(fields[1].node().text().get()) == " TOC \\h \\z \\t \"Keterangan Gambar,1\" ");
  const pugi::xpath_node_set entries = docx.body().select_nodes("w:p[w:pPr/w:pStyle/@w:val='TOC1']");
  REQUIRE(entries.size() == 2);
  CHECK(test::paragraph_text(entries[0].node()) == "BAB I\t7");
  CHECK(test::paragraph_text(entries[1].node()) == "Gambar 1.1 Bagan\t8");
  // The heading carries its outline level and the bookmark the entry leads to.
  const pugi::xml_node heading = docx.body().select_node("w:p[w:bookmarkStart]").node();
  CHECK(attribute(heading, "w:pPr/w:outlineLvl", "w:val") == "0");
  CHECK(std::string(heading.child("w:bookmarkStart").attribute("w:name").value()) ==
        entries[0].node().child("w:hyperlink").attribute("w:anchor").value());
}

TEST_CASE("an image is an inline picture at its size, stored once however often it is shown", "[docx]") {
  compose::ImageBlock logo;
  logo.path = test::source_dir + "/samples/lambang.png";
  logo.width = 100;
  logo.height = 120;
  const HandMade docx(test::document_of({logo, logo}));
  const pugi::xpath_node_set pictures = docx.body().select_nodes(".//wp:inline");
  REQUIRE(pictures.size() == 2);
  CHECK(pictures[0].node().child("wp:extent").attribute("cx").as_llong() == 100 * 12700);
  CHECK(pictures[0].node().child("wp:extent").attribute("cy").as_llong() == 120 * 12700);
  CHECK(std::string(pictures[0].node().select_node(".//a:blip").node().attribute("r:embed").value()) ==
        pictures[1].node().select_node(".//a:blip").node().attribute("r:embed").value());
  std::size_t media = 0;
  for (const auto& [name, bytes] : docx.package.entries) media += name.starts_with("word/media/") ? 1 : 0;
  CHECK(media == 1);
}

TEST_CASE("an image that is not a picture is an error naming it", "[docx]") {
  compose::ImageBlock bad;
  bad.path = test::source_dir + "/samples/rkt-2024-setwan-luwu-timur.xml";
  bad.width = bad.height = 10;
  CHECK_THROWS_WITH(docx::write_docx(test::document_of({bad}), {test::liberation_serif(), nullptr, {}, ""}),
                    "the image " + bad.path + " is neither PNG nor JPEG");
}
