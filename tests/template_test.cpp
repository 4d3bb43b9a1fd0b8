#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../src/compose/template_values.hpp"
#include "naskah/compose/template.hpp"
#include "naskah/diag/report.hpp"
#include "compose_fixture.hpp"

using namespace naskah;
using namespace naskah::test;
using compose::load_template;
using compose::load_template_text;

namespace {

constexpr double cm = 72.0 / 2.54;

}  // namespace

TEST_CASE("the default template loads cleanly with the official typography", "[template]") {
  compose::TemplateLoad load = load_template(template_dir);
  for (const auto& d : load.diagnostics.all()) UNSCOPED_INFO(diag::format_text(d));
  CHECK(load.diagnostics.empty());
  REQUIRE(load.value.has_value());
  const compose::Template& t = *load.value;
  CHECK(t.file == template_dir + "/template.xml");

  // F4 (215 × 330 mm), margins 4 cm on the binding side and 3 cm elsewhere, as tata naskah dinas sets them.
  CHECK(t.page.width == Approx(215 / 25.4 * 72));
  CHECK(t.page.height == Approx(330 / 25.4 * 72));
  CHECK(t.page.margin_top == Approx(3 * cm));
  CHECK(t.page.margin_left == Approx(4 * cm));
  CHECK(t.page.margin_right == Approx(3 * cm));
  CHECK(t.page.margin_bottom == Approx(3 * cm));
  CHECK(t.page.footer_distance == Approx(1.5 * cm));

  REQUIRE(t.fonts.size() == 2);
  CHECK(t.fonts[0].family == "Liberation Sans");

  // Arial's metric twin at 12 pt, "1,5 spasi": 1.5 × the font's own line height, set when the font is known (until
  // then counted as 1.15 × the size, as Liberation's lines are).
  const compose::TemplateStyle& body = t.styles.at(t.paragraph_style);
  CHECK(body.name == "body");
  CHECK(t.fonts.at(body.font).family == "Liberation Sans");
  CHECK(body.size == 12);
  CHECK_FALSE(body.bold);
  CHECK(body.line_spacing == 1.5);
  CHECK(body.paragraph.line_height == Approx(1.5 * 1.15 * 12));
  CHECK(body.paragraph.align == compose::Align::justify);
  CHECK(body.paragraph.first_indent == Approx(1.25 * cm));

  // based-on: the chapter title inherits the heading's bold and keep-with-next, and its "1,5 spasi" at 14 pt.
  const compose::TemplateStyle& title = t.styles.at(t.chapter->style);
  CHECK(title.name == "title");
  CHECK(title.bold);
  CHECK(title.size == 14);
  CHECK(title.line_spacing == 1.5);
  CHECK(title.paragraph.line_height == Approx(1.5 * 1.15 * 14));
  CHECK(title.paragraph.align == compose::Align::center);
  CHECK(title.paragraph.keep_with_next);
  CHECK(title.paragraph.first_indent == 0);
  CHECK_FALSE(title.paragraph.hyphenate);

  CHECK(t.lists.bullet == "\u2022");
  CHECK(t.lists.indent == Approx(1 * cm));
  CHECK(t.lists.label_gap == 6);
  CHECK(t.chapter->numbering == plan::NumberStyle::upper_roman);
  REQUIRE(t.chapter->lines.size() == 2);
  CHECK(t.chapter->lines[1].text_case == compose::TextCase::upper);
  CHECK(t.section->numbering == plan::NumberStyle::upper_alpha);
  REQUIRE(t.section->label.pieces.size() == 2);
  CHECK(t.section->label.pieces[0].placeholder);
  CHECK(t.section->label.pieces[0].text == "nomor");
  CHECK(t.section->label.pieces[1].text == ".");

  CHECK(t.signature->indent.fraction);
  CHECK(t.signature->indent.resolve(t.page.text_width()) == Approx(t.page.text_width() / 2));
  CHECK(t.styles.at(t.find_style("signature-name").value()).underline);

  REQUIRE(t.cover->size() == 7);
  const auto& first = std::get<compose::TemplateLine>((*t.cover)[0]);
  // The document's name, and what a revision adds to it ({perubahan}, nothing in the plan of January).
  REQUIRE(first.text.pieces.size() == 2);
  CHECK(first.text.pieces[0].text == "RENCANA KINERJA TAHUNAN (RKT) ");
  CHECK(first.text.pieces[1].placeholder);
  CHECK(first.text.pieces[1].text == "perubahan");
  CHECK(first.text_case == compose::TextCase::upper);
  CHECK(first.text.where.line == static_cast<std::uint32_t>(line_of("RENCANA KINERJA TAHUNAN (RKT) {perubahan}</line>")));
  const auto& year = std::get<compose::TemplateLine>((*t.cover)[6]);
  REQUIRE(year.text.pieces.size() == 2);
  CHECK(year.text.pieces[0].text == "TAHUN ");
  CHECK(year.text.pieces[1].text == "tahun");
}

