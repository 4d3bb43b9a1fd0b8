#include "embeddable_font.hpp"

#include <algorithm>
#include <string_view>

#include "naskah/pdf/pdf_writer.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::pdf {

std::optional<std::string> embedding_problem(const text::FontFileFacts& font) {
  if (font.cff_outlines) return text::tr("OpenType font with CFF outlines; libharu embeds only TrueType (glyf) outlines");
  for (std::string_view needed : {"glyf", "loca", "OS/2"}) {
    if (std::find(font.tables.begin(), font.tables.end(), needed) == font.tables.end()) {
      return text::tr("no {} table, which libharu needs", needed);
    }
  }
  if (font.postscript_name.empty()) return text::tr("no PostScript name (name ID 6), which libharu needs");
  return std::nullopt;
}

void check_embeddable(const text::FontSet& fonts) {
  for (std::size_t family = 0; family < fonts.family_count(); ++family) {
    for (int style = 0; style < 4; ++style) {
      const text::FontFace face{static_cast<std::uint16_t>(family), (style & 1) != 0, (style & 2) != 0};
      const text::FontFileFacts facts = fonts.file_facts(face);
      if (auto problem = embedding_problem(facts)) throw PdfError(facts.path + ": " + *problem);
    }
  }
}

}  // namespace naskah::pdf
