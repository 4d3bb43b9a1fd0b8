#include "haru_internals.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <span>
#include <string>

#include "md5_digest.hpp"
#include "truetype_subset.hpp"

#include <hpdf_doc.h>
#include <hpdf_encrypt.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_image.h>
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

bool memory_stream_bytes(HPDF_Stream stream, std::string& bytes) {
  bytes.clear();
  if (stream->type != HPDF_STREAM_MEMORY) return false;
  const HPDF_UINT count = HPDF_MemStream_GetBufCount(stream);
  for (HPDF_UINT i = 0; i < count; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* buffer = HPDF_MemStream_GetBufPtr(stream, i, &length);
    if (buffer == nullptr) return false;
    bytes.append(reinterpret_cast<const char*>(buffer), length);
  }
  return bytes.size() == HPDF_Stream_Size(stream);
}

HPDF_Image add_predicted_image(HPDF_Doc doc, const PredictedImage& spec) {
  HPDF_Dict image = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (image == nullptr) return nullptr;
  image->header.obj_class |= HPDF_OSUBCLASS_XOBJECT;  // what HPDF_Page_DrawImage checks an image by
  HPDF_STATUS status = HPDF_Dict_AddName(image, "Type", "XObject");
  status += HPDF_Dict_AddName(image, "Subtype", "Image");
  if (spec.palette.empty()) {
    status += HPDF_Dict_AddName(image, "ColorSpace", spec.colours == 3 ? "DeviceRGB" : "DeviceGray");
  } else {
    HPDF_Array indexed = HPDF_Array_New(doc->mmgr);
    if (indexed == nullptr) return nullptr;
    status += HPDF_Dict_Add(image, "ColorSpace", indexed);
    status += HPDF_Array_AddName(indexed, "Indexed");
    status += HPDF_Array_AddName(indexed, "DeviceRGB");
    status += HPDF_Array_AddNumber(indexed, static_cast<HPDF_INT32>(spec.palette.size() / 3 - 1));
    HPDF_Binary lookup = HPDF_Binary_New(doc->mmgr, reinterpret_cast<HPDF_BYTE*>(const_cast<char*>(spec.palette.data())),
                                         static_cast<HPDF_UINT>(spec.palette.size()));
    if (lookup == nullptr) return nullptr;
    status += HPDF_Array_Add(indexed, lookup);
  }
  status += HPDF_Dict_AddNumber(image, "Width", static_cast<HPDF_INT32>(spec.width));
  status += HPDF_Dict_AddNumber(image, "Height", static_cast<HPDF_INT32>(spec.height));
  status += HPDF_Dict_AddNumber(image, "BitsPerComponent", spec.bits_per_component);
  HPDF_Dict parameters = HPDF_Dict_New(doc->mmgr);
  if (parameters == nullptr) return nullptr;
  status += HPDF_Dict_Add(image, "DecodeParms", parameters);
  status += HPDF_Dict_AddNumber(parameters, "Predictor", 15);  // PNG predictors, chosen row by row
  status += HPDF_Dict_AddNumber(parameters, "Colors", spec.colours);
  status += HPDF_Dict_AddNumber(parameters, "BitsPerComponent", spec.bits_per_component);
  status += HPDF_Dict_AddNumber(parameters, "Columns", static_cast<HPDF_INT32>(spec.width));
  // HPDF_Stream_Write takes a 32-bit length: a logo's data is far below it (io::max_image_bytes).
  status += HPDF_Stream_Write(image->stream, reinterpret_cast<const HPDF_BYTE*>(spec.deflated.data()),
                              static_cast<HPDF_UINT>(spec.deflated.size()));
  if (status != HPDF_OK) return nullptr;
  image->filter = HPDF_STREAM_FILTER_NONE;
  image->write_fn = name_flate_filter;
  return image;
}