TEST_CASE("a missing template folder or template.xml is a clear error", "[template]") {
  compose::TemplateLoad none = load_template("/nonexistent/templates/rkt");
  REQUIRE(none.diagnostics.all().size() == 1);
  CHECK(diag::format_text(none.diagnostics.all()[0]) ==
        "/nonexistent/templates/rkt/template.xml: error: there is no template folder \"/nonexistent/templates/rkt\"; "
        "a template is a folder holding template.xml (see docs/templates.md) [template-missing]");

  const std::string folder = std::string(NASKAH_SOURCE_DIR) + "/templates";
  compose::TemplateLoad empty = load_template(folder);
  REQUIRE(empty.diagnostics.all().size() == 1);
  CHECK(diag::format_text(empty.diagnostics.all()[0]) ==
        folder + "/template.xml: error: cannot read the template: No such file or directory; a template is a folder "
                 "holding template.xml (see docs/templates.md) [template-missing]");
  CHECK_FALSE(empty.value.has_value());
}

TEST_CASE("a bad length names the attribute, the value and the units", "[template]") {
  const int line = line_of("<style name=\"body\"");
  CHECK(template_diagnostics(edited("size=\"12pt\"", "size=\"12 furlongs\"")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(line) +
                                 ":36: error: size=\"12 furlongs\" on <style>: \"furlongs\" is not a unit of length; "
                                 "use mm, cm, pt or in [bad-length]"});
  const int margins = line_of("<margins");
  CHECK(template_diagnostics(edited("top=\"3cm\"", "top=\"3\"")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(margins) +
                                 ":14: error: top=\"3\" on <margins>: a length needs a unit: mm, cm, pt or in (e.g. "
                                 "12pt) [bad-length]"});
  CHECK(template_diagnostics(edited("left=\"4cm\"", "left=\"3,5cm\"")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(margins) +
                                 ":37: error: left=\"3,5cm\" on <margins>: write the decimal point as '.', e.g. "
                                 "1.25cm [bad-length]"});
}

TEST_CASE("line-spacing is a word processor's spacing: a multiple of the font's own line height", "[template]") {
  // The default template's body: Liberation Sans, whose line is 905 + 212 + 31 = 1148 thousandths of its size:
  // "1,5 spasi" at 12 pt is 20.66 pt, not 18 (1.5 × the size), which the same style with line-height="1.5" gives.
  auto body_line_height = [](const compose::Template& t) {
    Composed c;
    plan::ParseResult parsed = plan::parse_plan_file(source_dir + "/samples/rkt-2024-setwan-luwu-timur.xml");
    REQUIRE(parsed.plan);
    compose::Template bare = t;
    bare.body.clear();
    bare.foreword_text.reset();
    compose_into(c, *parsed.plan, bare);
    for (const auto& sequence : c.document.sequences) {
      for (const auto& block : sequence.blocks) {
        const auto* p = std::get_if<compose::Paragraph>(&block);
        if (p != nullptr && p->style.first_indent > 0) return p->style.line_height;
      }
    }
    FAIL("no body paragraph");
    return 0.0;
  };
  CHECK(body_line_height(default_template()) == Approx(1.5 * 1.148 * 12));
  compose::TemplateLoad load = compose::load_template_text(
      edited("<style name=\"body\" font=\"body\" size=\"12pt\" line-spacing=\"1.5\"",
             "<style name=\"body\" font=\"body\" size=\"12pt\" line-height=\"1.5\""),
      template_dir, "t.xml");
  REQUIRE(load.value);
  CHECK(body_line_height(*load.value) == Approx(18));
  // One or the other, never both.
  CHECK(template_diagnostics(edited("line-spacing=\"1.5\"", "line-height=\"1.5\" line-spacing=\"1.5\"")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(line_of("<style name=\"body\"")) +
                                 ":66: error: line-spacing=\"1.5\" on <style>: give a style line-height or "
                                 "line-spacing, not both [bad-value]"});
}

TEST_CASE("sizes, margins and indents that leave no room for text are refused", "[template]") {
  const int line = line_of("<style name=\"body\"");
  CHECK(template_diagnostics(edited("size=\"12pt\"", "size=\"2000pt\"")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(line) +
                                 ":36: error: size=\"2000pt\" on <style>: a font size is more than 0 and at most 600pt "
                                 "[bad-length]"});
  const int page = line_of("<page");
  CHECK(template_diagnostics(edited("top=\"3cm\" bottom=\"3cm\"", "top=\"16cm\" bottom=\"16cm\"")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(page) +
                                 ":3: error: the margins leave less than 1 inch for the text [bad-length]"});
  CHECK(template_diagnostics(edited("first-indent=\"1.25cm\"/>", "first-indent=\"100cm\"/>")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(line) +
                                 ":5: error: the indents of style \"body\" leave less than 1 inch of the 14.5 cm text "
                                 "width to its lines [bad-length]"});
}

