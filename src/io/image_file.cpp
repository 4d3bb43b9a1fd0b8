#include "naskah/io/image_file.hpp"

#include <fmt/format.h>
#include <png.h>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <vector>

#include "naskah/io/file_identity.hpp"
#include "naskah/io/source_file.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::io {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

std::string size_problem(long width, long height) {
  if (width <= 0 || height <= 0) return text::tr("the image says it is {} × {} pixels", width, height);
  if (width > max_image_side || height > max_image_side || width * height > max_image_pixels) {
    return text::tr("the image is {} × {} pixels; naskah takes images of at most {} pixels a side and {} "
                    "megapixels (scale it down: a logo needs about 600 × 600)",
                       width, height, max_image_side, max_image_pixels / (1024 * 1024));
  }
  return "";
}

/// Takes a PNG that a PDF embeds as it is after checking its chunks and rows (png_stream.hpp); decodes any other
/// whole with libpng's simplified API (which catches libpng's errors itself) and refuses it on
/// any error or warning: libharu's loader treats libpng's warnings as errors too.
ImageFile check_png(const std::string& bytes) {
  ImageFile result;
  std::string problem;
  if (std::optional<PngStream> stream = read_png_stream(bytes, problem)) {
    result.width = stream->width;
    result.height = stream->height;
    result.format = ImageFormat::png;
    result.png_stream = std::make_shared<const PngStream>(std::move(*stream));
    return result;
  }
  if (!problem.empty()) {
    result.problem = std::move(problem);
    return result;
  }
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  auto damaged = [&] {
    result.problem = text::tr("the PNG is damaged or cut short (libpng: {})", image.message);
    png_image_free(&image);
    return result;
  };
  if (png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()) == 0) return damaged();
  result.width = static_cast<long>(image.width);
  result.height = static_cast<long>(image.height);
  if (std::string problem = size_problem(result.width, result.height); !problem.empty()) {
    png_image_free(&image);
    result.problem = std::move(problem);
    return result;
  }
  // Decoding as grey, one byte a pixel, reads every row and checks every chunk while keeping memory small.
  image.format = PNG_FORMAT_GRAY;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  if (png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) == 0 || image.warning_or_error != 0) {
    return damaged();
  }
  png_image_free(&image);
  result.format = ImageFormat::png;
  return result;
}

/// Walks a JPEG's segments: SOI, a baseline, extended or progressive frame header, scans, and EOI at the end.
/// The pixels are not decoded (libharu embeds the file as it is, and PDF readers decode it), but a file cut
/// short or a kind that not every PDF reader shows (arithmetic coding, lossless) is found.
ImageFile check_jpeg(std::string_view bytes) {
  ImageFile result;
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  std::size_t i = 2;
  bool frame = false, scan = false;
  while (true) {
    if (i + 1 >= bytes.size()) {
      result.problem = text::tr_text("the JPEG ends early (the file is cut short)");
      return result;
    }
    if (byte(i) != 0xFF) {
      result.problem = text::tr("the JPEG is damaged: no marker at byte {}", i);
      return result;
    }
    unsigned char marker = byte(i + 1);
    if (marker == 0xFF) {  // fill bytes
      ++i;
      continue;
    }
    if (marker == 0xD9) break;  // EOI
    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // TEM, RSTn: no length
      i += 2;
      continue;
    }
    if (i + 3 >= bytes.size()) {
      result.problem = text::tr_text("the JPEG ends early (the file is cut short)");
      return result;
    }
    const std::size_t length = (static_cast<std::size_t>(byte(i + 2)) << 8) | byte(i + 3);
    if (length < 2 || i + 2 + length > bytes.size()) {
      result.problem = text::tr_text("the JPEG ends early (the file is cut short)");
      return result;
    }
    const std::size_t segment = i + 4;
    if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
      if (marker > 0xC2) {
        result.problem = text::tr_text("the JPEG is of a kind (lossless or arithmetic-coded) that PDF readers do not all "
                                       "show; save it as an ordinary JPEG or a PNG");
        return result;
      }
      if (length < 8) {
        result.problem = text::tr_text("the JPEG is damaged: its frame header is short");
        return result;
      }
      result.height = (static_cast<long>(byte(segment + 1)) << 8) | byte(segment + 2);
      result.width = (static_cast<long>(byte(segment + 3)) << 8) | byte(segment + 4);
      const int components = byte(segment + 5);
      if (components != 1 && components != 3 && components != 4) {
        result.problem = text::tr("the JPEG has {} colour components; PDF takes 1 (grey), 3 (RGB) or 4 (CMYK)", components);
        return result;
      }
      if (std::string problem = size_problem(result.width, result.height); !problem.empty()) {
        result.problem = std::move(problem);
        return result;
      }
      frame = true;
    }
    i += 2 + length;
    if (marker == 0xDA) {  // SOS: entropy-coded data up to the next marker that is not a stuffed 0xFF or RSTn
      if (!frame) {
        result.problem = text::tr_text("the JPEG is damaged: a scan comes before the frame header");
        return result;
      }
      scan = true;
      while (i + 1 < bytes.size() &&
             !(byte(i) == 0xFF && byte(i + 1) != 0x00 && !(byte(i + 1) >= 0xD0 && byte(i + 1) <= 0xD7))) {
        ++i;
      }
    }
  }
  if (!frame || !scan) {
    result.problem = text::tr_text("the JPEG holds no image (no frame header or scan)");
    return result;
  }
  result.format = ImageFormat::jpeg;
  return result;
}

}  // namespace

