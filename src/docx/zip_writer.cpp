#include "zip_writer.hpp"

#include <zip.h>

#include <ctime>
#include <memory>

#include "naskah/docx/docx_writer.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::docx::detail {
namespace {

[[noreturn]] void fail(zip_error_t* error) {
  const std::string reason = zip_error_strerror(error);
  zip_error_fini(error);
  throw DocxError(text::tr("cannot make the DOCX package: {}", reason));
}

[[noreturn]] void fail(zip_t* archive) {
  const std::string reason = zip_strerror(archive);
  zip_discard(archive);
  throw DocxError(text::tr("cannot make the DOCX package: {}", reason));
}

/// The time_t that libzip, which stores local time as zips do, writes as the date at noon: mktime reads the fields as
/// local time, as libzip's conversion back does, so the stored fields are the date's in every time zone.
time_t local_noon(ZipDate date) {
  std::tm fields{};
  fields.tm_year = date.year - 1900;
  fields.tm_mon = date.month - 1;
  fields.tm_mday = date.day;
  fields.tm_hour = 12;
  fields.tm_isdst = -1;
  return std::mktime(&fields);
}

}  // namespace

void ZipWriter::add(std::string name, std::string bytes, bool compress) {
  entries_.push_back({std::move(name), std::move(bytes), compress});
}

std::string ZipWriter::finish() {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* memory = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (memory == nullptr) fail(&error);
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> held(memory, zip_source_free);
  zip_t* archive = zip_open_from_source(memory, ZIP_TRUNCATE, &error);
  if (archive == nullptr) fail(&error);
  zip_source_keep(memory);  // the archive frees its source when closed; the bytes are read from it after
  const time_t when = local_noon(date_);
  for (const Entry& entry : entries_) {
    zip_source_t* data = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    if (data == nullptr) fail(archive);
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      fail(archive);
    }
    const auto at = static_cast<zip_uint64_t>(index);
    if (zip_set_file_compression(archive, at, entry.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 9) != 0 ||
        zip_file_set_mtime(archive, at, when, 0) != 0) {
      fail(archive);
    }
  }
  if (zip_close(archive) != 0) fail(archive);

  if (zip_source_open(memory) != 0) {
    throw DocxError(text::tr("cannot make the DOCX package: {}", zip_error_strerror(zip_source_error(memory))));
  }
  std::string bytes;
  char buffer[1 << 16];
  for (zip_int64_t n; (n = zip_source_read(memory, buffer, sizeof buffer)) > 0;) bytes.append(buffer, static_cast<std::size_t>(n));
  zip_source_close(memory);
  zip_error_fini(&error);
  return bytes;
}

}  // namespace naskah::docx::detail
