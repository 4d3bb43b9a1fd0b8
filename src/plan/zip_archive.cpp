#include "zip_archive.hpp"

#include <zip.h>

#include <array>

namespace naskah::plan::detail {
namespace {

/// Inflated in pieces of this size, so that an entry larger than the limit is stopped within a piece of it.
constexpr std::size_t piece_bytes = 64 * 1024;

}  // namespace

std::unique_ptr<ZipArchive> ZipArchive::open(std::string_view bytes, std::string& problem) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    problem = zip_error_strerror(&error);
    if (source != nullptr) zip_source_free(source);
    zip_error_fini(&error);
    return nullptr;
  }
  zip_error_fini(&error);
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive));
}

ZipArchive::~ZipArchive() { zip_discard(archive_); }

bool ZipArchive::contains(std::string_view name) const {
  return zip_name_locate(archive_, std::string(name).c_str(), ZIP_FL_NOCASE) >= 0;
}

ZipEntry ZipArchive::read(std::string_view name, std::size_t max_bytes) const {
  ZipEntry entry;
  const zip_int64_t index = zip_name_locate(archive_, std::string(name).c_str(), ZIP_FL_NOCASE);
  if (index < 0) return entry;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive_, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    entry.outcome = ZipEntry::Outcome::damaged;
    entry.problem = zip_strerror(archive_);
    return entry;
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) != 0 && stat.encryption_method != ZIP_EM_NONE) {
    entry.outcome = ZipEntry::Outcome::encrypted;
    return entry;
  }
  // The size the directory declares: refused before anything is inflated. It may lie; the count below does not.
  if ((stat.valid & ZIP_STAT_SIZE) != 0 && stat.size > max_bytes) {
    entry.outcome = ZipEntry::Outcome::too_large;
    return entry;
  }
  zip_file_t* file = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    entry.outcome = ZipEntry::Outcome::damaged;
    entry.problem = zip_strerror(archive_);
    return entry;
  }
  std::array<char, piece_bytes> piece;
  while (true) {
    const zip_int64_t got = zip_fread(file, piece.data(), piece.size());
    if (got < 0) {
      entry.outcome = ZipEntry::Outcome::damaged;
      entry.problem = zip_file_strerror(file);
      break;
    }
    if (got == 0) {
      entry.outcome = ZipEntry::Outcome::read;
      break;
    }
    if (entry.bytes.size() + static_cast<std::size_t>(got) > max_bytes) {
      entry.outcome = ZipEntry::Outcome::too_large;
      break;
    }
    entry.bytes.append(piece.data(), static_cast<std::size_t>(got));
  }
  zip_fclose(file);
  if (entry.outcome != ZipEntry::Outcome::read) entry.bytes.clear();
  return entry;
}

}  // namespace naskah::plan::detail
