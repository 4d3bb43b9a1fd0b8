#include <catch2/catch.hpp>

#include "naskah/layout/page_dump.hpp"

using namespace naskah;

TEST_CASE("a page dump names every item with its position to 0.01 pt", "[layout][dump]") {
  layout::Page page;
  page.label = "ii";
  layout::TextRun run;
  run.x = 85.039;
  run.baseline = 100.2649;
  run.face = text::FontFace{1, true, false};
  run.size = 14;
  run.text = "KATA PENGANTAR";
  run.width = 119.385;
  page.items.emplace_back(layout::Anchor{"kata-pengantar", 85.0394});
  page.items.emplace_back(run);
  run.face = text::FontFace{0, false, true};
  run.word_spacing = 1.5;
  run.underline = true;
  run.color = layout::Color{255, 0, 0};
  run.text = "NIP";
  page.items.emplace_back(run);
  page.items.emplace_back(layout::Rule{85, 300, 510.2362, 300, 0.5, layout::Color{}});
  page.items.emplace_back(layout::Rect{85, 300, 425.2, 20, layout::Color{217, 217, 217}, std::nullopt, 0.5});
  page.items.emplace_back(layout::Image{226.77, 200, 141.73, 141.73, "samples/logo.png"});
  page.items.emplace_back(layout::Link{85, -0.001, 425.2, 18, "bab-1"});

  CHECK(layout::dump_page(page, 2, {"Liberation Serif", "Liberation Sans"}) ==
        "page 2 'ii' 595.28x841.89\n"
        "anchor kata-pengantar 85.04\n"
        "text 85.04 100.26 [Liberation Sans bold 14.00] 'KATA PENGANTAR' w=119.39\n"
        "text 85.04 100.26 [Liberation Serif italic 14.00] 'NIP' w=119.39 ws=1.50 underline #FF0000\n"
        "rule 85.00 300.00 510.24 300.00 w=0.50\n"
        "rect 85.00 300.00 425.20 20.00 fill=#D9D9D9\n"
        "image 226.77 200.00 141.73 141.73 samples/logo.png\n"
        "link 85.00 0.00 425.20 18.00 -> bab-1\n");
  // Without names, a family is its index.
  CHECK(layout::dump_page(page, 2).find("[family1 bold 14.00]") != std::string::npos);
}

TEST_CASE("an outline dump shows each entry with its level", "[layout][dump]") {
  CHECK(layout::dump_outline({{"BAB I PENDAHULUAN", "bab-1", 0}, {"A. Latar Belakang", "bab-1-1", 1}}) ==
        "outline 0 bab-1 'BAB I PENDAHULUAN'\n"
        "outline 1 bab-1-1 'A. Latar Belakang'\n");
}
