// Figures of the bab as composition makes them: the image or chart with its caption "Gambar 1.1 …" under it, tables'
// captions over them, numbered within each bab, listed in DAFTAR TABEL and DAFTAR GAMBAR after DAFTAR ISI; the bab's
// subjudul lines in its heading; definition lists.

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "compose_fixture.hpp"
#include "plan_fixture.hpp"

using namespace naskah;
using namespace naskah::test;

namespace {

std::vector<std::string> errors_of(const diag::Diagnostics& diagnostics) {
  std::vector<std::string> lines;
  for (const std::string& line : format_all(diagnostics)) {
    if (line.find(": error: ") != std::string::npos) lines.push_back(line);
  }
  return lines;
}

const std::string logo = source_dir + "/tests/data/valid/logo.png";  // 64 × 64 pixels

const std::string rencana =
    "<rencana><sasaran nama=\"S\"><indikator nama=\"I\" target=\"1\"/><program nomor=\"1\" nama=\"P\">"
    "<indikator nama=\"I\" target=\"1\"/><kegiatan nomor=\"1\" nama=\"K\">" + sub(1, "1.000") +
    "</kegiatan></program></sasaran></rencana>";

/// The plan's bab composed with the default template (its standard bab replaced or added to). Its BAB II without an
/// <evaluasi> warns; the tests want no error.
void compose_bab(Composed& c, const std::string& bab) {
  compose_into(c, parse_clean(plan_xml(rencana, bab)), default_template());
}

std::vector<std::string> texts(const compose::PageSequence& sequence) {
  std::vector<std::string> out;
  for (const compose::Block& block : sequence.blocks) {
    if (const auto* p = std::get_if<compose::Paragraph>(&block)) out.push_back(text_of(p->spans));
  }
  return out;
}

/// The entries of each list of the front matter (DAFTAR ISI, DAFTAR TABEL, DAFTAR GAMBAR), in order.
std::vector<std::vector<std::string>> front_lists(const Composed& c) {
  std::vector<std::vector<std::string>> lists;
  for (const compose::Block& block : c.document.sequences.at(1).blocks) {
    if (const auto* toc = std::get_if<compose::TableOfContents>(&block)) {
      std::vector<std::string>& entries = lists.emplace_back();
      for (const compose::TocEntry& entry : toc->entries) entries.push_back(entry.anchor + " " + text_of(entry.spans));
    }
  }
  return lists;
}

const std::vector<compose::Block>& body(const Composed& c) { return c.document.sequences.at(2).blocks; }

/// The index of the paragraph whose text is `text` among the body's blocks.
std::size_t index_of(const Composed& c, const std::string& text) {
  const auto& blocks = body(c);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (const auto* p = std::get_if<compose::Paragraph>(&blocks[i]); p && text_of(p->spans) == text) return i;
  }
  FAIL("no paragraph " << text);
  return 0;
}

/// A figure and its caption, kept together in a group of the body's blocks, by the caption's text.
struct Figure {
  const compose::Block* figure = nullptr;
  const compose::Paragraph* caption = nullptr;
  const compose::Group* group = nullptr;
};
Figure figure_of(const Composed& c, const std::string& caption) {
  for (const compose::Block& block : body(c)) {
    const auto* group = std::get_if<compose::Group>(&block);
    if (group == nullptr || group->blocks.size() != 2) continue;
    const auto* p = std::get_if<compose::Paragraph>(&group->blocks[1]);
    if (p != nullptr && text_of(p->spans) == caption) return {&group->blocks[0], p, group};
  }
  FAIL("no figure captioned " << caption);
  return {};
}

}  // namespace

TEST_CASE("figures: the image in the text width, its caption under it, numbered within the bab", "[compose-figure]") {
  Composed c;
  compose_bab(c, 
      "<bab id=\"pendahuluan\" judul=\"Satu\"><p>Teks.</p><gambar src=\"" + logo + "\" judul=\"Lambang {daerah}\"/>"
      "<subbab judul=\"A\"><gambar src=\"" + logo + "\" judul=\"Kecil\" lebar=\"25%\"/></subbab></bab>"
      "<bab id=\"rencana-kinerja\" judul=\"Dua\"><gambar src=\"" + logo + "\" judul=\"Lagi\" lebar=\"3cm\"/></bab>");
  CHECK_FALSE(c.diagnostics.has_errors());
  const double text_width = default_template().page.text_width();
  const Figure first = figure_of(c, "Gambar 1.1 Lambang Kota Palopo");
  const auto* image = std::get_if<compose::ImageBlock>(first.figure);
  REQUIRE(image != nullptr);
  CHECK(image->path == logo);
  CHECK(image->width == Approx(text_width));
  CHECK(image->height == Approx(text_width));  // a square stays square
  CHECK(image->align == compose::Align::center);
  const compose::Paragraph& caption = *first.caption;
  CHECK(caption.anchor == "gambar-1-1");
  CHECK(caption.style.align == compose::Align::center);
  CHECK(image->space_before == Approx(caption.style.space_after));
  CHECK(first.group->keep_together);  // never the figure on one page and its caption on the next
  CHECK(std::get<compose::ImageBlock>(*figure_of(c, "Gambar 1.2 Kecil").figure).width == Approx(text_width / 4));
  // The next bab counts from 1 again.
  CHECK(std::get<compose::ImageBlock>(*figure_of(c, "Gambar 2.1 Lagi").figure).width == Approx(3 / 2.54 * 72));
}

