#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "naskah/compose/compose.hpp"
#include "naskah/diag/report.hpp"
#include "naskah/plan/first_plan.hpp"
#include "compose_fixture.hpp"
#include "plan_fixture.hpp"

using namespace naskah;
using namespace naskah::test;

namespace {

constexpr double cm = 72.0 / 2.54;


std::vector<const compose::Paragraph*> paragraphs(const compose::PageSequence& sequence) {
  std::vector<const compose::Paragraph*> out;
  for (const compose::Block& block : sequence.blocks) {
    if (const auto* p = std::get_if<compose::Paragraph>(&block)) out.push_back(p);
  }
  return out;
}

/// The paragraphs after the one whose text is `heading`, up to the next heading (a paragraph with an outline).
std::vector<const compose::Paragraph*> under(const compose::PageSequence& sequence, const std::string& heading) {
  std::vector<const compose::Paragraph*> all = paragraphs(sequence);
  auto at = std::find_if(all.begin(), all.end(), [&](const compose::Paragraph* p) { return text_of(p->spans) == heading; });
  REQUIRE(at != all.end());
  std::vector<const compose::Paragraph*> out;
  for (auto it = at + 1; it != all.end() && !(*it)->outline; ++it) out.push_back(*it);
  return out;
}

}  // namespace

