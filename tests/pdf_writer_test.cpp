// The PDF writer, checked on its real output with the tools a person would use: qpdf, pdftotext, pdfinfo,
// pdffonts (poppler-utils). Documents are built by hand; no layout engine is involved.

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "naskah/io/image_file.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/font_set.hpp"

#include "kept_pdfs.hpp"
#include "../src/pdf/document_parts.hpp"
#include "../src/pdf/content_stream.hpp"
#include "../src/pdf/page_labels.hpp"
#include "../src/pdf/text_encoding.hpp"

namespace fs = std::filesystem;
using namespace naskah;

namespace {

constexpr double kA4Width = 595.276;
constexpr double kA4Height = 841.89;

struct CommandResult {
  int status = -1;
  std::string output;  // stdout and stderr together
};

CommandResult run(const std::string& command) {
  CommandResult result;
  std::FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer{};
  std::size_t n = 0;
  while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A fresh directory under the system's temporary directory, removed with everything in it at the end.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "naskah-pdf-test-XXXXXX").string();
    path = ::mkdtemp(pattern.data());
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

/// Liberation Serif (family 0), resolved from the project's fonts/families.conf.
const text::FontSet& fonts() {
  static const auto* set = [] {
    auto* fonts = new text::FontSet();
    std::string error;
    const auto files = text::resolve_family("Liberation Serif", {NASKAH_SOURCE_DIR}, &error);
    if (!files) FAIL("Liberation Serif: " << error);
    fonts->add_family(*files);
    return fonts;
  }();
  return *set;
}

constexpr std::array<unsigned char, 80> kTinyPng = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0x02, 0x08, 0x02, 0x00, 0x00, 0x00, 0xf0, 0xca, 0xea,
    0x34, 0x00, 0x00, 0x00, 0x17, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x38, 0x21, 0x27, 0x27,
    0xb7, 0x00, 0x88, 0x4f, 0x7c, 0x38, 0xc1, 0xc0, 0x80, 0xcc, 0x01, 0x00, 0x73, 0x06, 0x09, 0x39,
    0xd3, 0x46, 0x09, 0x96, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
};

/// kTinyPng written to `dir`/logo.png.
fs::path tiny_png(const fs::path& dir) {
  const fs::path png = dir / "logo.png";
  std::ofstream(png, std::ios::binary).write(reinterpret_cast<const char*>(kTinyPng.data()), kTinyPng.size());
  return png;
}

layout::TextRun run_at(double x, double baseline, std::string text, double size = 12, bool bold = false) {
  layout::TextRun run;
  run.x = x;
  run.baseline = baseline;
  run.face = text::FontFace{0, bold, false};
  run.size = size;
  run.text = std::move(text);
  run.width = text::text_width(fonts(), run.face, size, run.text);
  return run;
}

/// A run justified to `line_width`: layout's arithmetic, width = advances + spaces × word_spacing.
layout::TextRun justified(double x, double baseline, std::string text, double line_width, double size = 12) {
  layout::TextRun run = run_at(x, baseline, std::move(text), size);
  const auto spaces = static_cast<double>(std::count(run.text.begin(), run.text.end(), ' '));
  run.word_spacing = (line_width - run.width) / spaces;
  run.width = line_width;
  return run;
}

constexpr double kJustifiedWidth = 400;
const std::string kJustifiedText = "Rencana Kinerja Tahunan ini disusun sebagai pedoman pelaksanaan";
const std::string kUnicodeJustified = "Target capaian ≥ 90% untuk setiap indikator αβγ";

/// Four pages: i (A4 portrait, everything), ii (A4 landscape), 1 and 2; a link from page 1 to page 3; two
/// outline levels.
layout::LaidOutDocument sample_document(const fs::path& image_path) {
  layout::LaidOutDocument doc;
  doc.metadata.title = "Rencana Kinerja Tahunan 2024";
  doc.metadata.author = "Sekretariat DPRD Kabupaten Luwu Timur";
  doc.metadata.subject = "RKT 2024 – Sekretariat DPRD";
  doc.metadata.keywords = "RKT, kinerja, anggaran";
  doc.metadata.creator = "naskah test";
  doc.metadata.year = 2024;
  doc.metadata.month = 1;
  doc.metadata.day = 2;

  layout::Page front;
  front.label = "i";
  front.items.push_back(layout::Anchor{"kata-pengantar", 60});
  front.items.push_back(run_at(72, 100, "KATA PENGANTAR", 14, true));
  front.items.push_back(run_at(72, 130, "Puji syukur – café “Rencana” Rp 28.584.558.694"));
  front.items.push_back(justified(72, 160, kJustifiedText, kJustifiedWidth));
  front.items.push_back(justified(72, 190, kUnicodeJustified, kJustifiedWidth));
  front.items.push_back(run_at(72, 220, "Yunani: αβγ"));
  layout::TextRun underlined = run_at(72, 250, "ASWAN AZIS, S.Pi, M.Si", 12, true);
  underlined.underline = true;
  front.items.push_back(underlined);
  front.items.push_back(layout::Rule{72, 270, 523, 270, 1.0, layout::Color{0, 0, 0}});
  layout::Rect shaded;
  shaded.x = 72;
  shaded.y = 290;
  shaded.width = 200;
  shaded.height = 30;
  shaded.fill = layout::Color{200, 200, 200};
  shaded.stroke = layout::Color{0, 0, 0};
  front.items.push_back(shaded);
  front.items.push_back(run_at(80, 310, "Tabel di atas latar abu-abu"));
  layout::TextRun link_text = run_at(72, 350, "BAB I PENDAHULUAN ........ 1");
  link_text.color = layout::Color{0, 0, 160};
  front.items.push_back(link_text);
  front.items.push_back(layout::Link{72, 338, link_text.width, 16, "bab-1"});
  front.items.push_back(layout::Image{300, 380, 80, 40, image_path.string()});
  doc.pages.push_back(front);

  layout::Page landscape;
  landscape.width = kA4Height;
  landscape.height = kA4Width;
  landscape.label = "ii";
  landscape.items.push_back(run_at(72, 80, "LAMPIRAN: Matriks Rencana Kinerja (lanskap)"));
  doc.pages.push_back(landscape);

  layout::Page body;
  body.label = "1";
  body.items.push_back(layout::Anchor{"bab-1", 80});
  body.items.push_back(run_at(72, 100, "BAB I PENDAHULUAN", 14, true));
  body.items.push_back(layout::Anchor{"latar-belakang", 120});
  body.items.push_back(run_at(72, 140, "1.1 Latar Belakang", 12, true));
  doc.pages.push_back(body);

  layout::Page body2;
  body2.label = "2";
  body2.items.push_back(run_at(72, 100, "Halaman kedua isi."));
  doc.pages.push_back(body2);

  doc.outline.push_back({"Kata Pengantar", "kata-pengantar", 0});
  doc.outline.push_back({"BAB I PENDAHULUAN", "bab-1", 0});
  doc.outline.push_back({"1.1 Latar Belakang – “Dasar” é", "latar-belakang", 1});
  return doc;
}

/// The sample written once for the checks that only read it.
struct SampleFixture {
  TempDir dir;
  fs::path pdf;
  layout::LaidOutDocument doc;
  SampleFixture() {
    const fs::path png = tiny_png(dir.path);
    doc = sample_document(png);
    pdf = dir.path / "rkt.pdf";
    pdf::write_pdf(doc, fonts(), pdf.string());
    test::keep_for_pdf_readers(pdf, "pdf-writer-sample.pdf");
    // To look at the sample (pdftoppm -r 50 -png …): NASKAH_TEST_KEEP_PDF=/tmp/sample.pdf naskah_tests "[pdf]"
    if (const char* keep = std::getenv("NASKAH_TEST_KEEP_PDF")) {
      fs::copy_file(pdf, keep, fs::copy_options::overwrite_existing);
    }
  }
};

std::string quote(const fs::path& path) { return "'" + path.string() + "'"; }

}  // namespace