namespace {

MemoryFontSource& source_of(HPDF_Stream stream) { return *static_cast<MemoryFontSource*>(stream->attr); }

HPDF_STATUS read_font(HPDF_Stream stream, HPDF_BYTE* into, HPDF_UINT* size) {
  MemoryFontSource& source = source_of(stream);
  const std::string& bytes = *source.bytes;
  const std::size_t count = std::min<std::size_t>(*size, bytes.size() - std::min(source.position, bytes.size()));
  if (count > 0) std::memcpy(into, bytes.data() + source.position, count);
  source.position += count;
  // As libharu's file reader: fewer bytes than asked is the end of the stream.
  const bool short_read = count < *size;
  *size = static_cast<HPDF_UINT>(count);
  return short_read ? HPDF_STREAM_EOF : HPDF_OK;
}

HPDF_STATUS seek_font(HPDF_Stream stream, HPDF_INT offset, HPDF_WhenceMode mode) {
  MemoryFontSource& source = source_of(stream);
  const auto size = static_cast<long long>(source.bytes->size());
  long long base = mode == HPDF_SEEK_CUR ? static_cast<long long>(source.position) : mode == HPDF_SEEK_END ? size : 0;
  const long long target = base + offset;
  if (target < 0 || target > size) return HPDF_SetError(stream->error, HPDF_FILE_IO_ERROR, 0);
  source.position = static_cast<std::size_t>(target);
  return HPDF_OK;
}

HPDF_INT32 tell_font(HPDF_Stream stream) { return static_cast<HPDF_INT32>(source_of(stream).position); }

HPDF_UINT32 font_size(HPDF_Stream stream) { return static_cast<HPDF_UINT32>(source_of(stream).bytes->size()); }

}  // namespace

// libharu 2.3.0's LoadTTFontFromStream (hpdf_doc.c, static there), over a stream of naskah's.
const char* load_truetype_from_memory(HPDF_Doc doc, MemoryFontSource& source) {
  source.position = 0;
  HPDF_Stream stream = HPDF_CallbackReader_New(doc->mmgr, read_font, seek_font, tell_font, font_size, &source);
  if (stream == nullptr) return nullptr;
  HPDF_FontDef def = HPDF_TTFontDef_Load(doc->mmgr, stream, HPDF_TRUE);  // owns the stream from here
  if (def == nullptr) return nullptr;
  if (HPDF_FontDef existing = HPDF_Doc_FindFontDef(doc, def->base_font)) {
    HPDF_FontDef_Free(def);
    return existing->base_font;
  }
  if (HPDF_List_Add(doc->fontdef_list, def) != HPDF_OK) {
    HPDF_FontDef_Free(def);
    return nullptr;
  }
  // The subset tag: HPDFAA for the first embedded font, then counted up as libharu counts.
  if (doc->ttfont_tag[0] == 0) {
    std::memcpy(doc->ttfont_tag, "HPDFAA", 6);
  } else {
    for (int i = 5; i >= 0; --i) {
      if (++doc->ttfont_tag[i] > 'Z') {
        doc->ttfont_tag[i] = 'A';
      } else {
        break;
      }
    }
  }
  HPDF_TTFontDef_SetTagName(def, reinterpret_cast<char*>(doc->ttfont_tag));
  return def->base_font;
}