TEST_CASE("the sample composes into cover, front matter and body", "[compose]") {
  const Composed& c = composed_sample();
  CHECK(format_all(c.diagnostics).empty());
  REQUIRE(c.document.sequences.size() == 4);  // cover, front matter, body, LAMPIRAN (compose_tables_test.cpp)
  const auto& cover = c.document.sequences[0];
  const auto& front = c.document.sequences[1];
  const auto& body = c.document.sequences[2];
  CHECK(cover.numbering == compose::PageNumbering::none);
  CHECK(cover.unnumbered_label == "Sampul");
  CHECK(front.numbering == compose::PageNumbering::lower_roman);
  CHECK(front.restart_numbering);
  CHECK(body.numbering == compose::PageNumbering::arabic);
  CHECK(body.restart_numbering);

  // The page: F4 with the template's margins; the page number in the body face.
  CHECK(body.page.width == Approx(215 / 25.4 * 72));
  CHECK(body.page.margin_left == Approx(4 * cm));
  CHECK(body.page.margin_right == Approx(3 * cm));
  CHECK(body.page.footer_baseline == Approx(1.5 * cm));
  CHECK(body.page.footer_style.size == 12);
  CHECK(c.fonts.files(body.page.footer_style.face.family).family == "Liberation Sans");

  // The cover: the document's name, the lambang, the government, the unit's full name (not its singkatan) and the
  // year, in capitals.
  std::vector<std::string> cover_lines;
  for (const auto* p : paragraphs(cover)) cover_lines.push_back(text_of(p->spans));
  CHECK(cover_lines == std::vector<std::string>{"RENCANA KINERJA TAHUNAN (RKT)", "PEMERINTAH KABUPATEN LUWU TIMUR",
                                                "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "TAHUN 2024"});
  CHECK(std::count_if(cover.blocks.begin(), cover.blocks.end(),
                      [](const compose::Block& b) { return std::holds_alternative<compose::Spacer>(b); }) == 2);
  // The sample's lambang (500 × 600 pixels) in the 5 × 6 cm slot, undistorted.
  const auto* logo = std::get_if<compose::ImageBlock>(&cover.blocks.at(2));
  REQUIRE(logo != nullptr);
  CHECK(logo->path.ends_with("samples/lambang.png"));
  CHECK(logo->width == Approx(5 * cm));
  CHECK(logo->height == Approx(6 * cm));

  CHECK(c.document.metadata.title == "Rencana Kinerja Tahunan (RKT) Sekretariat DPRD Kabupaten Luwu Timur Tahun 2024");
  CHECK(c.document.metadata.author == "Sekretariat Dewan Perwakilan Rakyat Daerah Kabupaten Luwu Timur");
  CHECK(c.document.metadata.creator == std::string("naskah ") + NASKAH_VERSION);
  CHECK(c.document.metadata.year == 2024);
  CHECK(c.document.metadata.month == 1);
  CHECK(c.document.metadata.day == 2);
}

TEST_CASE("every placeholder is filled in", "[compose]") {
  const Composed& c = composed_sample();
  bool region = false;
  for (const auto& sequence : c.document.sequences) {
    for (const auto* p : paragraphs(sequence)) {
      for (const auto& span : p->spans) {
        INFO(span.text);
        CHECK(span.text.find('{') == std::string::npos);
        CHECK(span.text.find('}') == std::string::npos);
        if (span.text.find("Kabupaten Luwu Timur") != std::string::npos) region = true;
      }
    }
  }
  CHECK(region);
  const auto& foreword = paragraphs(c.document.sequences[1]);
  REQUIRE(foreword.size() > 1);
  CHECK(text_of(foreword[1]->spans).rfind("Puji syukur kehadirat Allah SWT atas rahmat dan karuniaNya sehingga Rencana "
                                          "Kinerja Tahunan (RKT) Sekretariat Dewan Perwakilan Rakyat Daerah Tahun 2024 "
                                          "dapat tersusun.", 0) == 0);
}

TEST_CASE("a first plan whose signatory is still to fill in composes: empty facts print nothing, the date is its "
          "year's 1 January", "[compose]") {
  plan::FirstPlanFacts facts;
  facts.tahun = 2025;
  facts.instansi = "Dinas Kesehatan";
  facts.daerah = "Kabupaten Luwu Timur";
  Composed c;
  compose_into(c, test::parse_clean(plan::make_first_plan(facts)), default_template());
  for (const diag::Diagnostic& d : c.diagnostics.all()) CHECK(d.severity != diag::Severity::error);
  CHECK(c.document.metadata.year == 2025);
  CHECK(c.document.metadata.month == 1);
  CHECK(c.document.metadata.day == 1);
  const std::vector<const compose::Group*> groups = signature_groups(c.document.sequences[1]);
  REQUIRE(groups.size() == 1);
  const std::vector<std::string> signature =
      parts_of(std::get<compose::SignatureBlock>(groups[0]->blocks.back()).columns.at(0));
  // "{tempat}, {tanggal}" and "NIP. {nip}" with nothing to fill in: their words alone, no space left at an end.
  CHECK(std::find(signature.begin(), signature.end(), ",") != signature.end());
  CHECK(std::find(signature.begin(), signature.end(), "NIP.") != signature.end());
}

TEST_CASE("KATA PENGANTAR is closed by the signature block on the right half", "[compose]") {
  const Composed& c = composed_sample();
  const auto& front = c.document.sequences[1];
  std::vector<const compose::Paragraph*> all = paragraphs(front);
  REQUIRE(!all.empty());
  CHECK(text_of(all[0]->spans) == "KATA PENGANTAR");
  CHECK(all[0]->anchor == "kata-pengantar");
  REQUIRE(all[0]->outline);
  CHECK(all[0]->outline->level == 0);
  CHECK(all[0]->style.align == compose::Align::center);

  // The signature block, on the right half, kept together with the last two lines of the text before it.
  const std::vector<const compose::Group*> groups = signature_groups(front);
  REQUIRE(groups.size() == 1);
  const compose::Group& group = *groups[0];
  CHECK(group.keep_together);
  CHECK(group.keep_with_previous_lines == 2);
  REQUIRE(group.blocks.size() == 1);
  const auto& block = std::get<compose::SignatureBlock>(group.blocks[0]);
  CHECK(block.space_before == Approx(24));
  REQUIRE(block.columns.size() == 1);
  const compose::SignatureColumn& column = block.columns[0];
  const double half = (215 / 25.4 * 72 - 4 * cm - 3 * cm) / 2;
  CHECK(column.left == Approx(half));
  CHECK(column.width == Approx(half));
  // The blank for the wet signature and the stamp is space of its own, not empty lines.
  CHECK(parts_of(column) == std::vector<std::string>{"Malili, 02 Januari 2024", "SEKRETARIS DPRD",
                                                     "KABUPATEN LUWU TIMUR", "[space 70.9]", "ASWAN AZIS, S.Pi, M.Si",
                                                     "NIP. 19760316 200803 1 001"});
  const auto& name = std::get<compose::SignatureLine>(column.parts[4]);
  CHECK(name.align == compose::Align::center);
  REQUIRE(name.spans.size() == 1);
  CHECK(name.spans[0].face.bold);
  CHECK(name.spans[0].underline);
  CHECK(name.spans[0].keep_together);  // a name is never broken inside its degrees
  const auto& jabatan = std::get<compose::SignatureLine>(column.parts[1]);
  CHECK_FALSE(jabatan.spans.at(0).keep_together);
  // The group closes the foreword.
  auto at = std::find_if(front.blocks.begin(), front.blocks.end(),
                         [](const compose::Block& b) { return std::holds_alternative<compose::Group>(b); });
  REQUIRE(at != front.blocks.begin());
  CHECK(std::holds_alternative<compose::Paragraph>(*(at - 1)));
  CHECK(std::holds_alternative<compose::PageBreak>(*(at + 1)));
  // Then DAFTAR ISI on a new page.
  auto next = std::find_if(front.blocks.begin(), front.blocks.end(),
                           [](const compose::Block& b) { return std::holds_alternative<compose::PageBreak>(b); });
  REQUIRE(next != front.blocks.end());
  REQUIRE(std::holds_alternative<compose::Paragraph>(*(next + 1)));
  CHECK(text_of(std::get<compose::Paragraph>(*(next + 1)).spans) == "DAFTAR ISI");
}

TEST_CASE("DAFTAR ISI lists the front matter, every BAB and subbab, and LAMPIRAN", "[compose]") {
  const Composed& c = composed_sample();
  const auto& front = c.document.sequences[1];
  auto first_list = std::find_if(front.blocks.begin(), front.blocks.end(), [](const compose::Block& b) {
    return std::holds_alternative<compose::TableOfContents>(b);
  });
  REQUIRE(first_list != front.blocks.end());
  const auto* toc = std::get_if<compose::TableOfContents>(&*first_list);
  std::vector<std::string> lines;
  for (const auto& entry : toc->entries) lines.push_back(std::to_string(entry.level) + " " + text_of(entry.spans));
  CHECK(lines == std::vector<std::string>{
                     "0 KATA PENGANTAR",
                     "0 DAFTAR ISI",
                     "0 DAFTAR GAMBAR",
                     "0 BAB I PENDAHULUAN",
                     "1 A. Latar Belakang",
                     "1 B. Landasan Hukum",
                     "1 C. Kewenangan, Tugas Pokok dan Struktur Organisasi",
                     "1 D. Maksud dan Tujuan Rencana Kinerja Tahunan (RKT)",
                     "1 E. Manfaat Rencana Kinerja Tahunan (RKT)",
                     "1 F. Sistematika Penulisan",
                     "0 BAB II RENCANA KINERJA TAHUNAN (RKT)",
                     "1 A. Evaluasi Pelaksanaan Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2023",
                     "1 B. Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2024",
                     "0 BAB III PENUTUP",
                     "0 LAMPIRAN",
                 });
  REQUIRE(toc->entries.size() > 4);
  CHECK(toc->entries[3].spans.at(0).face.bold);   // BAB entries in the chapter entry style
  CHECK_FALSE(toc->entries[4].spans.at(0).face.bold);
  CHECK(toc->level_indent == Approx(1 * cm));
  CHECK(toc->number_width == Approx(1.5 * cm));

  // Every entry leads to a heading with that anchor, whose outline entry has the same text and level.
  for (const auto& entry : toc->entries) {
    INFO(entry.anchor);
    const compose::Paragraph* target = nullptr;
    for (const auto& sequence : c.document.sequences) {
      for (const auto* p : paragraphs(sequence)) {
        if (p->anchor == entry.anchor) target = p;
      }
    }
    REQUIRE(target != nullptr);
    REQUIRE(target->outline);
    CHECK(target->outline->title == text_of(entry.spans));
    CHECK(target->outline->level == entry.level);
    CHECK(target->outline->anchor == entry.anchor);
  }
}

TEST_CASE("each BAB starts a page with its two-line centred title, subbab labels hang", "[compose]") {
  const Composed& c = composed_sample();
  const auto& body = c.document.sequences[2];
  REQUIRE(std::holds_alternative<compose::Paragraph>(body.blocks.front()));
  const auto& first = std::get<compose::Paragraph>(body.blocks.front());
  CHECK(text_of(first.spans) == "BAB I\nPENDAHULUAN");
  CHECK(first.style.align == compose::Align::center);
  CHECK(first.anchor == "bab-1");
  CHECK(first.outline->title == "BAB I PENDAHULUAN");
  CHECK(first.spans.at(0).face.bold);
  CHECK(first.spans.at(0).size == 14);

  // Every later BAB follows a page break; LAMPIRAN starts a sequence of its own (compose_tables_test.cpp).
  int breaks = 0;
  for (std::size_t i = 1; i < body.blocks.size(); ++i) {
    if (!std::holds_alternative<compose::PageBreak>(body.blocks[i - 1])) continue;
    ++breaks;
    const auto& next = std::get<compose::Paragraph>(body.blocks[i]);
    CHECK(next.outline->level == 0);
  }
  CHECK(breaks == 2);
  const auto& annex = std::get<compose::Paragraph>(c.document.sequences.at(3).blocks.front());
  CHECK(text_of(annex.spans) == "LAMPIRAN");
  CHECK(annex.anchor == "lampiran");

  const compose::Paragraph* subbab = nullptr;
  for (const auto* p : paragraphs(body)) {
    if (p->anchor == "bab-1-2") subbab = p;
  }
  REQUIRE(subbab != nullptr);
  CHECK(text_of(subbab->spans) == "Landasan Hukum");
  REQUIRE(subbab->label);
  CHECK(text_of(subbab->label->spans) == "B.");
  CHECK(subbab->label->spans.at(0).face.bold);
  CHECK(subbab->style.keep_with_next);
  CHECK(subbab->style.left_indent == Approx(0.75 * cm));
  CHECK(subbab->outline->title == "B. Landasan Hukum");
  CHECK(subbab->outline->level == 1);

  // Body paragraphs: justified, first line indented 1.25 cm, 12 pt in "1,5 spasi".
  std::vector<const compose::Paragraph*> latar = under(body, "Latar Belakang");
  REQUIRE(latar.size() == 6);
  CHECK(latar[0]->style.align == compose::Align::justify);
  CHECK(latar[0]->style.first_indent == Approx(1.25 * cm));
  CHECK(latar[0]->style.line_height == Approx(1.5 * 1.148 * 12));  // "1,5 spasi" of Liberation Sans
  CHECK(latar[0]->spans.at(0).size == 12);
  CHECK_FALSE(latar[0]->label);
}

TEST_CASE("lists: labels from the plan's numbering, one indent per level", "[compose]") {
  const Composed& c = composed_sample();
  const auto& body = c.document.sequences[2];

  std::vector<const compose::Paragraph*> hukum = under(body, "Landasan Hukum");
  REQUIRE(hukum.size() == 12);
  CHECK_FALSE(hukum[0]->label);
  for (int i = 1; i <= 11; ++i) {
    const compose::Paragraph& item = *hukum[static_cast<std::size_t>(i)];
    REQUIRE(item.label);
    CHECK(text_of(item.label->spans) == std::to_string(i) + ".");
    CHECK(item.style.left_indent == Approx(1 * cm));
    CHECK(item.style.first_indent == 0);
    CHECK(item.label->gap == 6);
  }

  std::vector<const compose::Paragraph*> struktur = under(body, "Kewenangan, Tugas Pokok dan Struktur Organisasi");
  std::vector<std::string> labels;
  for (const auto* p : struktur) {
    if (p->label) labels.push_back(text_of(p->label->spans) + "@" + std::to_string(static_cast<int>(p->style.left_indent / cm + 0.5)));
  }
  CHECK(labels == std::vector<std::string>{"(1)@1", "a.@2", "b.@2", "1.@3", "2.@3", "c.@2", "d.@2", "e.@2"});

  // Sistematika as the seed sets it: the bab a bold line of its own (a <dt>), its subbab a lettered list whose items
  // break their line (<br/>) before the description.
  std::vector<const compose::Paragraph*> sistematika = under(body, "Sistematika Penulisan");
  REQUIRE(sistematika.size() > 2);
  CHECK_FALSE(sistematika[0]->label);
  CHECK(text_of(sistematika[0]->spans) == "BAB I PENDAHULUAN");
  CHECK(sistematika[0]->spans.at(0).face.bold);
  // The term stands alone in its list, yet never ends a page: the lettered list under it follows it.
  CHECK(sistematika[0]->style.keep_with_next);
  REQUIRE(sistematika[1]->label);
  CHECK(text_of(sistematika[1]->label->spans) == "A.");
  CHECK(text_of(sistematika[1]->spans).rfind("Latar Belakang\nMengemukakan secara ringkas", 0) == 0);

  // Bold runs are bold faces; the rest of the item is not.
  std::vector<const compose::Paragraph*> sasaran = under(body, "Rencana Kinerja Tahunan (RKT) Perangkat Daerah Tahun 2024");
  auto berkelanjutan = std::find_if(sasaran.begin(), sasaran.end(), [](const auto* p) {
    return p->label && !p->spans.empty() && p->spans[0].text == "Berkelanjutan ";  // the space after </b> goes with the bold run
  });
  REQUIRE(berkelanjutan != sasaran.end());
  CHECK(text_of((*berkelanjutan)->label->spans) == "\u2022");  // a bulleted list
  CHECK((*berkelanjutan)->spans[0].face.bold);
  CHECK_FALSE((*berkelanjutan)->spans.at(1).face.bold);
}

TEST_CASE("a character the font lacks is an error where it was written", "[compose]") {
  const std::string bab = "<bab judul=\"Pendahuluan\">\n"
                          "<p>Tanda \u0F00 tidak ada.</p>\n"
                          "<ol><li>Satu <b>\u0F00</b></li></ol>\n"
                          "</bab>";
  plan::Plan p = test::parse_clean(test::plan_xml("<rencana/>", bab));
  Composed c;
  compose_into(c, p);
  CHECK(format_all(c.diagnostics) ==
        std::vector<std::string>{
            "t.xml:6:1: error: Liberation Sans has no glyph for U+0F00 '\u0F00'; write the character another way, or "
            "choose a template whose font has it [missing-glyph]",
            "t.xml:7:5: error: Liberation Sans Bold has no glyph for U+0F00 '\u0F00'; write the character another "
            "way, or choose a template whose font has it [missing-glyph]",
        });
}

TEST_CASE("right-to-left script is refused where it was written, not printed in the wrong order", "[compose]") {
  // Hebrew: Liberation Serif has the glyphs, but lines are laid out left to right.
  const std::string bab = "<bab judul=\"Pendahuluan\">\n<p>Salam \u05E9\u05DC\u05D5\u05DD dan mar\u00E9.</p>\n</bab>";
  plan::Plan p = test::parse_clean(test::plan_xml("<rencana/>", bab));
  Composed c;
  compose_into(c, p);
  CHECK(format_all(c.diagnostics) ==
        std::vector<std::string>{
            "t.xml:6:1: error: right-to-left script (U+05E9 '\u05E9' …), which naskah cannot set yet: it lays out "
            "left-to-right text only; write it in Latin script [right-to-left]",
        });
}

TEST_CASE("numbers as labels write them", "[compose]") {
  using compose::format_label;
  using compose::format_number;
  using plan::NumberStyle;
  CHECK(format_number(4, NumberStyle::upper_roman) == "IV");
  CHECK(format_number(1994, NumberStyle::upper_roman) == "MCMXCIV");
  CHECK(format_number(9, NumberStyle::lower_roman) == "ix");
  CHECK(format_number(4000, NumberStyle::upper_roman) == "4000");
  CHECK(format_number(1, NumberStyle::lower_alpha) == "a");
  CHECK(format_number(26, NumberStyle::upper_alpha) == "Z");
  CHECK(format_number(27, NumberStyle::lower_alpha) == "aa");
  CHECK(format_number(11, NumberStyle::arabic) == "11");
  CHECK(format_label("(#)", 1, NumberStyle::arabic) == "(1)");
  CHECK(format_label("#)", 3, NumberStyle::lower_alpha) == "c)");
}

TEST_CASE("a font family that cannot be found is an error at the template's font", "[compose]") {
  compose::Template t = default_template();
  t.fonts[1].family = "No Such Family Anywhere";
  plan::Plan p = test::parse_clean(test::plan_xml("<rencana/>"));
  text::FontSet fonts;
  diag::Diagnostics diagnostics;
  compose::Document document =
      compose::compose_document(p, t, fonts, compose::font_search_dirs(t, source_dir), diagnostics);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].rule == "font");
  CHECK(diagnostics.all()[0].where.line == t.fonts[1].where.line);
  CHECK(diagnostics.all()[0].message.find("No Such Family Anywhere") != std::string::npos);
  CHECK(document.sequences.empty());
}