TEST_CASE("the PDF passes qpdf --check", "[pdf]") {
  SampleFixture sample;
  const auto check = run("qpdf --check " + quote(sample.pdf));
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(check.output.find("No syntax or stream encoding errors found") != std::string::npos);
  CHECK(check.output.find("WARNING") == std::string::npos);
}

TEST_CASE("pdftotext finds every text, accents and curly quotes included, without warnings", "[pdf]") {
  SampleFixture sample;
  const auto text = run("pdftotext -layout " + quote(sample.pdf) + " -");
  INFO(text.output);
  REQUIRE(text.status == 0);
  CHECK(text.output.find("KATA PENGANTAR") != std::string::npos);
  CHECK(text.output.find("Puji syukur – café “Rencana” Rp 28.584.558.694") != std::string::npos);
  CHECK(text.output.find("Yunani: αβγ") != std::string::npos);
  CHECK(text.output.find("≥") != std::string::npos);
  CHECK(text.output.find("ASWAN AZIS, S.Pi, M.Si") != std::string::npos);
  CHECK(text.output.find("LAMPIRAN: Matriks Rencana Kinerja (lanskap)") != std::string::npos);
  CHECK(text.output.find("Halaman kedua isi.") != std::string::npos);
  // Justified lines: every word is there (the gaps are wider than one space).
  for (const char* word : {"Rencana", "Kinerja", "Tahunan", "disusun", "pedoman", "pelaksanaan", "indikator"}) {
    CHECK(text.output.find(word) != std::string::npos);
  }
  // No poppler complaints (syntax errors, broken ToUnicode CMaps) on stderr.
  CHECK(text.output.find("Syntax Error") == std::string::npos);
  CHECK(text.output.find("Syntax Warning") == std::string::npos);
}