TEST_CASE("a figure taller than a page is made smaller, leaving room for its caption", "[compose-figure]") {
  // A 64 × 64 image 20 cm wide on a page whose text is 12 cm high.
  compose::Template t = default_template();
  t.page.height = t.page.margin_top + t.page.margin_bottom + 12 / 2.54 * 72;
  Composed c;
  compose_into(c, parse_clean(plan_xml(rencana, "<bab id=\"pendahuluan\" judul=\"Satu\"><gambar src=\"" + logo + "\" judul=\"L\" lebar=\"20cm\"/></bab>")), t);
  const auto* image = std::get_if<compose::ImageBlock>(figure_of(c, "Gambar 1.1 L").figure);
  REQUIRE(image != nullptr);
  CHECK(image->height < 12 / 2.54 * 72);
  CHECK(image->width == Approx(image->height));
}

TEST_CASE("a figure whose file is missing or no image is an error at its src", "[compose-figure]") {
  Composed missing;
  compose_bab(missing, "<bab id=\"pendahuluan\" judul=\"Satu\"><gambar src=\"tidak-ada.png\" judul=\"X\"/></bab>");
  const std::vector<std::string> lines = errors_of(missing.diagnostics);
  REQUIRE(lines.size() == 1);
  INFO(lines[0]);
  CHECK(lines[0].rfind("t.xml:5:44: error: src=\"tidak-ada.png\" on <gambar>: there is no such file (a figure is found "
                       "relative to the file that names it, here tidak-ada.png) [figure]", 0) == 0);
  Composed not_image;
  compose_bab(not_image,
              "<bab id=\"pendahuluan\" judul=\"Satu\"><gambar src=\"" + source_dir + "/README.md\" judul=\"X\"/></bab>");
  REQUIRE(errors_of(not_image.diagnostics).size() == 1);
  CHECK(errors_of(not_image.diagnostics)[0].find("it is neither a PNG nor a JPEG image [figure]") != std::string::npos);
}

TEST_CASE("tables with a judul: the caption over the table, kept with it, numbered apart from the figures",
          "[compose-figure]") {
  Composed c;
  compose_bab(c, 
      "<bab id=\"pendahuluan\" judul=\"Satu\"><gambar src=\"" + logo + "\" judul=\"G\"/>"
      "<table judul=\"Pegawai {tahun}\"><tr><td>1</td></tr></table><table><tr><td>2</td></tr></table></bab>");
  const std::size_t caption = index_of(c, "Tabel 1.1 Pegawai 2025");
  const auto& paragraph = std::get<compose::Paragraph>(body(c).at(caption));
  CHECK(paragraph.style.keep_with_next);
  CHECK(paragraph.anchor == "tabel-1-1");
  CHECK(std::holds_alternative<compose::Table>(body(c).at(caption + 1)));
  // The table without a judul has no caption, and is not counted.
  CHECK(std::holds_alternative<compose::Table>(body(c).at(caption + 2)));
  CHECK(std::count_if(body(c).begin(), body(c).end(), [](const compose::Block& b) {
          const auto* p = std::get_if<compose::Paragraph>(&b);
          return p && text_of(p->spans).rfind("Tabel ", 0) == 0;
        }) == 1);
}

