// The DOCX's styles (src/docx/style_sheet): named in Indonesian for what they are, made once from the first paragraph
// that asks, their ids as Word makes them.
#include <catch2/catch.hpp>

#include <set>

#include "../src/docx/style_sheet.hpp"
#include "compose_fixture.hpp"

using namespace naskah;
using namespace naskah::docx::detail;

TEST_CASE("every style of the templates naskah ships has an Indonesian name in Word", "[docx]") {
  for (const char* folder : {"rkt", "perjanjian-kinerja"}) {
    compose::TemplateLoad loaded = compose::load_template(test::source_dir + "/templates/" + folder);
    REQUIRE(loaded.value);
    std::set<std::string> names;
    for (const compose::TemplateStyle& style : loaded.value->styles) {
      INFO(folder << ": " << style.name);
      CHECK(style_display_name(style.name) != style.name);
      CHECK(names.insert(style_display_name(style.name)).second);  // no two alike
    }
  }
  CHECK(style_display_name("title") == "Judul Bab");
  CHECK(style_display_name("a-style-of-a-plan's-own") == "a-style-of-a-plan's-own");
}

TEST_CASE("a style is made by the first paragraph that asks for it, its id from its name", "[docx]") {
  StyleSheet sheet(RunLook{});
  ParagraphLook first;
  first.align = "both";
  ParagraphLook second;
  second.align = "center";
  const Style& made = sheet.paragraph_style("subbab", first, RunLook{});
  CHECK(made.id == "JudulSubbab");
  CHECK(made.name == "Judul Subbab");
  CHECK(sheet.paragraph_style("subbab", second, RunLook{}).paragraph.align == "both");
  // A name that comes to an id already taken is numbered.
  CHECK(sheet.paragraph_style("Judul-Subbab", second, RunLook{}).id == "JudulSubbab2");
  const std::string part = sheet.part();
  CHECK(part.find("<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"JudulSubbab\"><w:name w:val=\"Judul Subbab\"/>") !=
        std::string::npos);
}
