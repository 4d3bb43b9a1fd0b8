// The associated files of a PDF/A-3b as the PDF writer makes them, read with qpdf key by key.

#include <catch2/catch.hpp>

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QUtil.hh>

#include <string>

#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/font_set.hpp"

using namespace naskah;

namespace {

QPDFObjectHandle root_of(QPDF& pdf, const std::string& bytes) {
  pdf.processMemoryFile("test", bytes.data(), bytes.size());
  return pdf.getRoot();
}

std::string pdf_with(const std::vector<pdf::EmbeddedFile>& files) {
  layout::LaidOutDocument doc;
  doc.pages.push_back(layout::Page{});
  doc.metadata = {"RKT", "", "", "", "", 2024, 3, 4};
  pdf::WriteOptions options;
  options.pdfa = pdf::PdfaPart::a3b;
  options.attachments = files;
  text::FontSet fonts;
  return pdf::render_pdf(doc, fonts, options);
}

}  // namespace

TEST_CASE("each file: a Filespec in /AF and the name tree, its stream typed, sized, dated and checksummed",
          "[embedded-files]") {
  const std::string bytes = pdf_with({
      {"rkt.xml", "<rkt/>", "application/xml", "Berkas rencana", pdf::FileRelationship::source},
      {"lampiran.csv", "a;b\n", "text/csv", "", pdf::FileRelationship::data},
  });
  QPDF pdf;
  QPDFObjectHandle root = root_of(pdf, bytes);
  QPDFObjectHandle associated = root.getKey("/AF");
  REQUIRE(associated.isArray());
  REQUIRE(associated.getArrayNItems() == 2);
  // In byte order of their names, as the name tree must be.
  QPDFObjectHandle sheet = associated.getArrayItem(0);
  QPDFObjectHandle plan = associated.getArrayItem(1);
  CHECK(plan.getKey("/Type").getName() == "/Filespec");
  CHECK(plan.getKey("/F").getUTF8Value() == "rkt.xml");
  CHECK(plan.getKey("/UF").getUTF8Value() == "rkt.xml");
  CHECK(plan.getKey("/Desc").getUTF8Value() == "Berkas rencana");
  CHECK(plan.getKey("/AFRelationship").getName() == "/Source");
  CHECK(sheet.getKey("/AFRelationship").getName() == "/Data");
  CHECK_FALSE(sheet.hasKey("/Desc"));
  QPDFObjectHandle stream = plan.getKey("/EF").getKey("/F");
  REQUIRE(stream.isStream());
  CHECK(plan.getKey("/EF").getKey("/UF").getObjGen() == stream.getObjGen());
  QPDFObjectHandle dict = stream.getDict();
  CHECK(dict.getKey("/Type").getName() == "/EmbeddedFile");
  CHECK(dict.getKey("/Subtype").getName() == "/application/xml");
  CHECK(dict.getKey("/Params").getKey("/Size").getIntValue() == 6);
  CHECK(dict.getKey("/Params").getKey("/ModDate").getUTF8Value() == "D:20240304000000Z");
  // MD5("<rkt/>")
  const std::string checksum = dict.getKey("/Params").getKey("/CheckSum").getStringValue();
  CHECK(QUtil::hex_encode(checksum) == "86ecd7da569bdd319179642b839f3988");
  CHECK(stream.getStreamData(qpdf_dl_generalized)->getSize() == 6);
  QPDFObjectHandle names = root.getKey("/Names").getKey("/EmbeddedFiles").getKey("/Names");
  REQUIRE(names.getArrayNItems() == 4);
  CHECK(names.getArrayItem(0).getUTF8Value() == "lampiran.csv");
  CHECK(names.getArrayItem(2).getUTF8Value() == "rkt.xml");
  CHECK(names.getArrayItem(3).getObjGen() == plan.getObjGen());
}

TEST_CASE("a name beyond ASCII: /UF keeps it, /F replaces what ASCII lacks", "[embedded-files]") {
  const std::string bytes = pdf_with({{"rkt-ü.xml", "<rkt/>", "application/xml", "", pdf::FileRelationship::source}});
  QPDF pdf;
  QPDFObjectHandle plan = root_of(pdf, bytes).getKey("/AF").getArrayItem(0);
  CHECK(plan.getKey("/UF").getUTF8Value() == "rkt-ü.xml");
  CHECK(plan.getKey("/F").getUTF8Value() == "rkt-_.xml");
}

TEST_CASE("a PDF/A-1b and a plain PDF carry nothing", "[embedded-files]") {
  layout::LaidOutDocument doc;
  doc.pages.push_back(layout::Page{});
  pdf::WriteOptions options;
  options.pdfa = pdf::PdfaPart::a1b;
  options.attachments.push_back({"rkt.xml", "<rkt/>", "application/xml", "", pdf::FileRelationship::source});
  text::FontSet fonts;
  for (pdf::PdfaPart part : {pdf::PdfaPart::a1b, pdf::PdfaPart::none}) {
    options.pdfa = part;
    const std::string bytes = pdf::render_pdf(doc, fonts, options);
    QPDF pdf;
    QPDFObjectHandle root = root_of(pdf, bytes);
    CHECK_FALSE(root.hasKey("/AF"));
    CHECK_FALSE(root.hasKey("/Names"));
  }
}