TEST_CASE("DAFTAR TABEL and DAFTAR GAMBAR follow DAFTAR ISI, which lists them, none without figures or tables",
          "[compose-figure]") {
  Composed c;
  compose_bab(c, 
      "<bab id=\"pendahuluan\" judul=\"Satu\"><gambar src=\"" + logo + "\" judul=\"Lambang\"/><table judul=\"Data\"><tr><td>1</td></tr>"
      "</table></bab>");
  const auto lists = front_lists(c);
  REQUIRE(lists.size() == 3);
  CHECK(lists[0].at(1) == "daftar-isi DAFTAR ISI");
  CHECK(lists[0].at(2) == "daftar-tabel DAFTAR TABEL");
  CHECK(lists[0].at(3) == "daftar-gambar DAFTAR GAMBAR");
  CHECK(lists[1] == std::vector<std::string>{"tabel-1-1 Tabel 1.1 Data"});
  CHECK(lists[2] == std::vector<std::string>{"gambar-1-1 Gambar 1.1 Lambang"});
  // Each on a page of its own, under its heading, with an anchor DAFTAR ISI leads to.
  const std::vector<std::string> front = texts(c.document.sequences.at(1));
  CHECK(std::find(front.begin(), front.end(), "DAFTAR GAMBAR") != front.end());
  std::size_t breaks = 0;
  for (const compose::Block& block : c.document.sequences.at(1).blocks) breaks += std::holds_alternative<compose::PageBreak>(block);
  CHECK(breaks == 3);  // after KATA PENGANTAR, DAFTAR ISI and DAFTAR TABEL

  // The minimal sample has neither: no list, and DAFTAR ISI does not name one.
  plan::ParseResult parsed = plan::parse_plan_file(source_dir + "/samples/rkt-2025-bappeda-luwu-timur.xml");
  REQUIRE(parsed.plan);
  Composed plain;
  compose_into(plain, *parsed.plan, default_template());
  const auto plain_lists = front_lists(plain);
  REQUIRE(plain_lists.size() == 1);
  CHECK(std::none_of(plain_lists[0].begin(), plain_lists[0].end(),
                     [](const std::string& e) { return e.find("DAFTAR GAMBAR") != std::string::npos; }));
}

TEST_CASE("an organisation chart: its units in capitals with who holds them, its caption the template's",
          "[compose-figure]") {
  Composed c;
  compose_bab(c, 
      "<bab id=\"pendahuluan\" judul=\"Satu\"><struktur-organisasi><unit nama=\"Kepala Badan\" pejabat=\"ANDI MAKMUR\">"
      "<unit nama=\"Kelompok Jabatan Fungsional\" posisi=\"samping\"/><unit nama=\"Sekretariat\">"
      "<unit nama=\"Subbagian Umum\"/></unit></unit></struktur-organisasi></bab>");
  CHECK_FALSE(c.diagnostics.has_errors());
  const auto* chart = std::get_if<compose::OrgChart>(
      figure_of(c, "Gambar 1.1 Bagan Struktur Organisasi Badan Perencanaan Pembangunan Daerah Kota Palopo").figure);
  REQUIRE(chart != nullptr);
  REQUIRE(chart->units.size() == 4);
  CHECK(text_of(chart->units[0].spans) == "KEPALA BADAN\nANDI MAKMUR");
  CHECK(chart->units[0].spans.front().face.bold);      // the office in org-unit, bold
  CHECK_FALSE(chart->units[0].spans.back().face.bold);  // who holds it in org-official
  CHECK(chart->units[0].units == std::vector<std::size_t>{1, 2});
  CHECK(chart->units[1].place == compose::OrgPlace::beside_left);
  CHECK(text_of(chart->units[3].spans) == "SUBBAGIAN UMUM");
  CHECK(chart->units[2].units == std::vector<std::size_t>{3});
  CHECK(chart->look.min_box_width == Approx(2.2 / 2.54 * 72));
  CHECK(chart->space_before > 0);
  // With a judul of its own.
  Composed own;
  compose_bab(own, "<bab id=\"pendahuluan\" judul=\"Satu\"><struktur-organisasi judul=\"Bagan {singkatan}\">"
                                "<unit nama=\"Kepala\"/></struktur-organisasi></bab>");
  CHECK(std::holds_alternative<compose::OrgChart>(*figure_of(own, "Gambar 1.1 Bagan Badan Perencanaan Pembangunan Daerah").figure));
}