TEST_CASE("words sit exactly where layout put them, justified ones included", "[pdf]") {
  SampleFixture sample;
  const auto bbox = run("pdftotext -f 1 -l 1 -bbox " + quote(sample.pdf) + " -");
  REQUIRE(bbox.status == 0);
  // <word xMin="72.000000" yMin="..." xMax="..." yMax="...">Rencana</word>
  const std::regex word_pattern(
      R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  struct Word {
    double x_min, y_min, x_max, y_max;
    std::string text;
  };
  std::vector<Word> words;
  for (auto it = std::sregex_iterator(bbox.output.begin(), bbox.output.end(), word_pattern);
       it != std::sregex_iterator(); ++it) {
    words.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), (*it)[5]});
  }
  REQUIRE(!words.empty());
  auto find_word = [&](const std::string& text, double near_y) -> const Word* {
    for (const Word& word : words) {
      if (word.text == text && word.y_min < near_y && word.y_max > near_y - 12) return &word;
    }
    return nullptr;
  };

  for (const auto& [line, baseline] : {std::pair{kJustifiedText, 160.0}, std::pair{kUnicodeJustified, 190.0}}) {
    const layout::TextRun run = justified(72, baseline, line, kJustifiedWidth);
    std::size_t start = 0;
    double expected_x = run.x;
    while (start < line.size()) {
      const std::size_t end = std::min(line.find(' ', start), line.size());
      const std::string word = line.substr(start, end - start);
      const Word* found = find_word(word, baseline);
      INFO("word \"" << word << "\" of \"" << line << "\"");
      REQUIRE(found != nullptr);
      CHECK(found->x_min == Approx(expected_x).margin(0.02));
      CHECK(found->y_min < baseline);
      CHECK(found->y_max > baseline);  // the descender is below the baseline
      expected_x += text::text_width(fonts(), run.face, run.size, line.substr(start, end - start + 1)) +
                    (end < line.size() ? run.word_spacing : 0);
      start = end + 1;
    }
    // The last word ends at the line's width.
    const std::string last = line.substr(line.rfind(' ') + 1);
    const Word* found = find_word(last, baseline);
    REQUIRE(found != nullptr);
    CHECK(found->x_max == Approx(72 + kJustifiedWidth).margin(0.02));
  }
}

TEST_CASE("spaces wider than libharu's word spacing allows are drawn too, each word in its place", "[pdf]") {
  // A justified line of two words before one too long to share it: its one space is wider than 300 pt, the most
  // libharu's HPDF_Page_SetWordSpace takes.
  TempDir dir;
  layout::LaidOutDocument doc;
  layout::Page page;
  const layout::TextRun wide = justified(72, 100, "Sasaran 1:", 450);
  REQUIRE(wide.word_spacing > HPDF_MAX_WORDSPACE);
  page.items.push_back(wide);
  doc.pages.push_back(page);
  const fs::path pdf = dir.path / "wide.pdf";
  REQUIRE_NOTHROW(pdf::write_pdf(doc, fonts(), pdf.string()));
  const auto bbox = run("pdftotext -bbox " + quote(pdf) + " -");
  REQUIRE(bbox.status == 0);
  const std::regex word_pattern(
      R"re(<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>)re");
  std::vector<std::tuple<std::string, double, double>> words;
  for (auto it = std::sregex_iterator(bbox.output.begin(), bbox.output.end(), word_pattern);
       it != std::sregex_iterator(); ++it) {
    words.emplace_back((*it)[3], std::stod((*it)[1]), std::stod((*it)[2]));
  }
  REQUIRE(words.size() == 2);
  CHECK(std::get<0>(words[0]) == "Sasaran");
  CHECK(std::get<1>(words[0]) == Approx(72).margin(0.02));
  CHECK(std::get<0>(words[1]) == "1:");
  CHECK(std::get<1>(words[1]) ==
        Approx(72 + text::text_width(fonts(), wide.face, wide.size, "Sasaran ") + wide.word_spacing).margin(0.02));
  CHECK(std::get<2>(words[1]) == Approx(72 + 450).margin(0.02));
}

TEST_CASE("pdfinfo shows page sizes, metadata and the plan's date", "[pdf]") {
  SampleFixture sample;
  const auto info = run("TZ=UTC pdfinfo -isodates -f 1 -l 4 " + quote(sample.pdf));
  INFO(info.output);
  REQUIRE(info.status == 0);
  CHECK(info.output.find("Title:           Rencana Kinerja Tahunan 2024\n") != std::string::npos);
  CHECK(info.output.find("Author:          Sekretariat DPRD Kabupaten Luwu Timur\n") != std::string::npos);
  CHECK(info.output.find("Subject:         RKT 2024 – Sekretariat DPRD\n") != std::string::npos);
  CHECK(info.output.find("Keywords:        RKT, kinerja, anggaran\n") != std::string::npos);
  CHECK(info.output.find("Creator:         naskah test\n") != std::string::npos);
  CHECK(info.output.find("Producer:        naskah ") != std::string::npos);
  CHECK(info.output.find("CreationDate:    2024-01-02T00:00:00Z\n") != std::string::npos);
  CHECK(info.output.find("ModDate:         2024-01-02T00:00:00Z\n") != std::string::npos);
  CHECK(info.output.find("Pages:           4\n") != std::string::npos);
  CHECK(info.output.find("Page    1 size:  595.276 x 841.89 pts (A4)") != std::string::npos);
  CHECK(info.output.find("Page    2 size:  841.89 x 595.276 pts (A4)") != std::string::npos);
  CHECK(info.output.find("Page    3 size:  595.276 x 841.89 pts (A4)") != std::string::npos);
}

