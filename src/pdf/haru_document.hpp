#pragma once
/// libharu's document with its errors turned into exceptions. libharu reports an error by calling a handler
/// and then returning a failure status (or a null pointer) from the call; the handler here only records the
/// error — it must never throw or longjmp through libharu's C frames — and check() throws PdfError after the
/// call has returned. Internal to pdf/: the only header besides the .cpp files that includes <hpdf.h>.

#include <hpdf.h>

#include <functional>
#include <string>
#include <string_view>

#include "naskah/io/atomic_file.hpp"
#include "naskah/pdf/pdf_writer.hpp"

namespace naskah::pdf {

/// The first error libharu reported since the last reset.
struct HaruErrorRecord {
  HPDF_STATUS error_no = HPDF_OK;
  HPDF_STATUS detail_no = 0;
};

/// "HPDF_FILE_OPEN_ERROR" for 0x1017; "unknown error" for numbers libharu 2.3.0 does not define.
std::string_view haru_error_name(HPDF_STATUS error_no);

class HaruDocument {
 public:
  HaruDocument();  ///< throws PdfError when libharu cannot create a document
  ~HaruDocument();
  HaruDocument(const HaruDocument&) = delete;
  HaruDocument& operator=(const HaruDocument&) = delete;

  [[nodiscard]] HPDF_Doc get() const { return doc_; }

  /// Throws PdfError ("libharu error 0x… NAME (detail …) while <what>") when status is not HPDF_OK or libharu
  /// recorded an error during the call.
  void check(HPDF_STATUS status, std::string_view what);
  /// The same, describing what was done only when it failed: for the calls made for every item of every page,
  /// whose description would otherwise be built a million times to be thrown away.
  void check(HPDF_STATUS status, const std::function<std::string()>& describe) {
    if (status == HPDF_OK && error_.error_no == HPDF_OK) return;
    check(status, std::string_view(describe()));
  }

  /// Throws PdfError when the pointer a libharu call returned is null or an error was recorded; returns it.
  template <typename Pointer>
  Pointer check_not_null(Pointer pointer, std::string_view what) {
    check(HPDF_OK, what);
    if (pointer == nullptr) fail_without_error(what);
    return pointer;
  }
  /// The same, describing what was done only when it failed.
  template <typename Pointer>
  Pointer check_not_null(Pointer pointer, const std::function<std::string()>& describe) {
    if (pointer != nullptr && error_.error_no == HPDF_OK) return pointer;
    return check_not_null(pointer, std::string_view(describe()));
  }

  /// The UTF-8 encoder, registered (HPDF_UseUTFEncodings) the first time it is asked for. Strings given with it
  /// become UTF-16BE (outline titles, document information); text drawn with it goes through CID fonts.
  HPDF_Encoder utf8_encoder();

  /// The PDF's bytes, as save() gives them.
  std::string save_to_memory(bool spare_core = false);
  /// The PDF saved (HPDF_SaveToStream) and its bytes given to `write` straight from libharu's buffers. With a
  /// `spare_core`, its fonts and images are compressed two at a time.
  void save(const io::ByteWriter& write, bool spare_core = false);

 private:
  [[noreturn]] static void fail_without_error(std::string_view what);

  HaruErrorRecord error_;  // the handler writes here through user_data: the document must not move
  HPDF_Doc doc_ = nullptr;
  bool utf8_registered_ = false;
};

}  // namespace naskah::pdf