namespace {

/// A plan of a dinas whose signatory's title ends with the region, as many kabupaten write it.
std::string sigi_plan(const std::string& instansi_extra = "") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<rkt xmlns=\"urn:naskah:rkt:1\" tahun=\"2025\">\n"
         "<instansi nama=\"Dinas Pendidikan dan Kebudayaan\" daerah=\"Kabupaten Sigi\"" + instansi_extra + "/>\n"
         "<penandatangan jabatan=\"Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sigi\" nama=\"Dr. ANDI MAKMUR, M.Pd\" "
         "pangkat=\"Pembina Utama Muda (IV/c)\" nip=\"197603162008031001\" tempat=\"Sigi Biromaru\" "
         "tanggal=\"2025-01-06\"/>\n"
         "<atasan jabatan=\"Bupati Sigi\" nama=\"MOH. RIZAL INTJENAE, S.E., M.M.\"/>\n"
         "<bab judul=\"Satu\"><p>{pemerintah}; {jabatan-lengkap}; [{daerah-jabatan}]; {anggaran-angka}; "
         "{program.1.anggaran-angka}; {sasaran.1.anggaran-angka}.</p></bab>\n"
         "<rencana><sasaran nama=\"Sasaran\"><indikator nama=\"Indeks\" target=\"90%\"/>"
         "<program nomor=\"1\" nama=\"Program\"><indikator nama=\"I\" target=\"1\"/><kegiatan nomor=\"1\" nama=\"K\">" +
         test::sub(1, "1.250.000") + test::sub(2, "28.584.558.694") + "</kegiatan></program></sasaran></rencana>\n</rkt>\n";
}

}  // namespace

