#include "naskah/text/printable_text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace naskah::text {

std::string printable_text(std::string_view utf8, const FontMetrics& metrics, FontFace face) {
  // Most text is ASCII, which is NFC and holds no format character: returned as it is, at no cost.
  if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return std::string(utf8);
  }
  // ICU makes its NFC normaliser once, behind atomics ThreadSanitizer does not see (ICU is not instrumented);
  // asked for under a static's guard, its hand-over from the thread that made it to the others is seen.
  static const icu::Normalizer2* const nfc = [] {
    UErrorCode made = U_ZERO_ERROR;
    const icu::Normalizer2* normaliser = icu::Normalizer2::getNFCInstance(made);
    return U_SUCCESS(made) ? normaliser : nullptr;
  }();
  UErrorCode status = U_ZERO_ERROR;
  std::string composed;
  if (nfc != nullptr) {
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    icu::UnicodeString normal = nfc->normalize(text, status);
    if (U_SUCCESS(status)) normal.toUTF8String(composed);
  }
  if (nfc == nullptr || !U_SUCCESS(status)) composed = std::string(utf8);  // ICU's data missing: the text as written

  std::string out;
  out.reserve(composed.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(composed.data());
  const auto length = static_cast<std::int32_t>(composed.size());
  std::int32_t i = 0;
  while (i < length) {
    const std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0 && u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) &&
        !metrics.has_glyph(face, static_cast<char32_t>(c))) {
      continue;
    }
    out.append(composed, static_cast<std::size_t>(start), static_cast<std::size_t>(i - start));
  }
  return out;
}

}  // namespace naskah::text
