// The whole pipeline on the sample: every paragraph and list item the plan composes is in the PDF's text, in
// order — nothing lost, duplicated or reordered by layout or the writer.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <memory>

#include "naskah/compose/compose.hpp"
#include "naskah/layout/layout.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/hyphenator.hpp"

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

TEST_CASE("every paragraph and list item of the sample is in the PDF, in order", "[build][sample]") {
  const std::string root = NASKAH_SOURCE_DIR;
  plan::ParseResult parsed = plan::parse_plan_file(root + "/samples/rkt-2024-setwan-luwu-timur.xml");
  REQUIRE(parsed.plan.has_value());
  compose::TemplateLoad loaded = compose::load_template(root + "/templates/rkt");
  REQUIRE(loaded.value.has_value());
  text::FontSet fonts;
  diag::Diagnostics problems;
  compose::Document document = compose::compose_document(*parsed.plan, *loaded.value, fonts,
                                                         compose::font_search_dirs(*loaded.value, root), problems);
  REQUIRE_FALSE(problems.has_errors());
  auto hyphenator = text::Hyphenator::indonesian();
  layout::LayoutResult laid_out = layout::layout_document(document, fonts, hyphenator.get());
  CHECK(laid_out.warnings.empty());
  const std::string pdf = "naskah-build-sample-test.pdf";
  pdf::write_pdf(laid_out.document, fonts, pdf);
  std::string extracted = skeleton(without_footers(run("pdftotext -layout " + pdf + " -")));
  std::remove(pdf.c_str());
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