namespace {

/// The images checked in this process: a batch of a regency's units names the same logo in every plan, and
/// checking it whole (inflating or decoding all its pixels) is then done once. A file is taken from here only
/// while its identity is unchanged; the few last files are kept.
class CheckedImages {
 public:
  /// The image as checked before, when the file is still the same. While another thread reads and checks the same
  /// file, waits for it rather than doing its work again (the cover's logo, read ahead on the spare core, was read a
  /// second time by composition when it came first); nothing when this thread is to read it, and then
  /// finished(path) is to follow.
  std::optional<ImageFile> find_or_claim(const std::string& path, const FileIdentity& identity) {
    std::unique_lock lock(mutex_);
    while (true) {
      for (const Entry& entry : entries_) {
        if (entry.path == path && entry.identity == identity) return entry.image;
      }
      if (std::find(reading_.begin(), reading_.end(), path) == reading_.end()) break;
      changed_.wait(lock);
    }
    reading_.push_back(path);
    return std::nullopt;
  }

  /// The image read and checked by this thread, remembered when `image` is not null; those waiting for it hear.
  void finished(const std::string& path, const FileIdentity& identity, const ImageFile* image) {
    {
      std::lock_guard lock(mutex_);
      if (image != nullptr) {
        if (entries_.size() == capacity) entries_.erase(entries_.begin());
        entries_.push_back(Entry{path, identity, *image});
      }
      reading_.erase(std::find(reading_.begin(), reading_.end(), path));
    }
    changed_.notify_all();
  }

 private:
  static constexpr std::size_t capacity = 8;
  struct Entry {
    std::string path;
    FileIdentity identity;
    ImageFile image;
  };
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Entry> entries_;
  std::vector<std::string> reading_;  ///< files being read and checked now
};

CheckedImages& checked_images() {
  static CheckedImages images;
  return images;
}

ImageFile read_and_check(const std::string& path) {
  ImageFile result;
  io::SourceFile file = io::read_source_file(path, max_image_bytes);
  if (file.too_large) {
    result.problem = text::tr("the file is larger than {} MB, the largest image naskah reads", max_image_bytes / (1024 * 1024));
    return result;
  }
  if (!file.bytes) {
    result.problem = text::tr("cannot read the file: {}", file.problem);
    return result;
  }
  const std::string& bytes = *file.bytes;
  if (starts_with(bytes, "\x89PNG\r\n\x1a\n")) {
    result = check_png(bytes);
  } else if (starts_with(bytes, "\xFF\xD8\xFF")) {
    result = check_jpeg(bytes);
  } else {
    result.problem = text::tr_text("it is neither a PNG nor a JPEG image");
  }
  if (result.format) result.bytes = std::make_shared<const std::string>(std::move(*file.bytes));
  return result;
}

}  // namespace

ImageFile read_image_file(const std::string& path) {
  const std::optional<FileIdentity> before = identity_of(path);
  if (!before) return read_and_check(path);
  if (std::optional<ImageFile> known = checked_images().find_or_claim(path, *before)) return *known;
  ImageFile result;
  bool remember = false;
  try {
    result = read_and_check(path);
    // Remembered only when the file did not change while it was read.
    remember = result.format && identity_of(path) == before;
  } catch (...) {
    checked_images().finished(path, *before, nullptr);
    throw;
  }
  checked_images().finished(path, *before, remember ? &result : nullptr);
  return result;
}

}  // namespace naskah::io