TEST_CASE("the signature block: the title in capitals, the region once, the pangkat on its own line, the NIP in "
          "groups", "[compose]") {
  Composed c;
  compose_into(c, test::parse_clean(sigi_plan()), default_template());
  for (const diag::Diagnostic& d : c.diagnostics.all()) CHECK(d.severity != diag::Severity::error);
  const std::vector<const compose::Group*> groups = signature_groups(c.document.sequences.at(1));
  REQUIRE(groups.size() == 1);
  const auto& block = std::get<compose::SignatureBlock>(groups[0]->blocks.back());
  // Not "KABUPATEN SIGI" again under a title that ends with it.
  CHECK(parts_of(block.columns.at(0)) ==
        std::vector<std::string>{"Sigi Biromaru, 06 Januari 2025", "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN SIGI",
                                 "[space 70.9]", "Dr. ANDI MAKMUR, M.Pd", "Pembina Utama Muda (IV/c)",
                                 "NIP. 19760316 200803 1 001"});

  // The facts behind it: the government, the title with its region once, no region line, bare amounts.
  std::vector<std::string> body;
  for (const auto* p : paragraphs(c.document.sequences.at(2))) body.push_back(text_of(p->spans));
  CHECK(std::find(body.begin(), body.end(),
                  "Pemerintah Kabupaten Sigi; Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sigi; []; "
                  "28.585.808.694; 28.585.808.694; 28.585.808.694.") != body.end());
}

