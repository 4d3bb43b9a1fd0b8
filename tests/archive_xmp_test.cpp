// What a PDF/A-3b's XMP says of the files it carries: naskah's schema described for PDF/A, then its values.

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include <string>

#include "../src/pdf/archive_xmp.hpp"

using namespace naskah;

namespace {

/// The descriptions inside an rdf:RDF, parsed; REQUIREs that they are well-formed.
pugi::xml_document parsed(const std::string& descriptions) {
  pugi::xml_document doc;
  const std::string xml = "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">" + descriptions + "</rdf:RDF>";
  REQUIRE(doc.load_string(xml.c_str()));
  return doc;
}

pdf::WriteOptions options() {
  pdf::WriteOptions o;
  o.pdfa = pdf::PdfaPart::a3b;
  o.attachments.push_back({"rkt & 2024.xml", "<rkt/>", "application/xml", "", pdf::FileRelationship::source});
  o.template_name = "rkt";
  o.template_sha256 = std::string(64, 'f');
  return o;
}

}  // namespace

TEST_CASE("the XMP describes naskah's four properties and gives the values there are", "[archive-xmp]") {
  const pugi::xml_document doc = parsed(pdf::archive_xmp(options()));
  const pugi::xml_node rdf = doc.first_child();
  const pugi::xml_node schema = rdf.first_child().child("pdfaExtension:schemas").child("rdf:Bag").child("rdf:li");
  CHECK(std::string(schema.child_value("pdfaSchema:namespaceURI")) == "urn:naskah:archive:1#");
  CHECK(std::string(schema.child_value("pdfaSchema:prefix")) == "naskah");
  std::string names;
  for (pugi::xml_node property : schema.child("pdfaSchema:property").child("rdf:Seq").children("rdf:li")) {
    names += std::string(property.child_value("pdfaProperty:name")) + " ";
    CHECK(std::string(property.child_value("pdfaProperty:valueType")) == "Text");
  }
  CHECK(names == "PlanFile DataFile Template TemplateSHA256 ");
  const pugi::xml_node values = rdf.first_child().next_sibling();
  CHECK(std::string(values.attribute("xmlns:naskah").value()) == "urn:naskah:archive:1#");
  CHECK(std::string(values.child_value("naskah:PlanFile")) == "rkt & 2024.xml");
  CHECK(std::string(values.child_value("naskah:Template")) == "rkt");
  CHECK(std::string(values.child_value("naskah:TemplateSHA256")) == std::string(64, 'f'));
  CHECK_FALSE(values.child("naskah:DataFile"));  // no spreadsheet: no value
}

TEST_CASE("the spreadsheet is named when it is carried", "[archive-xmp]") {
  pdf::WriteOptions o = options();
  o.attachments.push_back({"lampiran.xlsx", "PK", "application/zip", "", pdf::FileRelationship::data});
  const pugi::xml_document doc = parsed(pdf::archive_xmp(o));
  const pugi::xml_node values = doc.first_child().first_child().next_sibling();
  CHECK(std::string(values.child_value("naskah:DataFile")) == "lampiran.xlsx");
  CHECK(std::string(values.child_value("naskah:PlanFile")) == "rkt & 2024.xml");
}