TEST_CASE("an unknown style, font, element, attribute or placeholder is reported with a suggestion", "[template]") {
  const std::string paragraphs = std::to_string(line_of("<paragraphs"));
  CHECK(template_diagnostics(edited("<paragraphs style=\"body\"/>", "<paragraphs style=\"bodi\"/>")) ==
        std::vector<std::string>{"t.xml:" + paragraphs +
                                 ":15: error: style=\"bodi\" on <paragraphs>: there is no style \"bodi\" in <styles>; "
                                 "did you mean \"body\"? [unknown-style]"});

  // A bad based-on is one error, not also a missing font and size.
  const std::string item = std::to_string(line_of("<style name=\"list-item\""));
  CHECK(template_diagnostics(edited("<style name=\"list-item\" based-on=\"body\"", "<style name=\"list-item\" based-on=\"bodyy\"")) ==
        std::vector<std::string>{"t.xml:" + item +
                                 ":29: error: based-on=\"bodyy\" on <style>: there is no style \"bodyy\" in <styles>; "
                                 "did you mean \"body\"? [unknown-style]"});

  const std::string body = std::to_string(line_of("<style name=\"body\""));
  CHECK(template_diagnostics(edited("font=\"body\"", "font=\"bdy\"")) ==
        std::vector<std::string>{"t.xml:" + body +
                                 ":24: error: font=\"bdy\" on <style>: there is no font \"bdy\" in <fonts>; did you "
                                 "mean \"body\"? [unknown-font]"});

  CHECK(template_diagnostics(edited("align=\"justify\"", "aligne=\"justify\"")) ==
        std::vector<std::string>{"t.xml:" + body +
                                 ":67: error: unknown attribute \"aligne\" on <style>; did you mean \"align\"? "
                                 "[unknown-attribute]"});

  CHECK(template_diagnostics(edited("<paragraphs style=\"body\"/>", "<paragraph style=\"body\"/>")) ==
        std::vector<std::string>{
            "t.xml:8:1: error: the template has no <paragraphs>; see docs/templates.md [missing-element]",
            "t.xml:" + paragraphs + ":3: error: unknown element <paragraph> in <template>; did you mean <paragraphs>? "
                                    "[unknown-element]"});

  const std::string cover = std::to_string(line_of("TAHUN {tahun}</line>"));
  CHECK(template_diagnostics(edited("TAHUN {tahun}</line>", "TAHUN {tahunn}</line>")) ==
        std::vector<std::string>{"t.xml:" + cover +
                                 ":36: error: unknown placeholder {tahunn}; did you mean {tahun}? [unknown-placeholder]"});

  // {judul} belongs to headings: on the cover it is unknown.
  CHECK(template_diagnostics(edited("{instansi}</line>", "{judul}</line>")).at(0).find("unknown placeholder {judul}") !=
        std::string::npos);
}

TEST_CASE("a style based on itself is reported, not followed for ever", "[template]") {
  const std::string line = std::to_string(line_of("<style name=\"body\""));
  CHECK(template_diagnostics(edited("<style name=\"body\" font=\"body\"", "<style name=\"body\" based-on=\"list-item\" font=\"body\"")) ==
        std::vector<std::string>{
            "t.xml:" + line + ":24: error: style \"body\" is based on itself (body → list-item → body) [style-cycle]"});
}

TEST_CASE("the wrong namespace and malformed XML are reported", "[template]") {
  CHECK(template_diagnostics(edited("urn:naskah:template:1", "urn:naskah:template:2")) ==
        std::vector<std::string>{"t.xml:8:11: error: the template is in the format \"urn:naskah:template:2\"; this "
                                 "naskah reads \"urn:naskah:template:1\" [namespace]"});
  std::vector<std::string> broken = template_diagnostics(edited("</cover>", "</cov>"));
  REQUIRE(broken.size() == 1);
  CHECK(broken[0].find("[xml-syntax]") != std::string::npos);
}

