#pragma once
// Internal to the PDF writer: the TrueType font program embedded in a PDF (its FontFile2), made from the font file
// in memory and the glyphs the document uses.
//
// The subset keeps the font's glyph numbering (the PDF's text refers to glyphs by their number, through the
// font's cmap), as libharu's own embedding does: the glyphs the document does not use are emptied from glyf and
// loca, and the other tables are kept whole. It is what libharu 2.3.0 writes (HPDF_TTFontDef_SaveFontData), the
// same tables with the same bytes, but made from the file's bytes at once rather than read and written again four
// bytes at a time through libharu's streams — a tenth of a document's build went there — and as the TrueType
// specification has it where libharu's is not: every table starts on four bytes, the directory's search fields
// and the head table's checkSumAdjustment are right, a composite glyph keeps the parts of its parts.

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace naskah::pdf {

struct TrueTypeSubsetRequest {
  std::string_view font;                 ///< the whole font file
  std::span<const unsigned char> used;   ///< used[glyph] != 0: the glyph is drawn (glyph 0, .notdef, is always kept)
  /// Put before the family and full names (name IDs 1 and 4), as a PDF names a subset: "HPDFAA+".
  std::string_view tag;
};

/// The subset font file, or nothing when the font is not a TrueType font this can read (a table missing or out of
/// the file's bounds): the caller then leaves the embedding to libharu, which reports what is wrong.
std::optional<std::string> subset_truetype(const TrueTypeSubsetRequest& request);

}  // namespace naskah::pdf
