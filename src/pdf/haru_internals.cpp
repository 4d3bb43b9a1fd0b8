#include "haru_internals.hpp"

#include <algorithm>

#include "md5_digest.hpp"

#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

// The structures below are libharu 2.3.0's; a libharu of another version may lay them out otherwise.
static_assert(HPDF_MAJOR_VERSION == 2 && HPDF_MINOR_VERSION == 3 && HPDF_BUGFIX_VERSION == 0,
              "src/pdf/haru_internals.cpp is written for libharu 2.3.0's structures");

namespace naskah::pdf::internals {

namespace {

/// Written into the content stream's dictionary by libharu (its write_fn hook, called before ">>"): the stream
/// is saved with filter NONE, so that libharu copies the bytes deflated by naskah as they are, and this names the
/// filter they need. (With any filter of its own libharu would compress them a second time.)
HPDF_STATUS name_flate_filter(HPDF_Dict, HPDF_Stream stream) {
  return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

HPDF_PageAttr page_attributes(HPDF_Page page) { return static_cast<HPDF_PageAttr>(page->attr); }

}  // namespace

HPDF_MMgr document_memory(HPDF_Doc doc) { return doc->mmgr; }
HPDF_Xref document_xref(HPDF_Doc doc) { return doc->xref; }
HPDF_Dict document_catalog(HPDF_Doc doc) { return doc->catalog; }
HPDF_Dict document_trailer(HPDF_Doc doc) { return doc->trailer; }
HPDF_Dict document_info(HPDF_Doc doc) { return doc->info; }
void set_pdf_version(HPDF_Doc doc, HPDF_PDFVer version) { doc->pdf_version = version; }
HPDF_Stream saved_stream(HPDF_Doc doc) { return doc->stream; }

HPDF_MMgr object_memory(HPDF_Dict dict) { return dict->mmgr; }
HPDF_Stream dictionary_stream(HPDF_Dict dict) { return dict->stream; }
void set_dictionary_filter(HPDF_Dict dict, HPDF_UINT filter) { dict->filter = filter; }

void replace_dictionary_stream(HPDF_Dict dict, HPDF_Stream fresh) {
  HPDF_Stream old = dict->stream;
  dict->stream = fresh;
  HPDF_Stream_Free(old);
}

HPDF_MMgr array_memory(HPDF_Array array) { return array->mmgr; }

HPDF_Stream page_stream(HPDF_Page page) { return page_attributes(page)->stream; }

void replace_page_content(HPDF_Page page, HPDF_Stream deflated) {
  HPDF_PageAttr attr = page_attributes(page);
  HPDF_Stream_Free(attr->stream);
  attr->stream = deflated;
  attr->contents->stream = deflated;
  attr->contents->filter = HPDF_STREAM_FILTER_NONE;
  attr->contents->write_fn = name_flate_filter;
}

}  // namespace naskah::pdf::internals

namespace naskah::pdf {

// libharu's MD5, the one its encryption uses (hpdf_encrypt.h), so that naskah carries no second one.
Md5Digest md5_of(std::string_view bytes) {
  HPDF_MD5_CTX context;
  HPDF_MD5Init(&context);
  // HPDF_MD5Update takes a 32-bit length: feed larger inputs in pieces.
  constexpr std::size_t piece = 1u << 30;
  for (std::size_t at = 0; at < bytes.size(); at += piece) {
    const std::size_t length = std::min(piece, bytes.size() - at);
    HPDF_MD5Update(&context, reinterpret_cast<const HPDF_BYTE*>(bytes.data() + at), static_cast<HPDF_UINT32>(length));
  }
  Md5Digest digest{};
  HPDF_MD5Final(digest.data(), &context);
  return digest;
}

}  // namespace naskah::pdf
