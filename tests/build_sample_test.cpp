// The whole pipeline on the sample: every paragraph and list item the plan composes is in the PDF's text, in
// order — nothing lost, duplicated or reordered by layout or the writer.
#include <catch2/catch.hpp>

#include <array>
#include <filesystem>

#include <unistd.h>
#include <cstdio>
#include <stdexcept>
#include <cstdio>
#include <fstream>
#include <memory>

#include "naskah/compose/compose.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/layout/page_dump.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/hyphenator.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "../src/layout/sequence_ahead.hpp"
#include "kept_pdfs.hpp"

using namespace naskah;

namespace {

/// Letters and digits only, lower-cased: what survives any line breaking, hyphenation and leaders.
std::string skeleton(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(std::tolower(c));
  }
  return out;
}

std::string run(const std::string& command) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  std::array<char, 4096> buffer{};
  while (pipe && fgets(buffer.data(), buffer.size(), pipe.get()) != nullptr) out += buffer.data();
  return out;
}

/// The text of pdftotext's pages (separated by form feeds) without each page's footer: its last line, when that
/// is a page number, would otherwise stand inside a paragraph that runs over the page break.
std::string without_footers(const std::string& text) {
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\f', start);
    std::string page = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    while (!page.empty() && (page.back() == '\n' || page.back() == ' ')) page.pop_back();
    std::size_t last = page.rfind('\n');
    std::string last_line = last == std::string::npos ? page : page.substr(last + 1);
    last_line.erase(0, last_line.find_first_not_of(' '));
    bool is_number = !last_line.empty() && last_line.find_first_not_of("0123456789ivxlc") == std::string::npos;
    out += (is_number ? page.substr(0, last == std::string::npos ? 0 : last) : page) + "\n";
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

}  // namespace

/// The sample, composed, laid out and written once for all tests of this file.
struct BuiltSample {
  text::FontSet fonts;
  compose::Document document;
  layout::LaidOutDocument laid_out;
  std::vector<std::string> layout_warnings;
  /// Per process: ctest runs the test cases of this file in parallel processes.
  std::string pdf = (std::filesystem::temp_directory_path() /
                     ("naskah-build-sample-test-" + std::to_string(::getpid()) + ".pdf")).string();

  BuiltSample() {
    const std::string root = NASKAH_SOURCE_DIR;
    plan::ParseResult parsed = plan::parse_plan_file(root + "/samples/rkt-2024-setwan-luwu-timur.xml");
    if (!parsed.plan) throw std::runtime_error("the sample does not parse");
    compose::TemplateLoad loaded = compose::load_template(root + "/templates/rkt");
    if (!loaded.value) throw std::runtime_error("the template does not load");
    diag::Diagnostics problems;
    document = compose::compose_document(*parsed.plan, *loaded.value, fonts, compose::font_search_dirs(*loaded.value, root),
                                         problems);
    if (problems.has_errors()) throw std::runtime_error("the sample does not compose");
    auto hyphenator = text::Hyphenator::indonesian();
    layout::LayoutResult result = layout::layout_document(document, fonts, hyphenator.get());
    laid_out = std::move(result.document);
    layout_warnings = std::move(result.warnings);
    pdf::write_pdf(laid_out, fonts, pdf);
    test::keep_for_pdf_readers(pdf, "build-sample.pdf");
  }
  ~BuiltSample() { std::remove(pdf.c_str()); }
};

const BuiltSample& built() {
  static const BuiltSample sample;
  return sample;
}

TEST_CASE("every paragraph and list item of the sample is in the PDF, in order", "[build][sample]") {
  const BuiltSample& sample = built();
  CHECK(sample.layout_warnings.empty());
  const compose::Document& document = sample.document;
  std::string extracted = skeleton(without_footers(run("pdftotext -layout " + sample.pdf + " -")));
  REQUIRE(extracted.size() > 10000);

  std::size_t position = 0;
  std::size_t paragraphs = 0;
  for (const compose::PageSequence& sequence : document.sequences) {
    for (const compose::Block& block : sequence.blocks) {
      const auto* paragraph = std::get_if<compose::Paragraph>(&block);
      if (paragraph == nullptr) continue;
      std::string text;
      if (paragraph->label) {
        for (const auto& s : paragraph->label->spans) text += s.text;
      }
      for (const auto& s : paragraph->spans) text += s.text;
      std::string wanted = skeleton(text);
      if (wanted.empty()) continue;
      std::size_t found = extracted.find(wanted, position);
      INFO("paragraph " << paragraphs << ": " << text);
      REQUIRE(found != std::string::npos);
      position = found + wanted.size();
      ++paragraphs;
    }
  }
  CHECK(paragraphs > 80);
}

namespace {

/// The annex: the landscape pages, as 1-based page numbers.
std::vector<int> annex_pages(const layout::LaidOutDocument& doc) {
  std::vector<int> pages;
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    if (doc.pages[i].width > doc.pages[i].height) pages.push_back(static_cast<int>(i) + 1);
  }
  return pages;
}

struct Box {
  double x0, y0, x1, y1;
  std::string text;
};

