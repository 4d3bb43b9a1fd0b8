#pragma once
/// The ToUnicode CMap of libharu 2.3.0's UTF-8 (CID) fonts is written with `begincidrange` — the operator of
/// an encoding CMap, not of a ToUnicode one — so poppler warns "Invalid 'begincidrange' operator in ToUnicode
/// CMap" and ignores it, and copying text relies on each reader's own guesses. Those fonts use Identity-H with
/// CID = the character's UTF-16 code, so the right ToUnicode CMap is the identity over the BMP; this replaces
/// the content of the font's ToUnicode stream with it.

#include "haru_document.hpp"

namespace naskah::pdf {

/// The identity ToUnicode CMap for two-byte codes <0000>–<FFFF> (surrogate codes left out), as PostScript text.
std::string identity_to_unicode_cmap();

/// Rewrites the ToUnicode stream of a font that HPDF_GetFont(doc, name, "UTF-8") returned.
void replace_to_unicode_cmap(HaruDocument& doc, HPDF_Font font, const std::string& what);

}  // namespace naskah::pdf
