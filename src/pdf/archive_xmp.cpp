#include "archive_xmp.hpp"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "naskah/text/xml_escape.hpp"

namespace naskah::pdf {
namespace {

struct Property {
  const char* name;
  const char* description;
  std::string value;
};

std::vector<Property> properties(const WriteOptions& options) {
  std::string plan;
  std::string data;
  for (const EmbeddedFile& file : options.attachments) {
    (file.relationship == FileRelationship::source ? plan : data) = file.name;
  }
  return {
      {"PlanFile", "The name of the embedded file (AFRelationship Source) holding the plan the document was built from",
       plan},
      {"DataFile", "The name of the embedded spreadsheet (AFRelationship Data) the annex was imported from", data},
      {"Template", "The name of the naskah template that built the document", options.template_name},
      {"TemplateSHA256", "The SHA-256 of that template's template.xml", options.template_sha256},
  };
}

}  // namespace

std::string archive_xmp(const WriteOptions& options) {
  const std::vector<Property> all = properties(options);
  std::string x =
      "<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\" "
      "xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
      "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
      "<pdfaSchema:schema>naskah archive</pdfaSchema:schema>\n";
  x += fmt::format("<pdfaSchema:namespaceURI>{}</pdfaSchema:namespaceURI>\n", archive_xmp_namespace);
  x += "<pdfaSchema:prefix>naskah</pdfaSchema:prefix>\n<pdfaSchema:property><rdf:Seq>\n";
  for (const Property& property : all) {
    x += fmt::format(
        "<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>{}</pdfaProperty:name>"
        "<pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category>"
        "<pdfaProperty:description>{}</pdfaProperty:description></rdf:li>\n",
        property.name, property.description);
  }
  x += "</rdf:Seq></pdfaSchema:property>\n</rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n";
  x += fmt::format("<rdf:Description rdf:about=\"\" xmlns:naskah=\"{}\">\n", archive_xmp_namespace);
  for (const Property& property : all) {
    if (!property.value.empty()) {
      x += fmt::format("<naskah:{0}>{1}</naskah:{0}>\n", property.name, text::xml_escaped(property.value));
    }
  }
  return x + "</rdf:Description>\n";
}

}  // namespace naskah::pdf
