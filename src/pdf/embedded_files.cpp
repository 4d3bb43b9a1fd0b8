#include "embedded_files.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "haru_internals.hpp"
#include "md5_digest.hpp"
#include "naskah/text/translate.hpp"
#include "text_encoding.hpp"

namespace naskah::pdf {
namespace {

/// A text string: as it is when it is plain ASCII, otherwise UTF-16BE through the UTF-8 encoder.
HPDF_String text_string(HaruDocument& haru, const std::string& value, std::string_view what) {
  HPDF_Doc doc = haru.get();
  HPDF_Encoder encoder = is_printable_ascii(value) ? nullptr : haru.utf8_encoder();
  return haru.check_not_null(HPDF_String_New(internals::document_memory(doc), value.c_str(), encoder), what);
}

/// The name a reader without Unicode file names offers (/F): non-ASCII characters become '_'.
std::string ascii_name(const std::string& name) {
  std::string out;
  for (char32_t c : decode_utf8(name)) out += c >= 0x20 && c < 0x7F ? static_cast<char>(c) : '_';
  return out;
}

const char* relationship_name(FileRelationship relationship) {
  return relationship == FileRelationship::data ? "Data" : "Source";
}

HPDF_Dict embedded_stream(HaruDocument& haru, const EmbeddedFile& file, const layout::Metadata& meta,
                          std::string_view what) {
  HPDF_Doc doc = haru.get();
  HPDF_Dict stream = haru.check_not_null(HPDF_DictStream_New(internals::document_memory(doc), internals::document_xref(doc)), what);
  internals::set_dictionary_filter(stream, HPDF_STREAM_FILTER_FLATE_DECODE);
  haru.check(HPDF_Dict_AddName(stream, "Type", "EmbeddedFile"), what);
  // libharu writes a name's '/' as #2F, as PDF requires: /application#2Fxml.
  haru.check(HPDF_Dict_AddName(stream, "Subtype", file.mime.c_str()), what);
  HPDF_Dict params = haru.check_not_null(HPDF_Dict_New(internals::document_memory(doc)), what);
  haru.check(HPDF_Dict_Add(stream, "Params", params), what);
  haru.check(HPDF_Dict_AddNumber(params, "Size", static_cast<HPDF_INT32>(file.bytes.size())), what);
  const std::string date = fmt::format("D:{:04}{:02}{:02}000000Z", meta.year, meta.month, meta.day);
  haru.check(HPDF_Dict_Add(params, "ModDate", HPDF_String_New(internals::document_memory(doc), date.c_str(), nullptr)), what);
  const Md5Digest checksum = md5_of(file.bytes);
  haru.check(HPDF_Dict_Add(params, "CheckSum", HPDF_Binary_New(internals::document_memory(doc), const_cast<HPDF_BYTE*>(checksum.data()),
                                                               static_cast<HPDF_UINT>(checksum.size()))),
             what);
  // HPDF_Stream_Write takes a 32-bit length: larger files are written in pieces.
  constexpr std::size_t piece = 1u << 30;
  for (std::size_t at = 0; at < file.bytes.size(); at += piece) {
    const std::size_t length = std::min(piece, file.bytes.size() - at);
    haru.check(HPDF_Stream_Write(internals::dictionary_stream(stream), reinterpret_cast<const HPDF_BYTE*>(file.bytes.data() + at),
                                 static_cast<HPDF_UINT>(length)),
               what);
  }
  return stream;
}

HPDF_Dict file_spec(HaruDocument& haru, const EmbeddedFile& file, const layout::Metadata& meta) {
  HPDF_Doc doc = haru.get();
  const std::string what = text::tr("embedding the file {}", file.name);
  HPDF_Dict spec = haru.check_not_null(HPDF_Dict_New(internals::document_memory(doc)), what);
  haru.check(HPDF_Xref_Add(internals::document_xref(doc), spec), what);
  haru.check(HPDF_Dict_AddName(spec, "Type", "Filespec"), what);
  haru.check(HPDF_Dict_Add(spec, "F", HPDF_String_New(internals::document_memory(doc), ascii_name(file.name).c_str(), nullptr)), what);
  haru.check(HPDF_Dict_Add(spec, "UF", text_string(haru, file.name, what)), what);
  if (!file.description.empty()) haru.check(HPDF_Dict_Add(spec, "Desc", text_string(haru, file.description, what)), what);
  haru.check(HPDF_Dict_AddName(spec, "AFRelationship", relationship_name(file.relationship)), what);
  HPDF_Dict stream = embedded_stream(haru, file, meta, what);
  HPDF_Dict streams = haru.check_not_null(HPDF_Dict_New(internals::document_memory(doc)), what);
  haru.check(HPDF_Dict_Add(streams, "F", stream), what);
  haru.check(HPDF_Dict_Add(streams, "UF", stream), what);
  haru.check(HPDF_Dict_Add(spec, "EF", streams), what);
  return spec;
}

}  // namespace

void embed_files(HaruDocument& haru, const std::vector<EmbeddedFile>& files, const layout::Metadata& meta) {
  if (files.empty()) return;
  HPDF_Doc doc = haru.get();
  const std::string what = text::tr("listing the embedded files");
  // A name tree's keys are in byte order.
  std::vector<const EmbeddedFile*> by_name;
  for (const EmbeddedFile& file : files) by_name.push_back(&file);
  std::sort(by_name.begin(), by_name.end(), [](const EmbeddedFile* a, const EmbeddedFile* b) { return a->name < b->name; });
  for (std::size_t i = 1; i < by_name.size(); ++i) {
    if (by_name[i]->name == by_name[i - 1]->name) {
      throw PdfError(text::tr("two files to embed are both named {}", by_name[i]->name));
    }
  }
  HPDF_Array associated = haru.check_not_null(HPDF_Array_New(internals::document_memory(doc)), what);
  HPDF_Array names = haru.check_not_null(HPDF_Array_New(internals::document_memory(doc)), what);
  for (const EmbeddedFile* file : by_name) {
    HPDF_Dict spec = file_spec(haru, *file, meta);
    haru.check(HPDF_Array_Add(associated, spec), what);
    haru.check(HPDF_Array_Add(names, text_string(haru, file->name, what)), what);
    haru.check(HPDF_Array_Add(names, spec), what);
  }
  HPDF_Dict tree = haru.check_not_null(HPDF_Dict_New(internals::document_memory(doc)), what);
  haru.check(HPDF_Xref_Add(internals::document_xref(doc), tree), what);
  haru.check(HPDF_Dict_Add(tree, "Names", names), what);
  HPDF_Dict name_dictionary = haru.check_not_null(HPDF_Dict_New(internals::document_memory(doc)), what);
  haru.check(HPDF_Dict_Add(name_dictionary, "EmbeddedFiles", tree), what);
  haru.check(HPDF_Dict_Add(internals::document_catalog(doc), "Names", name_dictionary), what);
  haru.check(HPDF_Dict_Add(internals::document_catalog(doc), "AF", associated), what);
}

void name_template(HaruDocument& haru, const std::string& name, const std::string& sha256) {
  if (name.empty()) return;
  HPDF_Doc doc = haru.get();
  const std::string what = text::tr("naming the template {} in the document information", name);
  HPDF_Dict info = haru.check_not_null(internals::document_info(doc), what);
  haru.check(HPDF_Dict_Add(info, "NaskahTemplate", text_string(haru, name, what)), what);
  haru.check(HPDF_Dict_Add(info, "NaskahTemplateSHA256", HPDF_String_New(internals::document_memory(doc), sha256.c_str(), nullptr)), what);
}

}  // namespace naskah::pdf
