// The DOCX's properties of runs and paragraphs (src/docx/formatting): line spacing as Word's multiple of the font's
// line, only what differs from a style written, and runs that must not break kept whole.
#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <sstream>

#include "../src/docx/formatting.hpp"
#include "fake_metrics.hpp"

using namespace naskah;
using namespace naskah::docx::detail;

namespace {

compose::Span span(const std::string& text, double size) {
  compose::Span s;
  s.text = text;
  s.size = size;
  return s;
}

std::string xml_of(const pugi::xml_node& node) {
  std::ostringstream out;
  node.print(out, "", pugi::format_raw);
  return out.str();
}

}  // namespace

TEST_CASE("line spacing is Word's multiple of the largest type's own line, exact without text", "[docx]") {
  const test::FixedWidthMetrics metrics;
  const double single = metrics.line_spacing({}) * 12 / 1000.0;
  CHECK(line_spacing(1.5 * single, {span("a", 12)}, metrics) == LineSpacing{360, false});
  CHECK(line_spacing(single, {span("a", 10), span("b", 12)}, metrics) == LineSpacing{240, false});
  CHECK(line_spacing(14, {}, metrics) == LineSpacing{280, true});
}

TEST_CASE("only what differs from the style is written", "[docx]") {
  pugi::xml_document document;
  RunLook base;
  base.font = "Liberation Sans";
  RunLook bold = base;
  bold.bold = true;
  pugi::xml_node same = document.append_child("w:r");
  write_run_properties(same, base, &base);
  CHECK_FALSE(same.child("w:rPr"));
  pugi::xml_node differing = document.append_child("w:r");
  write_run_properties(differing, bold, &base);
  CHECK(xml_of(differing.child("w:rPr")) == "<w:rPr><w:b w:val=\"1\"/></w:rPr>");

  ParagraphLook look;
  look.align = "both";
  look.first = 709;
  ParagraphLook centred = look;
  centred.align = "center";
  ParagraphExtras extras;
  extras.style = "Isi";
  pugi::xml_node paragraph = document.append_child("w:p");
  write_paragraph_properties(paragraph, centred, &look, extras);
  CHECK(xml_of(paragraph.child("w:pPr")) == "<w:pPr><w:pStyle w:val=\"Isi\"/><w:jc w:val=\"center\"/></w:pPr>");
}

TEST_CASE("a run kept together has no space or hyphen a line may end at", "[docx]") {
  pugi::xml_document document;
  pugi::xml_node run = document.append_child("w:r");
  write_run_text(run, "Rp 1.000 s-d", true);
  CHECK(xml_of(run) ==
        "<w:r><w:t xml:space=\"preserve\">Rp\u00A01.000\u00A0s</w:t><w:noBreakHyphen/><w:t xml:space=\"preserve\">d</w:t></w:r>");
  pugi::xml_node lines = document.append_child("w:r");
  write_run_text(lines, "BAB I\nPENDAHULUAN", false);
  CHECK(xml_of(lines) ==
        "<w:r><w:t xml:space=\"preserve\">BAB I</w:t><w:br/><w:t xml:space=\"preserve\">PENDAHULUAN</w:t></w:r>");
}
