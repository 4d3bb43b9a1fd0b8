#pragma once
/// What naskah needs of libharu beyond its documented API, in one place: the fields of libharu 2.3.0's document,
/// dictionary and page structures (hpdf_doc.h, hpdf_objects.h, hpdf_pages.h, hpdf_streams.h). Only
/// haru_internals.cpp reads or writes them; every other file of src/pdf/ calls these functions. CMake refuses any
/// other libharu than the one these were written for (NASKAH_LIBHARU_VERSION), haru_internals.cpp does not compile
/// with another's headers, and tests/haru_internals_test.cpp fails when the library linked is another or the
/// structures no longer behave as used here.

#include <hpdf.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::pdf::internals {

/// The libharu release these functions were written against.
inline constexpr std::string_view supported_libharu = "2.3.0";

/// The document's memory manager, cross-reference table, catalog and trailer: where new objects are made and
/// attached (PDF/A's metadata, output intent and file ID).
HPDF_MMgr document_memory(HPDF_Doc doc);
HPDF_Xref document_xref(HPDF_Doc doc);
HPDF_Dict document_catalog(HPDF_Doc doc);
HPDF_Dict document_trailer(HPDF_Doc doc);
/// The document information dictionary (title, author …), made by libharu when the document is.
HPDF_Dict document_info(HPDF_Doc doc);

/// The PDF version written in the file's header; libharu 2.3.0 has no setter.
void set_pdf_version(HPDF_Doc doc, HPDF_PDFVer version);

/// The memory stream the document was saved into by HPDF_SaveToStream, read buffer by buffer without a copy.
HPDF_Stream saved_stream(HPDF_Doc doc);

/// A stream dictionary's memory manager, its content stream, and the filter libharu applies when saving it.
HPDF_MMgr object_memory(HPDF_Dict dict);
HPDF_Stream dictionary_stream(HPDF_Dict dict);
void set_dictionary_filter(HPDF_Dict dict, HPDF_UINT filter);
/// Puts `fresh` in place of the dictionary's content stream and frees the old one.
void replace_dictionary_stream(HPDF_Dict dict, HPDF_Stream fresh);
/// An array's memory manager, where objects put into it are made.
HPDF_MMgr array_memory(HPDF_Array array);

/// The stream the page's operators are written to (libharu's own drawing calls append to it).
HPDF_Stream page_stream(HPDF_Page page);
/// Puts `deflated`, the page's whole content already compressed with zlib, in place of the page's stream (which
/// is freed): saved as it is, under /Filter /FlateDecode, never compressed a second time.
void replace_page_content(HPDF_Page page, HPDF_Stream deflated);

/// A memory stream's bytes, copied buffer by buffer (libharu's HPDF_Stream_Read copies a byte at a time); false for
/// any other kind of stream.
bool memory_stream_bytes(HPDF_Stream stream, std::string& bytes);

/// An image whose samples are already a zlib stream of rows with PNG's predictors (a PNG's IDAT data): saved as it
/// is under /Filter /FlateDecode with /DecodeParms naming the predictor, never decoded or compressed again.
struct PredictedImage {
  long width = 0, height = 0;
  int bits_per_component = 8;
  int colours = 3;               ///< 1 grey or palette index, 3 RGB
  std::string_view palette;      ///< RGB triples: the image is /Indexed on DeviceRGB when not empty
  std::string_view deflated;     ///< the zlib stream
};
HPDF_Image add_predicted_image(HPDF_Doc doc, const PredictedImage& image);

/// A TrueType font file in memory, read by libharu as it reads the file: what it has read so far. It must outlive
/// the document that loads it (libharu keeps reading an embedded font until the document is saved).
struct MemoryFontSource {
  std::shared_ptr<const std::string> bytes;
  std::size_t position = 0;
};
/// What HPDF_LoadTTFontFromFile does (an embedded TrueType font, its subset tag the document's next), reading the
/// font from memory. Returns libharu's font name, or nullptr with the document's error set.
const char* load_truetype_from_memory(HPDF_Doc doc, MemoryFontSource& source);

/// The glyphs of a font loaded from memory that the document has used so far (libharu flags a glyph when it
/// measures or draws it, and the parts of a composite glyph with it), one flag per glyph; empty for another font.
std::vector<unsigned char> used_glyphs(HPDF_Doc doc, const char* font_name);
/// The font file libharu itself would embed for that font as used so far (HPDF_TTFontDef_SaveFontData): what
/// naskah's subset (truetype_subset.hpp), which the document embeds instead, is checked against.
std::string libharu_font_file(HPDF_Doc doc, const char* font_name);

/// Compresses, with `deflate`, every stream libharu would otherwise compress with zlib while saving (embedded
/// fonts, images, ToUnicode maps, attachments) and marks it to be saved as it is. The fonts' files are made
/// first (libharu makes them while saving; making them now is what saving would do, once): for a font loaded
/// from memory, the subset is naskah's (truetype_subset.hpp), the rest of the font's objects libharu's.
/// `deflate` gets the streams' bytes all at once, to replace each with its compressed form, or with nothing
/// when it cannot compress it (that stream is then left to libharu). Returns libharu's status.
using Deflater = std::function<void(std::vector<std::string>& streams)>;
HPDF_STATUS deflate_streams_before_save(HPDF_Doc doc, const Deflater& deflate);

}  // namespace naskah::pdf::internals