TEST_CASE("the region joins a title that lacks it, and a regent's title names it already", "[compose]") {
  std::string plan = sigi_plan();
  plan.replace(plan.find("Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sigi"),
               std::string("Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sigi").size(), "Kepala Dinas");
  Composed c;
  compose_into(c, test::parse_clean(plan), default_template());
  const std::vector<const compose::Group*> groups = signature_groups(c.document.sequences.at(1));
  REQUIRE(groups.size() == 1);
  const std::vector<std::string> front =
      parts_of(std::get<compose::SignatureBlock>(groups[0]->blocks.back()).columns.at(0));
  auto title = std::find(front.begin(), front.end(), "KEPALA DINAS");
  REQUIRE(title != front.end());
  REQUIRE(title + 1 != front.end());
  CHECK(*(title + 1) == "KABUPATEN SIGI");
  std::vector<std::string> body;
  for (const auto* p : paragraphs(c.document.sequences.at(2))) body.push_back(text_of(p->spans));
  CHECK(std::any_of(body.begin(), body.end(), [](const std::string& s) {
    return s.starts_with("Pemerintah Kabupaten Sigi; Kepala Dinas Kabupaten Sigi; [Kabupaten Sigi];");
  }));

  // "Sekretaris Daerah Sigi" ends with the region's name without its kind: no second region either.
  plan.replace(plan.find("jabatan=\"Kepala Dinas\""), std::string("jabatan=\"Kepala Dinas\"").size(),
               "jabatan=\"Sekretaris Daerah Sigi\"");
  Composed s;
  compose_into(s, test::parse_clean(plan), default_template());
  std::vector<std::string> again;
  for (const auto* p : paragraphs(s.document.sequences.at(2))) again.push_back(text_of(p->spans));
  CHECK(std::any_of(again.begin(), again.end(), [](const std::string& text) {
    return text.starts_with("Pemerintah Kabupaten Sigi; Sekretaris Daerah Sigi; [];");
  }));
}