/// The words poppler finds on a page, with their boxes (y down from the top, as layout's).
std::vector<Box> words_on(const std::string& pdf, int page) {
  std::string html = run("pdftotext -bbox -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + pdf + " -");
  std::vector<Box> words;
  std::size_t at = 0;
  while ((at = html.find("<word xMin=\"", at)) != std::string::npos) {
    Box b{};
    char text[512] = {0};
    if (std::sscanf(html.c_str() + at, "<word xMin=\"%lf\" yMin=\"%lf\" xMax=\"%lf\" yMax=\"%lf\">%511[^<]", &b.x0,
                    &b.y0, &b.x1, &b.y1, text) == 5) {
      b.text = text;
      words.push_back(b);
    }
    ++at;
  }
  return words;
}

}  // namespace

TEST_CASE("the annex: landscape pages, the header on each, every sub kegiatan and the computed sums", "[build][sample][table]") {
  const BuiltSample& sample = built();
  std::vector<int> pages = annex_pages(sample.laid_out);
  REQUIRE(pages.size() >= 3);
  CHECK(pages.back() == static_cast<int>(sample.laid_out.pages.size()));  // the annex closes the document
  std::string annex_text;
  for (int page : pages) {
    std::string text = run("pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + sample.pdf + " -");
    INFO("page " << page);
    CHECK(text.find("INDIKATOR") != std::string::npos);  // the column header, repeated
    CHECK(text.find("ANGGARAN") != std::string::npos);
    annex_text += text;
  }
  plan::ParseResult parsed = plan::parse_plan_file(std::string(NASKAH_SOURCE_DIR) + "/samples/rkt-2024-setwan-luwu-timur.xml");
  std::size_t subs = 0;
  for (const auto& sasaran : parsed.plan->rencana.sasaran) {
    for (const auto& program : sasaran.program) {
      for (const auto& kegiatan : program.kegiatan) {
        for (const auto& sub : kegiatan.subkegiatan) {
          std::string amount = text::format_integer(sub.anggaran.value.value);
          INFO("sub kegiatan " << sub.nama << " " << amount);
          CHECK(annex_text.find(amount) != std::string::npos);
          ++subs;
        }
      }
    }
  }
  CHECK(subs == 51);
  CHECK(annex_text.find("28.584.558.694") != std::string::npos);  // program 1, stated and its rows' sum
  // Program 2 states Rp 17.903.779.061: printed as stated and marked; its JUMLAH adds up its rows, printed above
  // it; the note under the table gives both and the difference.
  CHECK(annex_text.find("17.903.779.061 *)") != std::string::npos);
  CHECK(annex_text.find("16.487.571.661") != std::string::npos);
  CHECK(annex_text.find("Rp 1.416.207.400.") != std::string::npos);  // the difference, never broken from its Rp
  CHECK(annex_text.find("45.072.130.355") != std::string::npos);  // the total of what is printed
}

TEST_CASE("no word of the annex crosses a cell border", "[build][sample][table]") {
  const BuiltSample& sample = built();
  constexpr double inset = 0.5;  // poppler's word boxes include the font's full ascent and descent
  std::size_t words_checked = 0;
  for (int page : annex_pages(sample.laid_out)) {
    const layout::Page& laid = sample.laid_out.pages[static_cast<std::size_t>(page) - 1];
    for (const Box& word : words_on(sample.pdf, page)) {
      ++words_checked;
      for (const layout::Item& item : laid.items) {
        const auto* rule = std::get_if<layout::Rule>(&item);
        if (rule == nullptr) continue;
        bool vertical = rule->x1 == rule->x2;
        bool crosses = vertical ? rule->x1 > word.x0 + inset && rule->x1 < word.x1 - inset &&
                                      std::max(rule->y1, rule->y2) > word.y0 + inset && std::min(rule->y1, rule->y2) < word.y1 - inset
                                : rule->y1 > word.y0 + inset && rule->y1 < word.y1 - inset &&
                                      std::max(rule->x1, rule->x2) > word.x0 + inset && std::min(rule->x1, rule->x2) < word.x1 - inset;
        INFO("page " << page << ": \"" << word.text << "\" [" << word.x0 << ", " << word.y0 << ", " << word.x1 << ", " << word.y1
                     << "] against the rule (" << rule->x1 << ", " << rule->y1 << ")–(" << rule->x2 << ", " << rule->y2 << ")");
        CHECK_FALSE(crosses);
      }
    }
  }
  CHECK(words_checked > 1000);
}

TEST_CASE("with a core to spare the annex is laid out beside the body, and every page is the same", "[build][sample]") {
  const BuiltSample& sample = built();
  // The annex (the last sequence) is the one paginated ahead: it is as long as the body before it.
  std::vector<std::size_t> weights;
  for (const compose::PageSequence& sequence : sample.document.sequences) {
    weights.push_back(layout::detail::layout_weight(sequence));
  }
  std::vector<bool> handed_on(weights.size(), true);
  handed_on[1] = false;  // the front matter, which waits on its table of contents
  REQUIRE(layout::detail::sequence_to_paginate_ahead(weights, handed_on, 8192) == weights.size() - 1);

  layout::CollectingSink sink;
  const layout::LayoutSummary summary =
      layout::layout_document(sample.document, sample.fonts, text::Hyphenator::indonesian().get(), sink, true);
  const std::vector<layout::Page> pages = sink.take_pages();
  REQUIRE(pages.size() == sample.laid_out.pages.size());
  for (std::size_t i = 0; i < pages.size(); ++i) {
    INFO("page " << i + 1);
    CHECK(layout::dump_page(pages[i], i + 1) == layout::dump_page(sample.laid_out.pages[i], i + 1));
  }
  CHECK(layout::dump_outline(summary.outline) == layout::dump_outline(sample.laid_out.outline));
}
