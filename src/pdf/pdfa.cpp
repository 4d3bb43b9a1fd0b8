#include "naskah/text/translate.hpp"
#include "pdfa.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <vector>

#include "haru_internals.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/xml_escape.hpp"

namespace naskah::pdf {
namespace {

/// The XMP packet: the document information again, and the PDF/A identification.
std::string xmp_packet(const layout::Metadata& meta, const std::string& producer) {
  const std::string date = fmt::format("{:04}-{:02}-{:02}T00:00:00Z", meta.year, meta.month, meta.day);
  std::string x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                  "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                  "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  x += "<dc:format>application/pdf</dc:format>\n";
  x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + text::xml_escaped(meta.title) + "</rdf:li></rdf:Alt></dc:title>\n";
  if (!meta.author.empty()) x += "<dc:creator><rdf:Seq><rdf:li>" + text::xml_escaped(meta.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!meta.subject.empty()) {
    x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + text::xml_escaped(meta.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n";
  }
  x += "</rdf:Description>\n";
  x += "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
  x += "<xmp:CreatorTool>" + text::xml_escaped(meta.creator) + "</xmp:CreatorTool>\n";
  x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
  x += "</rdf:Description>\n";
  x += "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n";
  x += "<pdf:Producer>" + text::xml_escaped(producer) + "</pdf:Producer>\n";
  if (!meta.keywords.empty()) x += "<pdf:Keywords>" + text::xml_escaped(meta.keywords) + "</pdf:Keywords>\n";
  x += "</rdf:Description>\n";
  x += "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
       "<pdfaid:part>1</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n";
  x += "</rdf:RDF>\n</x:xmpmeta>\n";
  // Room for editors to change the packet in place, as the XMP specification recommends.
  for (int i = 0; i < 20; ++i) x += std::string(99, ' ') + "\n";
  x += "<?xpacket end=\"w\"?>";
  return x;
}

std::vector<HPDF_BYTE> read_profile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<HPDF_BYTE> bytes;
  if (in) bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad() || bytes.size() < 128) {  // 128: an ICC profile's header alone
    throw PdfError(text::tr("cannot read the sRGB colour profile {} that PDF/A needs (Debian package "
                            "icc-profiles-free)", path));
  }
  return bytes;
}

}  // namespace

void make_pdfa(HaruDocument& haru, const layout::Metadata& meta, const std::string& producer,
               const std::vector<HPDF_Annotation>& annotations) {
  HPDF_Doc doc = haru.get();
  HPDF_MMgr memory = internals::document_memory(doc);
  HPDF_Xref xref = internals::document_xref(doc);
  HPDF_Dict catalog = internals::document_catalog(doc);
  const std::string what = text::tr("making the document PDF/A-1b");
  internals::set_pdf_version(doc, HPDF_VER_14);

  // The XMP metadata, unfiltered.
  const std::string xmp = xmp_packet(meta, producer);
  HPDF_Dict metadata = haru.check_not_null(HPDF_DictStream_New(memory, xref), what);
  internals::set_dictionary_filter(metadata, HPDF_STREAM_FILTER_NONE);
  haru.check(HPDF_Dict_AddName(metadata, "Type", "Metadata"), what);
  haru.check(HPDF_Dict_AddName(metadata, "Subtype", "XML"), what);
  haru.check(HPDF_Stream_Write(internals::dictionary_stream(metadata), reinterpret_cast<const HPDF_BYTE*>(xmp.data()),
                               static_cast<HPDF_UINT>(xmp.size())),
             what);
  haru.check(HPDF_Dict_Add(catalog, "Metadata", metadata), what);

  // The output intent: sRGB.
  const std::vector<HPDF_BYTE> profile = read_profile(srgb_profile_path);
  HPDF_Dict icc = haru.check_not_null(HPDF_DictStream_New(memory, xref), what);
  internals::set_dictionary_filter(icc, HPDF_STREAM_FILTER_FLATE_DECODE);
  haru.check(HPDF_Dict_AddNumber(icc, "N", 3), what);
  haru.check(HPDF_Stream_Write(internals::dictionary_stream(icc), profile.data(), static_cast<HPDF_UINT>(profile.size())), what);
  HPDF_Dict intent = haru.check_not_null(HPDF_Dict_New(memory), what);
  haru.check(HPDF_Xref_Add(xref, intent), what);
  haru.check(HPDF_Dict_AddName(intent, "Type", "OutputIntent"), what);
  haru.check(HPDF_Dict_AddName(intent, "S", "GTS_PDFA1"), what);
  haru.check(HPDF_Dict_Add(intent, "OutputConditionIdentifier", HPDF_String_New(memory, "sRGB IEC61966-2.1", nullptr)),
             what);
  haru.check(HPDF_Dict_Add(intent, "Info", HPDF_String_New(memory, "sRGB IEC61966-2.1", nullptr)), what);
  haru.check(HPDF_Dict_Add(intent, "DestOutputProfile", icc), what);
  HPDF_Array intents = haru.check_not_null(HPDF_Array_New(memory), what);
  haru.check(HPDF_Array_Add(intents, intent), what);
  haru.check(HPDF_Dict_Add(catalog, "OutputIntents", intents), what);

  // The file ID, from the document's own metadata: the same plan gives the same bytes.
  HPDF_MD5_CTX md5;
  HPDF_MD5Init(&md5);
  HPDF_MD5Update(&md5, reinterpret_cast<const HPDF_BYTE*>(xmp.data()), static_cast<HPDF_UINT32>(xmp.size()));
  HPDF_BYTE digest[HPDF_MD5_KEY_LEN];
  HPDF_MD5Final(digest, &md5);
  HPDF_Array id = haru.check_not_null(HPDF_Array_New(memory), what);
  haru.check(HPDF_Array_Add(id, HPDF_Binary_New(memory, digest, HPDF_MD5_KEY_LEN)), what);
  haru.check(HPDF_Array_Add(id, HPDF_Binary_New(memory, digest, HPDF_MD5_KEY_LEN)), what);
  haru.check(HPDF_Dict_Add(internals::document_trailer(doc), "ID", id), what);

  // Annotations printable (flag 4).
  for (HPDF_Annotation annotation : annotations) haru.check(HPDF_Dict_AddNumber(annotation, "F", 4), what);
}

}  // namespace naskah::pdf
