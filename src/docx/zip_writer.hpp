#pragma once
// Internal to the DOCX writer: a zip archive made in memory through libzip (Debian's libzip-dev), its entries in the
// order they are added, every one with the same date, so that the same parts give the same bytes.

#include <string>
#include <string_view>
#include <vector>

namespace naskah::docx::detail {

struct ZipDate {
  int year = 1980, month = 1, day = 1;
};

class ZipWriter {
 public:
  /// Every entry is dated `date` at noon, whatever the time zone: a zip stores local time without a zone.
  explicit ZipWriter(ZipDate date) : date_(date) {}

  /// Adds an entry; `compress`: deflated, else stored (a PNG or JPEG gains nothing from deflating).
  void add(std::string name, std::string bytes, bool compress = true);

  /// The archive's bytes. Throws DocxError when libzip fails.
  [[nodiscard]] std::string finish();

 private:
  struct Entry {
    std::string name;
    std::string bytes;
    bool compress = true;
  };
  ZipDate date_;
  std::vector<Entry> entries_;
};

}  // namespace naskah::docx::detail