namespace {


bool is_dictionary(void* object) {
  return (static_cast<HPDF_Obj_Header*>(object)->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT;
}

/// A font dictionary (/Type /Font): a simple TrueType font, a Type0 font or its CIDFontType2 descendant.
bool is_font(HPDF_Dict dict) {
  if ((dict->header.obj_class & 0xFF00) == HPDF_OSUBCLASS_FONT) return true;
  auto* type = static_cast<HPDF_Name>(HPDF_Dict_GetItem(dict, "Type", HPDF_OCLASS_NAME));
  return type != nullptr && std::string_view(type->value) == "Font";
}

HPDF_TTFontDefAttr truetype_attributes(HPDF_FontDef def) { return static_cast<HPDF_TTFontDefAttr>(def->attr); }

/// Whether `def` is a TrueType font read from memory (load_truetype_from_memory): one naskah subsets itself.
bool read_from_memory(HPDF_FontDef def) {
  if (def == nullptr || def->type != HPDF_FONTDEF_TYPE_TRUETYPE) return false;
  HPDF_Stream stream = truetype_attributes(def)->stream;
  return stream != nullptr && stream->read_fn == read_font;
}

/// The glyphs libharu has flagged as drawn (the parts of a composite glyph with it), one flag per glyph.
std::span<const unsigned char> drawn_glyphs(HPDF_FontDef def) {
  HPDF_TTFontDefAttr attr = truetype_attributes(def);
  return {attr->glyph_tbl.flgs, attr->num_glyphs};
}

/// The TrueType font behind a font dictionary when its font file is still to be made and naskah can make it: an
/// embedded font read from memory.
HPDF_FontDef font_file_to_make(HPDF_Dict dict) {
  if ((dict->header.obj_class & 0xFF00) != HPDF_OSUBCLASS_FONT || dict->attr == nullptr) return nullptr;
  HPDF_FontDef def = static_cast<HPDF_FontAttr>(dict->attr)->fontdef;
  if (!read_from_memory(def) || !truetype_attributes(def)->embedding) return nullptr;
  return def->descriptor == nullptr ? def : nullptr;  // else made already, with another dictionary of the font
}

/// The font file of `def` (its FontFile2), added to the descriptor libharu has made for it: naskah's subset, or
/// libharu's where the font is not one naskah's subsetter reads.
HPDF_STATUS add_font_file(HPDF_Doc doc, HPDF_FontDef def, HPDF_UINT filter) {
  HPDF_TTFontDefAttr attr = truetype_attributes(def);
  HPDF_Dict file = HPDF_DictStream_New(doc->mmgr, doc->xref);
  if (file == nullptr || def->descriptor == nullptr) return HPDF_Error_GetCode(&doc->error);
  const std::optional<std::string> subset = subset_truetype(TrueTypeSubsetRequest{
      *source_of(attr->stream).bytes, drawn_glyphs(def), std::string_view(attr->tag_name, HPDF_TTF_FONT_TAG_LEN + 1)});
  HPDF_STATUS status = HPDF_OK;
  HPDF_UINT length = 0;
  if (subset) {
    status = HPDF_Stream_Write(file->stream, reinterpret_cast<const HPDF_BYTE*>(subset->data()),
                               static_cast<HPDF_UINT>(subset->size()));
    length = static_cast<HPDF_UINT>(subset->size());
  } else {
    status = HPDF_TTFontDef_SaveFontData(def, file->stream);
    length = attr->length1;
  }
  if (status != HPDF_OK) return status;
  status += HPDF_Dict_Add(def->descriptor, "FontFile2", file);
  status += HPDF_Dict_AddNumber(file, "Length1", static_cast<HPDF_INT32>(length));
  status += HPDF_Dict_AddNumber(file, "Length2", 0);
  status += HPDF_Dict_AddNumber(file, "Length3", 0);
  file->filter = filter;
  return status == HPDF_OK ? HPDF_OK : HPDF_Error_GetCode(&doc->error);
}

/// A TrueType font of the document loaded from memory, by libharu's name for it.
HPDF_FontDef memory_font(HPDF_Doc doc, const char* font_name) {
  HPDF_FontDef def = HPDF_Doc_FindFontDef(doc, font_name);
  return read_from_memory(def) ? def : nullptr;
}

}  // namespace

std::vector<unsigned char> used_glyphs(HPDF_Doc doc, const char* font_name) {
  HPDF_FontDef def = memory_font(doc, font_name);
  if (def == nullptr) return {};
  const std::span<const unsigned char> drawn = drawn_glyphs(def);
  return {drawn.begin(), drawn.end()};
}

std::string libharu_font_file(HPDF_Doc doc, const char* font_name) {
  HPDF_FontDef def = memory_font(doc, font_name);
  if (def == nullptr) return {};
  HPDF_Stream stream = HPDF_MemStream_New(doc->mmgr, 64 * 1024);
  if (stream == nullptr) return {};
  std::string bytes;
  if (HPDF_TTFontDef_SaveFontData(def, stream) != HPDF_OK || !memory_stream_bytes(stream, bytes)) bytes.clear();
  HPDF_Stream_Free(stream);
  return bytes;
}

HPDF_STATUS deflate_streams_before_save(HPDF_Doc doc, const Deflater& deflate) {
  HPDF_Xref xref = doc->xref;
  // Fonts first: their BeforeWrite makes the embedded font file (a new stream object) the first time it runs.
  // A font's BeforeWrite also hands the font's filter on to its streams (a CIDFontType2 to its CMaps), each time
  // it runs: the font's filter is cleared once they exist, so that saving leaves the streams compressed here alone.
  for (HPDF_UINT i = 0; i < xref->entries->count; ++i) {
    auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(xref->entries, i));
    if (entry->obj == nullptr || !is_dictionary(entry->obj)) continue;
    auto dict = static_cast<HPDF_Dict>(entry->obj);
    if (dict->stream == nullptr && dict->before_write_fn != nullptr && is_font(dict)) {
      // A font read from memory gets its font file from naskah's subsetter: libharu makes the font's descriptor
      // without one (as for a font not embedded), and the subset is then added to it.
      HPDF_FontDef subset = font_file_to_make(dict);
      if (subset != nullptr) truetype_attributes(subset)->embedding = HPDF_FALSE;
      HPDF_STATUS status = dict->before_write_fn(dict);
      if (subset != nullptr) {
        truetype_attributes(subset)->embedding = HPDF_TRUE;
        if (status == HPDF_OK) status = add_font_file(doc, subset, dict->filter);
      }
      if (status != HPDF_OK) return status;
      dict->filter = HPDF_STREAM_FILTER_NONE;
    }
  }
  std::vector<HPDF_Dict> dicts;
  std::vector<std::string> streams;
  for (HPDF_UINT i = 0; i < xref->entries->count; ++i) {
    auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(xref->entries, i));
    if (entry->obj == nullptr || !is_dictionary(entry->obj)) continue;
    auto dict = static_cast<HPDF_Dict>(entry->obj);
    // Only plain deflated streams: no other filter, no parameters, no hook of libharu's that writes the data
    // (a PNG loaded late) or that the filter name would collide with.
    if (dict->stream == nullptr || dict->filter != HPDF_STREAM_FILTER_FLATE_DECODE || dict->filterParams != nullptr ||
        dict->write_fn != nullptr || dict->before_write_fn != nullptr || dict->after_write_fn != nullptr) {
      continue;
    }
    std::string bytes;
    if (!memory_stream_bytes(dict->stream, bytes)) continue;
    dicts.push_back(dict);
    streams.push_back(std::move(bytes));
  }
  deflate(streams);
  for (std::size_t i = 0; i < dicts.size(); ++i) {
    const HPDF_Dict dict = dicts[i];
    const std::string& deflated = streams[i];
    if (deflated.empty()) continue;  // a deflated stream has two bytes of header at least
    HPDF_Stream fresh = HPDF_MemStream_New(dict->mmgr, static_cast<HPDF_UINT>(std::max<std::size_t>(deflated.size(), 1)));
    if (fresh == nullptr) return HPDF_Error_GetCode(dict->error);
    if (HPDF_Stream_Write(fresh, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                          static_cast<HPDF_UINT>(deflated.size())) != HPDF_OK) {
      HPDF_Stream_Free(fresh);
      return HPDF_Error_GetCode(dict->error);
    }
    replace_dictionary_stream(dict, fresh);
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = name_flate_filter;
  }
  return HPDF_OK;
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

// libharu copies and fills memory one byte at a time (hpdf_utils.c): every byte of a saved PDF passes through its
// HPDF_MemCpy at least twice, a twentieth of a batch's instructions. libharu calls both through its procedure
// linkage table, so these definitions in the program, which the dynamic linker finds first, take their place; they
// return what libharu's return (the end of what was written), and haru_internals_test checks that they are the ones
// libharu reaches.
extern "C" HPDF_BYTE* HPDF_MemCpy(HPDF_BYTE* out, const HPDF_BYTE* in, HPDF_UINT n) {
  if (n != 0) std::memmove(out, in, n);
  return out + n;
}

extern "C" void* HPDF_MemSet(void* s, HPDF_BYTE c, HPDF_UINT n) {
  if (n != 0) std::memset(s, c, n);
  return static_cast<HPDF_BYTE*>(s) + n;
}
