#pragma once
/// What an image file (the cover's logo) holds, checked whole before anything uses it. libharu 2.3.0 aborts the
/// process on a PNG that libpng cannot decode (its libpng error handler returns instead of jumping) and embeds a
/// truncated JPEG as it is, for PDF readers to complain about; so a PNG is checked here in full (its image data
/// inflated to its rows when a PDF embeds it as it is, decoded otherwise), a JPEG's
/// markers are walked to its end, and what fails is refused with the reason. The format is taken from the bytes,
/// never from the file's name.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "naskah/io/png_stream.hpp"

namespace naskah::io {

enum class ImageFormat { png, jpeg };

/// The largest image file read, and the most pixels it may have: libharu decodes a PNG into memory whole (a logo
/// of 5 cm at 300 dpi is 600 × 600 pixels).
inline constexpr std::size_t max_image_bytes = 16u * 1024u * 1024u;
inline constexpr long max_image_side = 10000;
inline constexpr long max_image_pixels = 4096L * 4096L;

struct ImageFile {
  std::optional<ImageFormat> format;  ///< absent when the file is not a usable image
  long width = 0, height = 0;         ///< pixels
  /// Why it cannot be used: "it is neither a PNG nor a JPEG image", "the PNG is damaged: …".
  std::string problem;
  /// The file's bytes as they were checked, when it is usable: handed on with the document so that the writers
  /// embed what was checked and neither read nor decode the file a second time.
  std::shared_ptr<const std::string> bytes;
  /// A PNG's image data as a PDF embeds it without decoding it (png_stream.hpp), when the PNG qualifies.
  std::shared_ptr<const PngStream> png_stream;
};

ImageFile read_image_file(const std::string& path);

}  // namespace naskah::io
