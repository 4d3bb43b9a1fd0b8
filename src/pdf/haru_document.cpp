#include "haru_document.hpp"
#include "naskah/text/translate.hpp"

#include "deflate.hpp"
#include "haru_internals.hpp"

#include <array>
#include <cstdio>
#include <utility>

namespace naskah::pdf {

namespace {

/// libharu 2.3.0's error numbers (hpdf_error.h) and their names.
constexpr std::pair<HPDF_STATUS, std::string_view> kErrorNames[] = {
    {0x1001, "HPDF_ARRAY_COUNT_ERR"},
    {0x1002, "HPDF_ARRAY_ITEM_NOT_FOUND"},
    {0x1003, "HPDF_ARRAY_ITEM_UNEXPECTED_TYPE"},
    {0x1004, "HPDF_BINARY_LENGTH_ERR"},
    {0x1005, "HPDF_CANNOT_GET_PALLET"},
    {0x1007, "HPDF_DICT_COUNT_ERR"},
    {0x1008, "HPDF_DICT_ITEM_NOT_FOUND"},
    {0x1009, "HPDF_DICT_ITEM_UNEXPECTED_TYPE"},
    {0x100A, "HPDF_DICT_STREAM_LENGTH_NOT_FOUND"},
    {0x100B, "HPDF_DOC_ENCRYPTDICT_NOT_FOUND"},
    {0x100C, "HPDF_DOC_INVALID_OBJECT"},
    {0x100E, "HPDF_DUPLICATE_REGISTRATION"},
    {0x100F, "HPDF_EXCEED_JWW_CODE_NUM_LIMIT"},
    {0x1011, "HPDF_ENCRYPT_INVALID_PASSWORD"},
    {0x1013, "HPDF_ERR_UNKNOWN_CLASS"},
    {0x1014, "HPDF_EXCEED_GSTATE_LIMIT"},
    {0x1015, "HPDF_FAILD_TO_ALLOC_MEM"},
    {0x1016, "HPDF_FILE_IO_ERROR"},
    {0x1017, "HPDF_FILE_OPEN_ERROR"},
    {0x1019, "HPDF_FONT_EXISTS"},
    {0x101A, "HPDF_FONT_INVALID_WIDTHS_TABLE"},
    {0x101B, "HPDF_INVALID_AFM_HEADER"},
    {0x101C, "HPDF_INVALID_ANNOTATION"},
    {0x101E, "HPDF_INVALID_BIT_PER_COMPONENT"},
    {0x101F, "HPDF_INVALID_CHAR_MATRICS_DATA"},
    {0x1020, "HPDF_INVALID_COLOR_SPACE"},
    {0x1021, "HPDF_INVALID_COMPRESSION_MODE"},
    {0x1022, "HPDF_INVALID_DATE_TIME"},
    {0x1023, "HPDF_INVALID_DESTINATION"},
    {0x1025, "HPDF_INVALID_DOCUMENT"},
    {0x1026, "HPDF_INVALID_DOCUMENT_STATE"},
    {0x1027, "HPDF_INVALID_ENCODER"},
    {0x1028, "HPDF_INVALID_ENCODER_TYPE"},
    {0x102B, "HPDF_INVALID_ENCODING_NAME"},
    {0x102C, "HPDF_INVALID_ENCRYPT_KEY_LEN"},
    {0x102D, "HPDF_INVALID_FONTDEF_DATA"},
    {0x102E, "HPDF_INVALID_FONTDEF_TYPE"},
    {0x102F, "HPDF_INVALID_FONT_NAME"},
    {0x1030, "HPDF_INVALID_IMAGE"},
    {0x1031, "HPDF_INVALID_JPEG_DATA"},
    {0x1032, "HPDF_INVALID_N_DATA"},
    {0x1033, "HPDF_INVALID_OBJECT"},
    {0x1034, "HPDF_INVALID_OBJ_ID"},
    {0x1035, "HPDF_INVALID_OPERATION"},
    {0x1036, "HPDF_INVALID_OUTLINE"},
    {0x1037, "HPDF_INVALID_PAGE"},
    {0x1038, "HPDF_INVALID_PAGES"},
    {0x1039, "HPDF_INVALID_PARAMETER"},
    {0x103B, "HPDF_INVALID_PNG_IMAGE"},
    {0x103C, "HPDF_INVALID_STREAM"},
    {0x103D, "HPDF_MISSING_FILE_NAME_ENTRY"},
    {0x103F, "HPDF_INVALID_TTC_FILE"},
    {0x1040, "HPDF_INVALID_TTC_INDEX"},
    {0x1041, "HPDF_INVALID_WX_DATA"},
    {0x1042, "HPDF_ITEM_NOT_FOUND"},
    {0x1043, "HPDF_LIBPNG_ERROR"},
    {0x1044, "HPDF_NAME_INVALID_VALUE"},
    {0x1045, "HPDF_NAME_OUT_OF_RANGE"},
    {0x1048, "HPDF_PAGE_INVALID_PARAM_COUNT"},
    {0x1049, "HPDF_PAGES_MISSING_KIDS_ENTRY"},
    {0x104A, "HPDF_PAGE_CANNOT_FIND_OBJECT"},
    {0x104B, "HPDF_PAGE_CANNOT_GET_ROOT_PAGES"},
    {0x104C, "HPDF_PAGE_CANNOT_RESTORE_GSTATE"},
    {0x104D, "HPDF_PAGE_CANNOT_SET_PARENT"},
    {0x104E, "HPDF_PAGE_FONT_NOT_FOUND"},
    {0x104F, "HPDF_PAGE_INVALID_FONT"},
    {0x1050, "HPDF_PAGE_INVALID_FONT_SIZE"},
    {0x1051, "HPDF_PAGE_INVALID_GMODE"},
    {0x1052, "HPDF_PAGE_INVALID_INDEX"},
    {0x1053, "HPDF_PAGE_INVALID_ROTATE_VALUE"},
    {0x1054, "HPDF_PAGE_INVALID_SIZE"},
    {0x1055, "HPDF_PAGE_INVALID_XOBJECT"},
    {0x1056, "HPDF_PAGE_OUT_OF_RANGE"},
    {0x1057, "HPDF_REAL_OUT_OF_RANGE"},
    {0x1058, "HPDF_STREAM_EOF"},
    {0x1059, "HPDF_STREAM_READLN_CONTINUE"},
    {0x105B, "HPDF_STRING_OUT_OF_RANGE"},
    {0x105C, "HPDF_THIS_FUNC_WAS_SKIPPED"},
    {0x105D, "HPDF_TTF_CANNOT_EMBEDDING_FONT"},
    {0x105E, "HPDF_TTF_INVALID_CMAP"},
    {0x105F, "HPDF_TTF_INVALID_FOMAT"},
    {0x1060, "HPDF_TTF_MISSING_TABLE"},
    {0x1061, "HPDF_UNSUPPORTED_FONT_TYPE"},
    {0x1062, "HPDF_UNSUPPORTED_FUNC"},
    {0x1063, "HPDF_UNSUPPORTED_JPEG_FORMAT"},
    {0x1064, "HPDF_UNSUPPORTED_TYPE1_FONT"},
    {0x1065, "HPDF_XREF_COUNT_ERR"},
    {0x1066, "HPDF_ZLIB_ERROR"},
    {0x1067, "HPDF_INVALID_PAGE_INDEX"},
    {0x1068, "HPDF_INVALID_URI"},
    {0x1069, "HPDF_PAGE_LAYOUT_OUT_OF_RANGE"},
    {0x1070, "HPDF_PAGE_MODE_OUT_OF_RANGE"},
    {0x1071, "HPDF_PAGE_NUM_STYLE_OUT_OF_RANGE"},
    {0x1072, "HPDF_ANNOT_INVALID_ICON"},
    {0x1073, "HPDF_ANNOT_INVALID_BORDER_STYLE"},
    {0x1074, "HPDF_PAGE_INVALID_DIRECTION"},
    {0x1075, "HPDF_INVALID_FONT"},
    {0x1076, "HPDF_PAGE_INSUFFICIENT_SPACE"},
    {0x1077, "HPDF_PAGE_INVALID_DISPLAY_TIME"},
    {0x1078, "HPDF_PAGE_INVALID_TRANSITION_TIME"},
    {0x1079, "HPDF_INVALID_PAGE_SLIDESHOW_TYPE"},
    {0x1080, "HPDF_EXT_GSTATE_OUT_OF_RANGE"},
    {0x1081, "HPDF_INVALID_EXT_GSTATE"},
    {0x1082, "HPDF_EXT_GSTATE_READ_ONLY"},
    {0x1083, "HPDF_INVALID_U3D_DATA"},
    {0x1084, "HPDF_NAME_CANNOT_GET_NAMES"},
    {0x1085, "HPDF_INVALID_ICC_COMPONENT_NUM"},
};

/// Records the first error only: later ones are usually consequences of it. Must not throw.
void record_haru_error(HPDF_STATUS error_no, HPDF_STATUS detail_no, void* user_data) noexcept {
  auto* record = static_cast<HaruErrorRecord*>(user_data);
  if (record != nullptr && record->error_no == HPDF_OK) {
    record->error_no = error_no;
    record->detail_no = detail_no;
  }
}

}  // namespace

std::string_view haru_error_name(HPDF_STATUS error_no) {
  for (const auto& [number, name] : kErrorNames) {
    if (number == error_no) return name;
  }
  return text::tr_text("unknown error");
}

HaruDocument::HaruDocument() {
  doc_ = HPDF_New(record_haru_error, &error_);
  if (doc_ == nullptr) throw PdfError(text::tr("libharu could not create a PDF document (out of memory?)"));
}

HaruDocument::~HaruDocument() {
  if (doc_ != nullptr) HPDF_Free(doc_);
}

void HaruDocument::check(HPDF_STATUS status, std::string_view what) {
  if (status == HPDF_OK && error_.error_no == HPDF_OK) return;
  const HPDF_STATUS error_no = error_.error_no != HPDF_OK ? error_.error_no : status;
  std::array<char, 32> number{};
  std::snprintf(number.data(), number.size(), "0x%04X", static_cast<unsigned>(error_no));
  if (error_.detail_no != 0) {
    throw PdfError(text::tr("libharu error {} {} (detail {}) while {}", number.data(), haru_error_name(error_no),
                            error_.detail_no, what));
  }
  throw PdfError(text::tr("libharu error {} {} while {}", number.data(), haru_error_name(error_no), what));
}

HPDF_Encoder HaruDocument::utf8_encoder() {
  if (!utf8_registered_) {
    check(HPDF_UseUTFEncodings(doc_), text::tr("enabling UTF-8 text"));
    utf8_registered_ = true;
  }
  return check_not_null(HPDF_GetEncoder(doc_, "UTF-8"), text::tr("getting the UTF-8 encoder"));
}

void HaruDocument::fail_without_error(std::string_view what) {
  throw PdfError(text::tr("libharu failed without reporting an error while {}", what));
}

std::string HaruDocument::save_to_memory(bool spare_core) {
  std::string bytes;
  save([&bytes](std::string_view piece) { bytes.append(piece); }, spare_core);
  return bytes;
}

void HaruDocument::save(const io::ByteWriter& write, bool spare_core) {
  const auto deflate = [spare_core](std::vector<std::string>& streams) { deflate_remembered_all(streams, spare_core); };
  check(internals::deflate_streams_before_save(doc_, deflate), text::tr("compressing the PDF's fonts and images"));
  check(HPDF_SaveToStream(doc_), text::tr("writing the PDF to memory"));
  // libharu's memory stream is a list of 4 KB buffers: written on in pieces of about a megabyte.
  constexpr std::size_t piece = 1 << 20;
  std::string pending;
  pending.reserve(piece);
  const HPDF_UINT count = HPDF_MemStream_GetBufCount(internals::saved_stream(doc_));
  const std::string reading = text::tr("reading the PDF back from memory");
  for (HPDF_UINT i = 0; i < count; ++i) {
    HPDF_UINT length = 0;
    const HPDF_BYTE* chunk = HPDF_MemStream_GetBufPtr(internals::saved_stream(doc_), i, &length);
    check_not_null(chunk, reading);
    pending.append(reinterpret_cast<const char*>(chunk), length);
    if (pending.size() >= piece) {
      write(pending);
      pending.clear();
    }
  }
  if (!pending.empty()) write(pending);
}

}  // namespace naskah::pdf
