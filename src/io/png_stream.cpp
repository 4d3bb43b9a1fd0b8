#include "naskah/io/png_stream.hpp"

#include <libdeflate.h>
#include <zlib.h>

#include <memory>

#include "naskah/io/image_file.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::io {
namespace {

constexpr std::string_view signature = "\x89PNG\r\n\x1a\n";

std::uint32_t big_endian(std::string_view bytes, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])); };
  return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

/// Bytes of one row of samples, without its filter byte.
std::size_t row_bytes(const PngStream& png) {
  const auto bits = static_cast<std::size_t>(png.width) * static_cast<std::size_t>(png.components()) *
                    static_cast<std::size_t>(png.bit_depth);
  return (bits + 7) / 8;
}

bool qualifies(const PngStream& png, int interlace) {
  // Sizes out of bounds are left to the decoder, which refuses them with the reason.
  if (interlace != 0 || png.width <= 0 || png.height <= 0 || png.width > max_image_side || png.height > max_image_side ||
      png.width * png.height > max_image_pixels) {
    return false;
  }
  if (png.colour_type == 3) return png.bit_depth == 1 || png.bit_depth == 2 || png.bit_depth == 4 || png.bit_depth == 8;
  // Grey below 8 bits would read the same, but PNG scales its samples where PDF does not: keep to 8 bits.
  return (png.colour_type == 0 || png.colour_type == 2) && png.bit_depth == 8;
}

/// Inflates the image data (libdeflate, several times as fast as zlib's inflate), checking that it is one whole
/// zlib stream of exactly height rows, each starting with a filter type PNG defines (0–4): what a PDF reader's
/// predictor needs to show the image.
std::string check_rows(const PngStream& png) {
  const std::size_t row = row_bytes(png) + 1;
  const std::size_t expected = row * static_cast<std::size_t>(png.height);
  std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor*)> decompressor(
      libdeflate_alloc_decompressor(), libdeflate_free_decompressor);
  if (decompressor == nullptr) return text::tr_text("the PNG's image data cannot be inflated (out of memory)");
  // One byte more than the rows: data that fills it is longer than the rows. Not cleared first: the rows of a
  // logo of 500 × 600 pixels are most of a megabyte, and only what the data fills is read.
  std::unique_ptr<unsigned char[]> rows(new unsigned char[expected + 1]);
  std::size_t consumed = 0, produced = 0;
  switch (libdeflate_zlib_decompress_ex(decompressor.get(), png.idat.data(), png.idat.size(), rows.get(), expected + 1,
                                        &consumed, &produced)) {
    case LIBDEFLATE_SUCCESS:
      break;
    case LIBDEFLATE_INSUFFICIENT_SPACE:
      return text::tr_text("the PNG's image data is longer than its rows");
    case LIBDEFLATE_SHORT_OUTPUT:
    case LIBDEFLATE_BAD_DATA:
    default:
      // A stream cut short reads as bad data to libdeflate; zlib's checksum at its end is checked too.
      return text::tr_text("the PNG's image data is damaged or ends early (the file is cut short)");
  }
  if (produced > expected) return text::tr_text("the PNG's image data is longer than its rows");
  if (produced < expected) return text::tr_text("the PNG's image data ends early (the file is cut short)");
  for (std::size_t at = 0; at < expected; at += row) {
    if (rows[at] > 4) return text::tr("the PNG is damaged: row {} names no PNG filter", at / row + 1);
  }
  return "";
}

}  // namespace

std::optional<PngStream> read_png_stream(std::string_view bytes, std::string& problem) {
  problem.clear();
  if (bytes.substr(0, signature.size()) != signature) {
    problem = text::tr_text("it is not a PNG image");
    return std::nullopt;
  }
  PngStream png;
  int interlace = 0;
  bool header = false, transparency = false, ended = false;
  std::size_t at = signature.size();
  auto damaged = [&](std::string why) {
    problem = std::move(why);
    return std::nullopt;
  };
  while (!ended) {
    if (bytes.size() - at < 12) return damaged(text::tr_text("the PNG ends early (the file is cut short)"));
    const std::uint32_t length = big_endian(bytes, at);
    const std::string_view type = bytes.substr(at + 4, 4);
    if (length > bytes.size() - at - 12) return damaged(text::tr_text("the PNG ends early (the file is cut short)"));
    const std::string_view data = bytes.substr(at + 8, length);
    const std::uint32_t stored_crc = big_endian(bytes, at + 8 + length);
    const auto crc = crc32(0L, reinterpret_cast<const Bytef*>(bytes.data() + at + 4), static_cast<uInt>(length + 4));
    if (crc != stored_crc) {
      return damaged(text::tr("the PNG is damaged: the checksum of its {} chunk is wrong", std::string(type)));
    }
    if (!header && type != "IHDR") return damaged(text::tr_text("the PNG is damaged: it does not begin with IHDR"));
    if (type == "IHDR") {
      if (header || length != 13) return damaged(text::tr_text("the PNG is damaged: its IHDR chunk is wrong"));
      header = true;
      png.width = static_cast<long>(big_endian(data, 0));
      png.height = static_cast<long>(big_endian(data, 4));
      png.bit_depth = static_cast<unsigned char>(data[8]);
      png.colour_type = static_cast<unsigned char>(data[9]);
      interlace = static_cast<unsigned char>(data[12]);
    } else if (type == "PLTE") {
      png.palette.assign(data);
    } else if (type == "tRNS") {
      transparency = true;
    } else if (type == "IDAT") {
      png.idat.append(data);
    } else if (type == "IEND") {
      ended = true;
    }
    at += 12 + length;
  }
  if (png.idat.empty()) return damaged(text::tr_text("the PNG holds no image data"));
  if (transparency || !qualifies(png, interlace)) return std::nullopt;
  if (png.colour_type == 3 && (png.palette.empty() || png.palette.size() % 3 != 0 || png.palette.size() > 768)) {
    return damaged(text::tr_text("the PNG is damaged: its palette is missing or wrong"));
  }
  if (std::string rows = check_rows(png); !rows.empty()) return damaged(std::move(rows));
  return png;
}

}  // namespace naskah::io