TEST_CASE("every font is embedded", "[pdf]") {
  SampleFixture sample;
  const auto listing = run("pdffonts " + quote(sample.pdf));
  INFO(listing.output);
  REQUIRE(listing.status == 0);
  std::istringstream lines(listing.output);
  std::string line;
  int fonts_seen = 0;
  bool saw_cid = false;
  for (int i = 0; std::getline(lines, line); ++i) {
    if (i < 2) continue;  // header and ---- rule
    std::istringstream fields(line);
    const std::vector<std::string> tokens{std::istream_iterator<std::string>(fields), {}};
    REQUIRE(tokens.size() >= 7);
    // name type… encoding emb sub uni object-number generation
    CHECK(tokens[tokens.size() - 5] == "yes");
    if (line.find("CID TrueType") != std::string::npos) saw_cid = true;
    ++fonts_seen;
  }
  CHECK(fonts_seen == 3);  // Liberation Serif regular and bold through Windows-1252, regular through UTF-8
  CHECK(saw_cid);
}

TEST_CASE("links, outline and page labels", "[pdf]") {
  SampleFixture sample;
  const auto json = run("qpdf --json=2 --json-key=pages --json-key=outlines --json-key=pagelabels " +
                        quote(sample.pdf));
  INFO(json.output);
  REQUIRE(json.status == 0);
  const std::string& out = json.output;
  // Page labels i, ii, 1, 2: two ranges, lower roman from page index 0 and decimal from index 2; qpdf shows
  // each page's label as its range's style and the number on that page.
  CHECK(std::regex_search(out, std::regex(R"("index": 0,\s*"label": \{\s*"/S": "/r",\s*"/St": 1\s*\})")));
  CHECK(std::regex_search(out, std::regex(R"("index": 2,\s*"label": \{\s*"/S": "/D",\s*"/St": 1\s*\})")));
  CHECK(std::regex_search(out, std::regex(R"re("label": \{\s*"/S": "/r",\s*"/St": 1\s*\}[\s\S]*)re"
                                          R"re("label": \{\s*"/S": "/r",\s*"/St": 2\s*\}[\s\S]*)re"
                                          R"re("label": \{\s*"/S": "/D",\s*"/St": 1\s*\}[\s\S]*)re"
                                          R"re("label": \{\s*"/S": "/D",\s*"/St": 2\s*\})re")));
  // Outline: two top entries, the second with a child whose title survived as UTF-16.
  CHECK(out.find("\"title\": \"Kata Pengantar\"") != std::string::npos);
  CHECK(out.find("\"title\": \"BAB I PENDAHULUAN\"") != std::string::npos);
  CHECK(out.find("\"title\": \"1.1 Latar Belakang – “Dasar” é\"") != std::string::npos);
  CHECK(std::regex_search(out, std::regex(R"("title": "BAB I PENDAHULUAN"[\s\S]*"destpageposfrom1": 3)")));

  // The link on page 1 leads to page 3 at the anchor, keeping the zoom: [page /XYZ null top null]. libharu
  // writes dictionaries and arrays uncompressed, one object after another.
  const std::string bytes = read_file(sample.pdf);
  std::smatch link;
  REQUIRE(std::regex_search(bytes, link, std::regex(R"(/Subtype /Link\s*/Dest (\d+) 0 R\s*/P \d+ 0 R\s*/Border \[ 0 0 0 \])")));
  std::smatch destination;
  REQUIRE(std::regex_search(bytes, destination,
                            std::regex("\n" + std::string(link[1]) + R"( 0 obj\s*\[ (\d+) 0 R /XYZ null ([0-9.]+) null \])")));
  CHECK(std::stod(destination[2]) == Approx(kA4Height - 80).margin(0.01));
  const auto pages = run("qpdf --show-pages " + quote(sample.pdf));
  INFO(pages.output);
  CHECK(pages.output.find("page 3: " + std::string(destination[1]) + " 0 R") != std::string::npos);
}

TEST_CASE("the same document gives the same bytes", "[pdf]") {
  TempDir dir;
  const fs::path png = tiny_png(dir.path);
  const layout::LaidOutDocument doc = sample_document(png);
  pdf::write_pdf(doc, fonts(), (dir.path / "a.pdf").string());
  pdf::write_pdf(doc, fonts(), (dir.path / "b.pdf").string());
  const std::string a = read_file(dir.path / "a.pdf");
  REQUIRE(a.size() > 1000);
  CHECK(a == read_file(dir.path / "b.pdf"));
  CHECK(a.find("/ID") == std::string::npos);
  CHECK(a.find("HPDFAA+") != std::string::npos);  // subset tags follow the order faces are first used
}

