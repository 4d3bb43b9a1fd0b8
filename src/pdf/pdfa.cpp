#include "naskah/text/translate.hpp"
#include "pdfa.hpp"

#include <fmt/format.h>

#include <fstream>
#include <iterator>
#include <vector>

#include "archive_xmp.hpp"
#include "embedded_files.hpp"
#include "haru_internals.hpp"
#include "md5_digest.hpp"
#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/xml_escape.hpp"

namespace naskah::pdf {
namespace {

/// The XMP packet: the document information again, the PDF/A identification and, in a PDF/A-3b, what it carries.
std::string xmp_packet(const layout::Metadata& meta, const std::string& producer, const WriteOptions& options) {
  const int part = options.pdfa == PdfaPart::a1b ? 1 : 3;
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
  x += fmt::format("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                   "<pdfaid:part>{}</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n",
                   part);
  if (options.pdfa == PdfaPart::a3b) x += archive_xmp(options);
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
               const std::vector<HPDF_Annotation>& annotations, const WriteOptions& options) {
  const PdfaPart part = options.pdfa;
  const std::vector<EmbeddedFile>& attachments = options.attachments;
  HPDF_Doc doc = haru.get();
  HPDF_MMgr memory = internals::document_memory(doc);
  HPDF_Xref xref = internals::document_xref(doc);
  HPDF_Dict catalog = internals::document_catalog(doc);
  const int part_number = part == PdfaPart::a1b ? 1 : 3;
  const std::string what = text::tr("making the document PDF/A-{}b", part_number);
  // PDF/A-1 is PDF 1.4; PDF/A-3 is ISO 32000-1, PDF 1.7, whose associated files it adds.
  internals::set_pdf_version(doc, part == PdfaPart::a1b ? HPDF_VER_14 : HPDF_VER_17);
  if (part == PdfaPart::a3b) {
    embed_files(haru, attachments, meta);
    name_template(haru, options.template_name, options.template_sha256);
  }

  // The XMP metadata, unfiltered.
  const std::string xmp = xmp_packet(meta, producer, options);
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
  // With PDF/A-3 the embedded plan's checksum joins it: two plans of the same title and date differ in their ID.
  std::string identity = xmp;
  for (const EmbeddedFile& file : part == PdfaPart::a3b ? attachments : std::vector<EmbeddedFile>{}) {
    const Md5Digest checksum = md5_of(file.bytes);
    identity.append(checksum.begin(), checksum.end());
  }
  Md5Digest digest = md5_of(identity);
  HPDF_Array id = haru.check_not_null(HPDF_Array_New(memory), what);
  haru.check(HPDF_Array_Add(id, HPDF_Binary_New(memory, digest.data(), static_cast<HPDF_UINT>(digest.size()))), what);
  haru.check(HPDF_Array_Add(id, HPDF_Binary_New(memory, digest.data(), static_cast<HPDF_UINT>(digest.size()))), what);
  haru.check(HPDF_Dict_Add(internals::document_trailer(doc), "ID", id), what);

  // Annotations printable (flag 4).
  for (HPDF_Annotation annotation : annotations) haru.check(HPDF_Dict_AddNumber(annotation, "F", 4), what);
}

}  // namespace naskah::pdf