TEST_CASE("the Perjanjian Kinerja names the region once too, in the party's title and under the signature",
          "[compose]") {
  compose::TemplateLoad pk = compose::load_template(source_dir + "/templates/perjanjian-kinerja");
  REQUIRE(pk.value);
  Composed c;
  compose_into(c, test::parse_clean(sigi_plan()), *pk.value);
  for (const diag::Diagnostic& d : c.diagnostics.all()) CHECK(d.severity != diag::Severity::error);
  const auto& agreement = c.document.sequences.at(0);
  std::vector<const compose::Table*> tables;
  for (const compose::Block& block : agreement.blocks) {
    if (const auto* t = std::get_if<compose::Table>(&block)) tables.push_back(t);
  }
  REQUIRE(tables.size() == 2);  // the parties' fields
  CHECK(text_of(tables[0]->body_rows.at(1).cells.back().spans) == "Kepala Dinas Pendidikan dan Kebudayaan Kabupaten Sigi");
  const std::vector<const compose::Group*> groups = signature_groups(agreement);
  REQUIRE(groups.size() == 1);
  const auto& block = std::get<compose::SignatureBlock>(groups[0]->blocks.back());
  CHECK(parts_of(block.columns.at(1)) ==
        std::vector<std::string>{"Pihak Pertama,", "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN SIGI",
                                 "[space 65.2]", "Dr. ANDI MAKMUR, M.Pd", "Pembina Utama Muda (IV/c)",
                                 "NIP. 19760316 200803 1 001"});
}

TEST_CASE("the cover's logo keeps its shape in the template's slot", "[compose]") {
  // A square logo (64 × 64 pixels) in the 5 × 6 cm slot: 5 cm each way, not stretched to 6 cm high.
  Composed c;
  compose_into(c, test::parse_clean(sigi_plan(" logo=\"" + source_dir + "/tests/data/valid/logo.png\"")),
               default_template());
  const auto& cover = c.document.sequences.at(0);
  auto logo = std::find_if(cover.blocks.begin(), cover.blocks.end(),
                           [](const compose::Block& b) { return std::holds_alternative<compose::ImageBlock>(b); });
  REQUIRE(logo != cover.blocks.end());
  CHECK(std::get<compose::ImageBlock>(*logo).width == Approx(5 * cm));
  CHECK(std::get<compose::ImageBlock>(*logo).height == Approx(5 * cm));
}