TEST_CASE("a document rendered in memory is the file's bytes, and a moved one is freed page by page", "[pdf]") {
  TempDir dir;
  const fs::path png = tiny_png(dir.path);
  const layout::LaidOutDocument doc = sample_document(png);
  pdf::write_pdf(doc, fonts(), (dir.path / "a.pdf").string());
  const std::string file = read_file(dir.path / "a.pdf");
  CHECK(pdf::render_pdf(doc, fonts()) == file);
  layout::LaidOutDocument moved = doc;
  REQUIRE_FALSE(moved.pages.front().items.empty());
  CHECK(pdf::render_pdf(std::move(moved), fonts()) == file);
  for (const layout::Page& page : moved.pages) CHECK(page.items.empty());  // NOLINT(bugprone-use-after-move)
}

TEST_CASE("writing is atomic and failures say why", "[pdf]") {
  TempDir dir;
  const fs::path png = tiny_png(dir.path);
  const layout::LaidOutDocument doc = sample_document(png);
  auto leftovers = [&](const fs::path& where) {
    int count = 0;
    for (const auto& entry : fs::directory_iterator(where)) {
      if (entry.path().filename().string().rfind(".out.pdf.", 0) == 0) ++count;
    }
    return count;
  };

  SECTION("a directory that does not exist") {
    const fs::path target = dir.path / "missing" / "out.pdf";
    try {
      pdf::write_pdf(doc, fonts(), target.string());
      FAIL("no PdfError");
    } catch (const pdf::PdfError& error) {
      const std::string message = error.what();
      CHECK(message.find((dir.path / "missing").string()) != std::string::npos);
      CHECK(message.find("No such file or directory") != std::string::npos);
    }
    CHECK(!fs::exists(dir.path / "missing"));
    CHECK(leftovers(dir.path) == 0);
  }

  SECTION("a target that cannot be replaced leaves no temporary file") {
    fs::create_directory(dir.path / "out.pdf");  // rename() of a file over a directory fails
    CHECK_THROWS_AS(pdf::write_pdf(doc, fonts(), (dir.path / "out.pdf").string()), pdf::PdfError);
    CHECK(leftovers(dir.path) == 0);
  }

  SECTION("an existing file survives a failing write") {
    const fs::path target = dir.path / "out.pdf";
    pdf::write_pdf(doc, fonts(), target.string());
    const std::string before = read_file(target);
    layout::LaidOutDocument bad = doc;
    bad.pages[1].items.push_back(run_at(72, 120, "Senyum 😀"));
    try {
      pdf::write_pdf(bad, fonts(), target.string());
      FAIL("no PdfError");
    } catch (const pdf::PdfError& error) {
      const std::string message = error.what();
      CHECK(message.find("U+1F600") != std::string::npos);
      CHECK(message.find("page 2") != std::string::npos);
    }
    CHECK(read_file(target) == before);
    CHECK(leftovers(dir.path) == 0);
    CHECK((fs::status(target).permissions() & fs::perms::others_read) != fs::perms::none);
  }

  SECTION("a link to an anchor that no page has") {
    layout::LaidOutDocument bad = doc;
    bad.pages[0].items.push_back(layout::Link{0, 0, 10, 10, "nowhere"});
    CHECK_THROWS_WITH(pdf::render_pdf(bad, fonts()), Catch::Contains("\"nowhere\""));
  }

  SECTION("an impossible document date gives libharu's error and what was being done") {
    layout::LaidOutDocument bad = doc;
    bad.metadata.month = 2;
    bad.metadata.day = 30;
    CHECK_THROWS_WITH(pdf::render_pdf(bad, fonts()),
                      Catch::Contains("libharu error 0x") && Catch::Contains("HPDF_INVALID_DATE_TIME") &&
                          Catch::Contains("2024-2-30"));
  }
}

TEST_CASE("a page label without a number is written as a prefix alone", "[pdf]") {
  layout::LaidOutDocument doc;
  for (const char* label : {"Sampul", "i", "1"}) {
    layout::Page page;
    page.label = label;
    page.items.push_back(run_at(72, 100, std::string("Halaman ") + label));
    doc.pages.push_back(page);
  }
  TempDir dir;
  const fs::path path = dir.path / "labels.pdf";
  pdf::write_pdf(doc, fonts(), path.string());
  test::keep_for_pdf_readers(path, "pdf-writer-labels.pdf");
  const auto json = run("qpdf --json=2 --json-key=pagelabels " + quote(path));
  INFO(json.output);
  REQUIRE(json.status == 0);
  CHECK(std::regex_search(json.output, std::regex(R"("index": 0,\s*"label": \{\s*"/P": "(u:)?Sampul",\s*"/St": 1\s*\})")));
  CHECK(std::regex_search(json.output, std::regex(R"("index": 1,\s*"label": \{\s*"/S": "/r",\s*"/St": 1\s*\})")));
  CHECK(std::regex_search(json.output, std::regex(R"("index": 2,\s*"label": \{\s*"/S": "/D",\s*"/St": 1\s*\})")));
}

