// The plan a PDF/A-3b carries: written by the PDF writer, read back by read_archived_plan (qpdf), byte for byte;
// and what is no such archive refused in words.

#include <catch2/catch.hpp>

#include <string>

#include "naskah/pdf/archived_plan.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/font_set.hpp"

#include "temp_folder.hpp"

using namespace naskah;

namespace {

const std::string kPlan = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rkt tahun=\"2024\">\r\n  <!-- é -->\n</rkt>\n";

layout::LaidOutDocument one_page() {
  layout::LaidOutDocument doc;
  doc.pages.push_back(layout::Page{});
  doc.metadata.title = "RKT 2024";
  doc.metadata.year = 2024;
  doc.metadata.month = 1;
  doc.metadata.day = 2;
  return doc;
}

pdf::WriteOptions archive_options(const std::string& plan) {
  pdf::WriteOptions options;
  options.pdfa = pdf::PdfaPart::a3b;
  options.attachments.push_back({"rkt-2024.xml", plan, "application/xml", "Berkas rencana", pdf::FileRelationship::source});
  options.attachments.push_back({"lampiran.csv", "no;nama\n1;Program\n", "text/csv", "Lembar kerja", pdf::FileRelationship::data});
  options.template_name = "rkt";
  options.template_sha256 = std::string(64, 'a');
  return options;
}

}  // namespace

TEST_CASE("a PDF/A-3b gives its plan back byte for byte, with the template and the producer", "[archived-plan]") {
  test::TempFolder folder;
  text::FontSet fonts;
  const std::string path = folder.write("rkt.pdf", pdf::render_pdf(one_page(), fonts, archive_options(kPlan)));
  const pdf::ArchivedPlan plan = pdf::read_archived_plan(path);
  CHECK(plan.bytes == kPlan);
  CHECK(plan.name == "rkt-2024.xml");
  CHECK(plan.template_name == "rkt");
  CHECK(plan.template_sha256 == std::string(64, 'a'));
  CHECK(plan.producer.rfind("naskah ", 0) == 0);
}

TEST_CASE("the same plan gives the same archive, another plan another file ID", "[archived-plan]") {
  text::FontSet fonts;
  const std::string first = pdf::render_pdf(one_page(), fonts, archive_options(kPlan));
  CHECK(pdf::render_pdf(one_page(), fonts, archive_options(kPlan)) == first);
  const std::string other = pdf::render_pdf(one_page(), fonts, archive_options(kPlan + " "));
  const auto id_of = [](const std::string& pdf) { return pdf.substr(pdf.find("/ID")); };
  CHECK(id_of(other) != id_of(first));
}

TEST_CASE("two files embedded under one name are refused", "[archived-plan]") {
  text::FontSet fonts;
  pdf::WriteOptions options = archive_options(kPlan);
  options.attachments[1].name = options.attachments[0].name;
  CHECK_THROWS_WITH(pdf::render_pdf(one_page(), fonts, options), Catch::Contains("rkt-2024.xml"));
}

TEST_CASE("what carries no plan is said so", "[archived-plan]") {
  test::TempFolder folder;
  text::FontSet fonts;
  pdf::WriteOptions part1 = archive_options(kPlan);
  part1.pdfa = pdf::PdfaPart::a1b;  // PDF/A-1 has no associated files: the attachments are not written
  const std::string a1b = folder.write("a1b.pdf", pdf::render_pdf(one_page(), fonts, part1));
  CHECK_THROWS_WITH(pdf::read_archived_plan(a1b), Catch::Contains("carries no plan"));
  const std::string text = folder.write("plan.pdf", kPlan);
  CHECK_THROWS_WITH(pdf::read_archived_plan(text), Catch::Contains("not a PDF"));
  CHECK_THROWS_WITH(pdf::read_archived_plan((folder.path / "missing.pdf").string()), Catch::Contains("cannot read the file: No such file"));
  const std::string broken = folder.write("broken.pdf", "%PDF-1.7\nnothing else\n");
  CHECK_THROWS_AS(pdf::read_archived_plan(broken), pdf::ArchiveError);
  CHECK(pdf::looks_like_pdf(a1b));
  CHECK_FALSE(pdf::looks_like_pdf(text));
}
