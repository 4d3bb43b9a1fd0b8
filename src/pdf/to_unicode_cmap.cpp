#include "naskah/text/translate.hpp"
#include "to_unicode_cmap.hpp"

#include "haru_internals.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace naskah::pdf {

std::string identity_to_unicode_cmap() {
  // One bfrange per high byte: a range may vary only in its last byte (PDF 32000-1 §9.10.3).
  std::vector<std::string> ranges;
  for (unsigned high = 0; high <= 0xFF; ++high) {
    if (high >= 0xD8 && high <= 0xDF) continue;  // surrogate codes are not characters
    std::array<char, 32> line{};
    std::snprintf(line.data(), line.size(), "<%02X00> <%02XFF> <%02X00>\n", high, high, high);
    ranges.emplace_back(line.data());
  }
  std::string cmap =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n"
      "<0000> <FFFF>\n"
      "endcodespacerange\n";
  constexpr std::size_t kPerBlock = 100;  // at most 100 entries between beginbfrange and endbfrange
  for (std::size_t start = 0; start < ranges.size(); start += kPerBlock) {
    const std::size_t end = std::min(start + kPerBlock, ranges.size());
    cmap += std::to_string(end - start) + " beginbfrange\n";
    for (std::size_t i = start; i < end; ++i) cmap += ranges[i];
    cmap += "endbfrange\n";
  }
  cmap +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return cmap;
}

namespace {
constexpr HPDF_UINT kBufferSize = 4096;  // libharu's own HPDF_STREAM_BUF_SIZ (hpdf_conf.h, not a public header)
}  // namespace

void replace_to_unicode_cmap(HaruDocument& doc, HPDF_Font font, const std::string& what) {
  // HPDF_Font is a dictionary; its ToUnicode entry is a stream dictionary whose content libharu wrote when it
  // created the font. The content is swapped for a fresh memory stream; the filter (compression) is set by
  // libharu just before writing, as for the old one.
  auto* cmap = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT));
  doc.check_not_null(cmap, text::tr("{} (no ToUnicode CMap)", what));
  doc.check_not_null(internals::dictionary_stream(cmap), text::tr("{} (no ToUnicode CMap)", what));
  HPDF_Stream fresh = doc.check_not_null(HPDF_MemStream_New(internals::object_memory(cmap), kBufferSize), what);
  const std::string text = identity_to_unicode_cmap();
  const HPDF_STATUS status =
      HPDF_Stream_Write(fresh, reinterpret_cast<const HPDF_BYTE*>(text.data()), static_cast<HPDF_UINT>(text.size()));
  if (status != HPDF_OK) {
    HPDF_Stream_Free(fresh);
    doc.check(status, what);
  }
  internals::replace_dictionary_stream(cmap, fresh);
}

}  // namespace naskah::pdf