TEST_CASE("page labels become the fewest numbering ranges", "[pdf]") {
  using pdf::LabelRange;
  using pdf::LabelStyle;
  CHECK(pdf::label_ranges({"i", "ii", "iii", "1", "2", "3"}) ==
        std::vector<LabelRange>{{0, LabelStyle::lower_roman, 1, ""}, {3, LabelStyle::decimal, 1, ""}});
  CHECK(pdf::label_ranges({"iv", "v", "7", "9"}) ==
        std::vector<LabelRange>{{0, LabelStyle::lower_roman, 4, ""},
                                {2, LabelStyle::decimal, 7, ""},
                                {3, LabelStyle::decimal, 9, ""}});
  CHECK(pdf::label_ranges({"", "A-1", "A-2", "XII"}) ==
        std::vector<LabelRange>{{0, LabelStyle::none, 1, ""},
                                {1, LabelStyle::decimal, 1, "A-"},
                                {3, LabelStyle::upper_roman, 12, ""}});
  CHECK(pdf::label_ranges({"Sampul", "Sampul", "01"}) ==
        std::vector<LabelRange>{{0, LabelStyle::none, 1, "Sampul"}, {2, LabelStyle::none, 1, "01"}});
  CHECK(pdf::label_ranges({}).empty());
}

TEST_CASE("text encodings for libharu", "[pdf]") {
  CHECK(pdf::encode_cp1252(pdf::decode_utf8("é–—“”‘’•€…")) == std::string("\xE9\x96\x97\x93\x94\x91\x92\x95\x80\x85"));
  CHECK(!pdf::encode_cp1252(pdf::decode_utf8("≥")));
  CHECK(!pdf::encode_cp1252(pdf::decode_utf8("a\tb")));  // control characters are not text
  CHECK(pdf::decode_utf8("a\xE2\x82" "b") == std::vector<char32_t>{U'a', 0xFFFD, U'b'});  // one U+FFFD, as layout counts
  CHECK(pdf::decode_utf8("\xF0\x9F\x98\x80") == std::vector<char32_t>{0x1F600});
  CHECK(pdf::encode_utf8({U'α', 0x1F600}) == "α\xF0\x9F\x98\x80");
  CHECK(pdf::describe_code_point(0x1F600) == "U+1F600 \"\xF0\x9F\x98\x80\"");
}

TEST_CASE("numbers in content streams: three decimals at most, no trailing zeros, no exponent, no -0", "[pdf]") {
  auto number = [](double value) {
    std::string out;
    pdf::append_number(out, value);
    return out;
  };
  CHECK(number(0) == "0");
  CHECK(number(-0.0001) == "0");
  CHECK(number(12.5) == "12.5");
  CHECK(number(-3.14159) == "-3.142");
  CHECK(number(841.8898) == "841.89");
  CHECK(number(1000) == "1000");
  CHECK(number(0.05) == "0.05");
  CHECK(number(-0.0005) == "-0.001");
  CHECK(number(123456789.0004) == "123456789");
}

TEST_CASE("pages drawn out of order take their place in the file, with their links and labels", "[pdf]") {
  // As layout hands them on: the body's pages first, then the front matter whose numbers waited on them.
  TempDir dir;
  layout::Metadata metadata;
  metadata.title = "Urutan halaman";
  pdf::PdfBuilder builder(fonts(), metadata);
  layout::Page body;
  body.label = "1";
  body.items.push_back(layout::Anchor{"bab-1", 80});
  body.items.push_back(run_at(72, 100, "BAB I PENDAHULUAN"));
  builder.add_page(2, 0, body);
  layout::Page body2;
  body2.label = "2";
  body2.items.push_back(run_at(72, 100, "Halaman kedua isi."));
  builder.add_page(2, 1, body2);
  layout::Page cover;
  cover.items.push_back(run_at(72, 100, "SAMPUL"));
  builder.add_page(0, 0, cover);
  layout::Page contents;
  contents.label = "i";
  const layout::TextRun entry = run_at(72, 100, "DAFTAR ISI: BAB I ........ 1");
  contents.items.push_back(entry);
  contents.items.push_back(layout::Link{72, 88, entry.width, 16, "bab-1"});
  builder.add_page(1, 0, contents);
  const fs::path pdf = dir.path / "order.pdf";
  builder.finish({layout::OutlineEntry{"BAB I PENDAHULUAN", "bab-1", 0}}, pdf.string());
  test::keep_for_pdf_readers(pdf, "pdf-writer-page-order.pdf");

  const auto check = run("qpdf --check " + quote(pdf));
  INFO(check.output);
  CHECK(check.status == 0);
  const std::vector<std::string> expected = {"SAMPUL", "DAFTAR ISI", "BAB I PENDAHULUAN", "Halaman kedua isi."};
  for (std::size_t page = 1; page <= expected.size(); ++page) {
    const auto text = run("pdftotext -f " + std::to_string(page) + " -l " + std::to_string(page) + " " + quote(pdf) + " -");
    INFO("page " << page << ": " << text.output);
    CHECK(text.output.find(expected[page - 1]) != std::string::npos);
  }
  const auto json = run("qpdf --json=2 --json-key=pages --json-key=outlines --json-key=pagelabels " + quote(pdf));
  INFO(json.output);
  // Labels: the cover without a number, i, then 1 and 2 from the third page on.
  CHECK(std::regex_search(json.output, std::regex(R"("index": 1,\s*"label": \{\s*"/S": "/r",\s*"/St": 1\s*\})")));
  CHECK(std::regex_search(json.output, std::regex(R"("index": 2,\s*"label": \{\s*"/S": "/D",\s*"/St": 1\s*\})")));
  // The outline entry and the link both lead to the third page.
  CHECK(std::regex_search(json.output, std::regex(R"("title": "BAB I PENDAHULUAN"[\s\S]*"destpageposfrom1": 3)")));
  const std::string bytes = read_file(pdf);
  std::smatch link;
  REQUIRE(std::regex_search(bytes, link, std::regex(R"(/Subtype /Link\s*/Dest (\d+) 0 R)")));
  std::smatch destination;
  REQUIRE(std::regex_search(bytes, destination, std::regex("\n" + std::string(link[1]) + R"( 0 obj\s*\[ (\d+) 0 R /XYZ)")));
  const auto pages = run("qpdf --show-pages " + quote(pdf));
  CHECK(pages.output.find("page 3: " + std::string(destination[1]) + " 0 R") != std::string::npos);
}