TEST_CASE("a chart whose widest level does not fit the portrait text stands on a landscape page of its own",
          "[compose-figure]") {
  // Twelve Bidang under the head need 12 boxes of 2.2 cm and their gaps: wider than the portrait text of F4 (15 cm).
  std::string units;
  for (int i = 1; i <= 12; ++i) units += "<unit nama=\"Bidang " + std::to_string(i) + "\"/>";
  Composed c;
  compose_bab(c, "<bab id=\"pendahuluan\" judul=\"Satu\"><p>Sebelum bagan.</p><struktur-organisasi>"
                 "<unit nama=\"Kepala Dinas\"><unit nama=\"Kelompok Jabatan Fungsional\" posisi=\"samping\"/>" +
                     units + "</unit></struktur-organisasi><p>Sesudah bagan.</p></bab>");
  CHECK_FALSE(c.diagnostics.has_errors());
  const auto& sequences = c.document.sequences;
  REQUIRE(sequences.size() >= 5);
  const compose::PageSequence &before = sequences[2], &turned = sequences[3], &after = sequences[4];
  // The text before it on the body's portrait pages, ending with the paragraph before the chart.
  CHECK(before.page.width < before.page.height);
  CHECK(before.restart_numbering);
  REQUIRE(std::holds_alternative<compose::Paragraph>(before.blocks.back()));
  CHECK(text_of(std::get<compose::Paragraph>(before.blocks.back()).spans) == "Sebelum bagan.");
  // The chart and its caption, alone on landscape pages numbered on from the text.
  CHECK(turned.page.width > turned.page.height);
  CHECK(turned.numbering == compose::PageNumbering::arabic);
  CHECK_FALSE(turned.restart_numbering);
  REQUIRE(turned.blocks.size() == 1);
  const auto& group = std::get<compose::Group>(turned.blocks[0]);
  CHECK(group.landscape_page);
  REQUIRE(std::holds_alternative<compose::OrgChart>(group.blocks.at(0)));
  // The text after it on portrait pages again, numbered on.
  CHECK(after.page.width == Approx(before.page.width));
  CHECK_FALSE(after.restart_numbering);
  REQUIRE(std::holds_alternative<compose::Paragraph>(after.blocks.front()));
  CHECK(text_of(std::get<compose::Paragraph>(after.blocks.front()).spans) == "Sesudah bagan.");
  // BAB II follows on the portrait pages after it; LAMPIRAN is still the last of them.
  CHECK(std::count_if(sequences.begin(), sequences.end(), [](const compose::PageSequence& s) {
          return s.page.width > s.page.height;
        }) == 2);

  // A chart whose levels fit stays in the text.
  Composed narrow;
  compose_bab(narrow, "<bab id=\"pendahuluan\" judul=\"Satu\"><p>Sebelum bagan.</p><struktur-organisasi>"
                      "<unit nama=\"Kepala Dinas\"><unit nama=\"Bidang 1\"/><unit nama=\"Bidang 2\"/></unit>"
                      "</struktur-organisasi><p>Sesudah bagan.</p></bab>");
  CHECK_FALSE(figure_of(narrow, "Gambar 1.1 Bagan Struktur Organisasi Badan Perencanaan Pembangunan Daerah Kota Palopo")
                  .group->landscape_page);
  CHECK(narrow.document.sequences.size() == sequences.size() - 2);
}

TEST_CASE("a bab's subjudul lines stand in its heading, in capitals, but not in DAFTAR ISI", "[compose-figure]") {
  // The template's BAB II names the unit and its region; a plan's bab of its own with lines of its own.
  Composed c;
  compose_bab(c, "<bab judul=\"Lain\"><subjudul>Tahun {tahun}</subjudul><p>x</p></bab>");
  const std::vector<std::string> headings = texts(c.document.sequences.at(2));
  CHECK(std::find(headings.begin(), headings.end(),
                  "BAB II\nRENCANA KINERJA TAHUNAN (RKT)\nBADAN PERENCANAAN PEMBANGUNAN DAERAH\nKOTA PALOPO") !=
        headings.end());
  CHECK(std::find(headings.begin(), headings.end(), "BAB IV\nLAIN\nTAHUN 2025") != headings.end());
  const auto lists = front_lists(c);
  CHECK(std::find(lists[0].begin(), lists[0].end(), "bab-2 BAB II RENCANA KINERJA TAHUNAN (RKT)") != lists[0].end());
  CHECK(std::find(lists[0].begin(), lists[0].end(), "bab-4 BAB IV LAIN") != lists[0].end());
}

TEST_CASE("a definition list: each term a bold line kept with its description, indented under it", "[compose-figure]") {
  Composed c;
  compose_bab(c, "<bab id=\"pendahuluan\" judul=\"Satu\"><dl><dt>BAB I</dt><dd>Pendahuluan {tahun}.</dd><dt>BAB II</dt>"
                              "<dd>Rencana.</dd></dl></bab>");
  const std::size_t term = index_of(c, "BAB I");
  const auto& dt = std::get<compose::Paragraph>(body(c).at(term));
  const auto& dd = std::get<compose::Paragraph>(body(c).at(term + 1));
  CHECK(dt.spans.at(0).face.bold);
  CHECK(dt.style.keep_with_next);
  CHECK(dt.style.first_indent == 0);
  CHECK(text_of(dd.spans) == "Pendahuluan 2025.");
  CHECK_FALSE(dd.spans.at(0).face.bold);
  CHECK(dd.style.left_indent == Approx(dt.style.left_indent + default_template().lists.indent));
  CHECK(dd.style.first_indent == 0);
  CHECK_FALSE(dd.style.keep_with_next);
}