TEST_CASE("lengths, line heights and extents", "[template]") {
  using compose::detail::parse_extent;
  using compose::detail::parse_length;
  using compose::detail::parse_line_height;
  CHECK(*parse_length("3cm").value == Approx(85.0394));
  CHECK(*parse_length("2.5 cm").value == Approx(70.8661));
  CHECK(*parse_length("25.4mm").value == Approx(72));
  CHECK(*parse_length("1in").value == 72);
  CHECK(*parse_length("12pt").value == 12);
  CHECK(*parse_length("0").value == 0);
  CHECK(*parse_length("-0.5cm", true).value == Approx(-14.1732));
  CHECK(parse_length("-0.5cm").error == "a length here cannot be negative");
  CHECK(parse_length("12").error == "a length needs a unit: mm, cm, pt or in (e.g. 12pt)");
  CHECK(parse_length("cm").error == "a length starts with a number, e.g. 12pt or 2.5cm");
  CHECK(parse_length("2m").error == "\"m\" is not a unit of length; use mm, cm, pt or in");

  CHECK(parse_line_height("1.5").value->factor);
  CHECK(parse_line_height("1.5").value->value == 1.5);
  CHECK_FALSE(parse_line_height("18pt").value->factor);
  CHECK(parse_line_height("18pt").value->value == 18);
  CHECK(parse_line_height("0").error == "a factor of the font size is above 0 and at most 10, e.g. 1.5");

  using compose::detail::parse_line_spacing;
  CHECK(parse_line_spacing("1.5").value->font_lines);
  CHECK(parse_line_spacing("1,5").value->value == 1.5);  // as Indonesian writes it: "1,5 spasi"
  CHECK_FALSE(parse_line_spacing("1.5").value->factor);
  CHECK(parse_line_spacing("18pt").error ==
        "a multiple of the font's line height is above 0 and at most 10, e.g. 1.5 (\"1,5 spasi\")");

  CHECK(parse_extent("50%").value->fraction);
  CHECK(parse_extent("50%").value->value == 0.5);
  CHECK(parse_extent("8cm").value->value == Approx(226.7717));
  CHECK(parse_extent("150%").error == "a percentage of the text width is from 0% to 100%");
}

TEST_CASE("figures, table captions, the organisation chart and the bab's subtitles in the default template",
          "[template]") {
  const compose::Template& t = default_template();
  REQUIRE(t.figures);
  REQUIRE(t.figures->list);
  CHECK(t.styles.at(t.figures->style).name == "caption");
  REQUIRE(t.figures->label.pieces.size() == 4);
  CHECK(t.figures->label.pieces[0].text == "Gambar ");
  CHECK(t.figures->label.pieces[1].text == "bab");
  CHECK(t.figures->label.pieces[3].text == "nomor");
  REQUIRE(t.table_captions);
  CHECK(t.table_captions->label.pieces[0].text == "Tabel ");
  REQUIRE(t.org_chart);
  CHECK(t.org_chart->unit_case == compose::TextCase::upper);
  CHECK(t.org_chart->look.max_box_width == Approx(3.8 / 2.54 * 72));
  CHECK(t.styles.at(t.org_chart->unit_style).bold);
  REQUIRE(t.chapter->subtitles_at);
  CHECK(*t.chapter->subtitles_at == 2);
  CHECK(t.chapter->subtitles_case == compose::TextCase::upper);
}

TEST_CASE("mistakes in figures, captions and the organisation chart are reported at their attribute", "[template]") {
  const std::string figures = std::to_string(line_of("<figures "));
  CHECK(template_diagnostics(edited("list-title=\"DAFTAR GAMBAR\" ", "")) ==
        std::vector<std::string>{"t.xml:" + figures +
                                 ":3: error: <figures> has list-style but no list-title: the list's title is its "
                                 "heading [missing-attribute]"});
  const std::vector<std::string> label =
      template_diagnostics(edited("label=\"Gambar {bab}.{nomor}\"", "label=\"Gambar {bab}.{nomer}\""));
  INFO(label.at(0));
  CHECK(label.at(0).find("unknown placeholder {nomer}") != std::string::npos);
  CHECK(template_diagnostics(edited("min-box-width=\"2.2cm\"", "min-box-width=\"5cm\"")) ==
        std::vector<std::string>{"t.xml:" + std::to_string(line_of("min-box-width=")) +
                                 ":54: error: min-box-width=\"5cm\" on <org-chart>: the narrowest box is wider than the "
                                 "widest (max-box-width=\"3.8cm\") [bad-length]"});
  CHECK(template_diagnostics(edited("unit-style=\"org-unit\"", "unit-style=\"org-unt\"")).at(0).find(
            "there is no style \"org-unt\" in <styles>; did you mean \"org-unit\"?") != std::string::npos);
  CHECK(template_diagnostics(edited("<subtitles case=\"upper\"/>", "<subtitles case=\"upper\"/><subtitles/>")).at(0).find(
            "<chapter> has one <subtitles>; this is a second one [duplicate-element]") != std::string::npos);
}