TEST_CASE("a page's operators are deflated once, in the order drawn around libharu's own", "[pdf]") {
  // Single-byte text, text through a CID face and an image (which libharu writes itself), then text again.
  TempDir dir;
  const fs::path png = tiny_png(dir.path);
  layout::LaidOutDocument doc;
  layout::Page page;
  page.items.push_back(run_at(72, 100, "Pertama"));
  page.items.push_back(run_at(72, 130, "Kedua αβγ"));
  page.items.push_back(layout::Image{300, 150, 80, 40, png.string()});
  page.items.push_back(run_at(72, 220, "Ketiga"));
  doc.pages.push_back(page);
  const fs::path pdf = dir.path / "order.pdf";
  pdf::write_pdf(doc, fonts(), pdf.string());
  test::keep_for_pdf_readers(pdf, "pdf-writer-deflate-order.pdf");

  const std::string raw = read_file(pdf);
  // The content stream carries exactly one filter, the one naskah applied.
  CHECK(std::regex_search(raw, std::regex(R"(/Length \d+ 0 R\s*/Filter /FlateDecode\s*>>\s*stream)")));
  CHECK(!std::regex_search(raw, std::regex(R"(/Filter[^>]*/Filter)")));  // never a filter named twice
  const auto check = run("qpdf --check " + quote(pdf));
  INFO(check.output);
  CHECK(check.status == 0);
  CHECK(check.output.find("WARNING") == std::string::npos);
  const auto text = run("pdftotext " + quote(pdf) + " -");
  CHECK(text.output.find("Pertama") < text.output.find("Kedua αβγ"));
  CHECK(text.output.find("Kedua αβγ") < text.output.find("Ketiga"));
  // In the decoded stream: the first text, the CID text (hex glyph codes), the image, the last text.
  const fs::path decoded = dir.path / "decoded.pdf";
  REQUIRE(run("qpdf --qdf --object-streams=disable " + quote(pdf) + " " + quote(decoded)).status == 0);
  const std::string content = read_file(decoded);
  const auto first = content.find("(Pertama) Tj");
  const auto cid = content.find("> Tj");
  const auto image = content.find(" Do");
  const auto last = content.find("(Ketiga) Tj");
  REQUIRE(first != std::string::npos);
  REQUIRE(cid != std::string::npos);
  REQUIRE(image != std::string::npos);
  REQUIRE(last != std::string::npos);
  CHECK(first < cid);
  CHECK(cid < image);
  CHECK(image < last);
}

TEST_CASE("an image that is the first thing on a page is drawn: libharu's part of the page is kept", "[pdf]") {
  // The Perjanjian Kinerja's title page starts with the unit's logo.
  TempDir dir;
  const fs::path png = tiny_png(dir.path);
  layout::LaidOutDocument doc;
  layout::Page page;
  page.items.push_back(layout::Image{300, 72, 80, 40, png.string()});
  page.items.push_back(run_at(72, 150, "Perjanjian"));
  doc.pages.push_back(page);
  const fs::path pdf = dir.path / "logo-first.pdf";
  pdf::write_pdf(doc, fonts(), pdf.string());
  test::keep_for_pdf_readers(pdf, "pdf-writer-image-first.pdf");
  const auto images = run("pdfimages -list " + quote(pdf));
  INFO(images.output);
  CHECK(std::regex_search(images.output, std::regex(R"(\n\s*1\s+0\s+image\s)")));
  const fs::path decoded = dir.path / "decoded.pdf";
  REQUIRE(run("qpdf --qdf --object-streams=disable " + quote(pdf) + " " + quote(decoded)).status == 0);
  const std::string content = read_file(decoded);
  const auto image = content.find(" Do");
  REQUIRE(image != std::string::npos);
  CHECK(image < content.find("(Perjanjian) Tj"));
}

