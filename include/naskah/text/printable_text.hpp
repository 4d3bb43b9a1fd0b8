#pragma once
/// Text as it is drawn. Composed characters are precomposed (Unicode NFC: "e" + U+0301 becomes "é", one glyph of
/// the font and a character of Windows-1252 rather than an accent placed by its own advance); invisible format
/// characters that the face has no glyph for — U+FEFF (a byte-order mark inside text), U+2060 word joiner,
/// variation selectors, any Default_Ignorable_Code_Point — are left out, since nothing visible is lost by not
/// drawing them. Everything else stays, for the missing-glyph check to see.

#include <string>
#include <string_view>

#include "naskah/text/font_metrics.hpp"

namespace naskah::text {

std::string printable_text(std::string_view utf8, const FontMetrics& metrics, FontFace face);

}  // namespace naskah::text