TEST_CASE("an image checked when it was composed is embedded from those bytes, not read again", "[pdf]") {
  TempDir dir;
  const fs::path png = tiny_png(dir.path);
  auto checked = std::make_shared<const io::ImageFile>(io::read_image_file(png.string()));
  REQUIRE(checked->format);
  REQUIRE(checked->bytes != nullptr);
  // What is at the path now is no image: the writer must not look there again.
  std::ofstream(png, std::ios::binary | std::ios::trunc) << "not an image";
  layout::LaidOutDocument doc;
  layout::Page page;
  page.items.push_back(layout::Image{300, 72, 80, 40, png.string(), checked});
  doc.pages.push_back(page);
  const fs::path pdf = dir.path / "handed-on.pdf";
  pdf::write_pdf(doc, fonts(), pdf.string());
  const auto images = run("pdfimages -list " + quote(pdf));
  INFO(images.output);
  CHECK(std::regex_search(images.output, std::regex(R"(\n\s*1\s+0\s+image\s)")));
  // Without the checked file, the path is read and what is there refused.
  layout::LaidOutDocument unchecked = doc;
  std::get<layout::Image>(unchecked.pages[0].items[0]).file = nullptr;
  CHECK_THROWS_WITH(pdf::render_pdf(unchecked, fonts()), Catch::Contains("cannot use the image"));
}

TEST_CASE("pages go into a page tree, 4,096 to a node: 8,200 pages make no array longer than readers allow", "[pdf]") {
  layout::LaidOutDocument doc;
  for (int i = 1; i <= 8200; ++i) {
    layout::Page page;
    page.label = std::to_string(i);
    page.items.push_back(run_at(72, 100, "Halaman " + std::to_string(i)));
    doc.pages.push_back(std::move(page));
  }
  TempDir dir;
  const fs::path path = dir.path / "many.pdf";
  pdf::write_pdf(doc, fonts(), path.string());
  test::keep_for_pdf_readers(path, "pdf-writer-8200-pages.pdf");
  const auto pages = run("qpdf --show-npages " + quote(path));
  CHECK(pages.output == "8200\n");
  // The root and one node for each 4,096 pages: no /Kids array near the 8,191 that readers may allow.
  const std::string bytes = read_file(path);
  std::size_t nodes = 0;
  for (std::size_t at = bytes.find("/Type /Pages"); at != std::string::npos; at = bytes.find("/Type /Pages", at + 1)) ++nodes;
  CHECK(nodes == 1 + 3);
  const auto last = run("pdftotext -f 8200 -l 8200 " + quote(path) + " -");
  CHECK(last.output.find("Halaman 8200") != std::string::npos);
}

TEST_CASE("outline entries and document information too long for a line are shortened, never refused", "[pdf]") {
  CHECK(pdf::shortened("Rencana Kinerja", 7) == "Rencana\u2026");
  CHECK(pdf::shortened("Rencana", 7) == "Rencana");
  CHECK(pdf::shortened("\u00e9\u00e9\u00e9", 2) == "\u00e9\u00e9\u2026");  // never inside a character
  layout::LaidOutDocument doc;
  layout::Page page;
  page.items.push_back(layout::Anchor{"bab", 100});
  page.items.push_back(run_at(72, 100, "BAB I"));
  doc.pages.push_back(page);
  std::string title;
  while (title.size() < 100000) title += "Judul yang panjang sekali ";
  doc.outline.push_back({title, "bab", 0});
  doc.metadata.title = title;
  TempDir dir;
  const fs::path path = dir.path / "long-titles.pdf";
  pdf::write_pdf(doc, fonts(), path.string());  // libharu refuses strings of more than 65,535 bytes
  test::keep_for_pdf_readers(path, "pdf-writer-long-titles.pdf");
  const auto info = run("pdfinfo " + quote(path));
  CHECK(info.output.find(" " + pdf::shortened(title, pdf::max_information_characters) + "\n") != std::string::npos);
  CHECK(info.output.find(" " + pdf::shortened(title, pdf::max_information_characters + 1) + "\n") == std::string::npos);
}

TEST_CASE("pages deflated beside the drawing thread make the same file as pages deflated as drawn", "[pdf]") {
  // More pages than wait for the thread beside (page_deflater.cpp), so that the drawing thread also waits for
  // it; the sample's pages too, whose image libharu writes into the page before naskah's operators.
  TempDir dir;
  layout::LaidOutDocument doc = sample_document(tiny_png(dir.path));
  for (int i = 1; i <= 300; ++i) {
    layout::Page page = doc.pages.back();
    page.label = std::to_string(i + 2);
    page.items.push_back(run_at(72, 200, "Halaman tambahan " + std::to_string(i)));
    doc.pages.push_back(std::move(page));
  }
  pdf::WriteOptions beside;
  beside.spare_core = true;
  const std::string drawn_and_deflated = pdf::render_pdf(doc, fonts());
  const std::string deflated_beside = pdf::render_pdf(doc, fonts(), beside);
  CHECK(deflated_beside == drawn_and_deflated);
  const fs::path path = dir.path / "beside.pdf";
  std::ofstream(path, std::ios::binary) << deflated_beside;
  CHECK(run("qpdf --check " + quote(path)).status == 0);
  const auto last = run("pdftotext -f 304 -l 304 " + quote(path) + " -");
  CHECK(last.output.find("Halaman tambahan 300") != std::string::npos);
}
