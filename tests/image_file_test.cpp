// Images checked whole before libharu sees them: what is not a PNG or JPEG, a PNG cut short or too large, a JPEG
// cut short; the format comes from the bytes, not the name.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "naskah/io/image_file.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using naskah::test::TempFolder;
using naskah::io::ImageFormat;
using naskah::io::read_image_file;

namespace {

std::string be32(std::uint32_t v) {
  return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

std::string chunk(const std::string& type, const std::string& data) {
  const std::string body = type + data;
  const auto crc = static_cast<std::uint32_t>(::crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
  return be32(static_cast<std::uint32_t>(data.size())) + body + be32(crc);
}

std::string deflated(const std::string& raw) {
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string packed(size, '\0');
  ::compress(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()));
  packed.resize(size);
  return packed;
}

/// A PNG of the colour type and bit depth given, whose IDAT holds `raw` (rows with their filter bytes) deflated.
std::string png_of(std::uint32_t width, std::uint32_t height, char colour_type, const std::string& raw,
                   const std::string& extra_chunks = "") {
  return std::string("\x89PNG\r\n\x1a\n", 8) +
         chunk("IHDR", be32(width) + be32(height) + std::string(1, '\x08') + std::string(1, colour_type) + std::string(3, '\0')) +
         extra_chunks + chunk("IDAT", deflated(raw)) + chunk("IEND", "");
}

/// A grey PNG of width × height whose IDAT holds `rows` rows of zeros.
std::string png(std::uint32_t width, std::uint32_t height, std::uint32_t rows) {
  std::string raw(static_cast<std::size_t>(rows) * (width + 1), '\0');
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string packed(size, '\0');
  ::compress(reinterpret_cast<Bytef*>(packed.data()), &size, reinterpret_cast<const Bytef*>(raw.data()), static_cast<uLong>(raw.size()));
  packed.resize(size);
  return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", be32(width) + be32(height) + std::string("\x08\x00\x00\x00\x00", 5)) +
         chunk("IDAT", packed) + chunk("IEND", "");
}

/// A JPEG's structure (its pixels are not decoded): SOI, a baseline frame of 16 × 8, a scan, EOI.
std::string jpeg(bool with_end = true) {
  std::string s("\xFF\xD8", 2);
  s += std::string("\xFF\xC0\x00\x0B\x08\x00\x08\x00\x10\x01\x01\x11\x00", 13);
  s += std::string("\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00", 10);
  s += std::string("\x12\x34\xFF\x00\x56", 5);
  if (with_end) s += std::string("\xFF\xD9", 2);
  return s;
}

}  // namespace

TEST_CASE("a PNG is decoded whole before it is taken", "[image]") {
  TempFolder dir;
  auto good = read_image_file(dir.write("ok.png", png(4, 2, 2)));
  CHECK(good.format == ImageFormat::png);
  CHECK(good.width == 4);
  CHECK(good.height == 2);

  auto short_data = read_image_file(dir.write("short.png", png(4, 2, 1)));
  CHECK_FALSE(short_data.format);
  CHECK(short_data.problem == "the PNG's image data ends early (the file is cut short)");

  const std::string whole = png(4, 2, 2);
  auto cut = read_image_file(dir.write("cut.png", whole.substr(0, 40)));
  CHECK_FALSE(cut.format);
  CHECK(cut.problem == "the PNG ends early (the file is cut short)");

  auto huge = read_image_file(dir.write("huge.png", png(100000, 100000, 1)));
  CHECK_FALSE(huge.format);
  CHECK(huge.problem == "the image is 100000 × 100000 pixels; naskah takes images of at most 10000 pixels a side and "
                        "16 megapixels (scale it down: a logo needs about 600 × 600)");
}

TEST_CASE("a JPEG is walked to its end, whatever its name", "[image]") {
  TempFolder dir;
  auto named_png = read_image_file(dir.write("logo.png", jpeg()));
  CHECK(named_png.format == ImageFormat::jpeg);
  CHECK(named_png.width == 16);
  CHECK(named_png.height == 8);
  auto cut = read_image_file(dir.write("cut.jpg", jpeg(false)));
  CHECK_FALSE(cut.format);
  CHECK(cut.problem == "the JPEG ends early (the file is cut short)");
}

TEST_CASE("text named .png is neither image", "[image]") {
  TempFolder dir;
  auto text = read_image_file(dir.write("logo.png", "not an image\n"));
  CHECK_FALSE(text.format);
  CHECK(text.problem == "it is neither a PNG nor a JPEG image");
  auto missing = read_image_file((dir.path / "none.png").string());
  CHECK(missing.problem == "cannot read the file: No such file or directory");
}

TEST_CASE("a PNG a PDF can take as it is keeps its compressed rows, checked row by row", "[image]") {
  TempFolder dir;
  // RGB, 2 × 2: each row a filter byte (0 none, 1 sub) and six samples.
  const std::string rows = std::string("\x00\x01\x02\x03\x04\x05\x06\x01\x10\x20\x30\x01\x01\x01", 14);
  auto rgb = read_image_file(dir.write("rgb.png", png_of(2, 2, 2, rows)));
  REQUIRE(rgb.format == ImageFormat::png);
  REQUIRE(rgb.png_stream != nullptr);
  CHECK(rgb.png_stream->idat == deflated(rows));
  CHECK(rgb.png_stream->components() == 3);
  CHECK(rgb.png_stream->width == 2);

  std::string bad_filter = rows;
  bad_filter[7] = '\x07';
  auto filtered = read_image_file(dir.write("filter.png", png_of(2, 2, 2, bad_filter)));
  CHECK_FALSE(filtered.format);
  CHECK(filtered.problem == "the PNG is damaged: row 2 names no PNG filter");

  auto longer = read_image_file(dir.write("long.png", png_of(2, 2, 2, rows + rows)));
  CHECK_FALSE(longer.format);
  CHECK(longer.problem == "the PNG's image data is longer than its rows");

  std::string flipped = png_of(2, 2, 2, rows);
  flipped[flipped.size() - 20] ^= 0x40;  // inside IDAT: its CRC no longer matches
  auto damaged = read_image_file(dir.write("crc.png", flipped));
  CHECK_FALSE(damaged.format);
  CHECK(damaged.problem == "the PNG is damaged: the checksum of its IDAT chunk is wrong");

  // With an alpha channel (colour type 6) the PNG needs a soft mask: decoded whole as before, not taken as it is.
  const std::string rgba_rows(2 * (1 + 2 * 4), '\0');
  auto rgba = read_image_file(dir.write("rgba.png", png_of(2, 2, 6, rgba_rows)));
  CHECK(rgba.format == ImageFormat::png);
  CHECK(rgba.png_stream == nullptr);
  // So does a tRNS chunk.
  auto keyed = read_image_file(dir.write("trns.png", png_of(2, 2, 2, rows, chunk("tRNS", std::string(6, '\0')))));
  CHECK(keyed.format == ImageFormat::png);
  CHECK(keyed.png_stream == nullptr);
}

TEST_CASE("an image checked once is not read again while the file is unchanged", "[image]") {
  TempFolder dir;
  const std::string path = dir.write("logo.png", png(4, 2, 2));
  auto first = read_image_file(path);
  auto again = read_image_file(path);
  REQUIRE(first.bytes != nullptr);
  CHECK(again.bytes == first.bytes);  // the same checked bytes, not a second reading
  dir.write("logo.png", png(6, 3, 3));
  auto changed = read_image_file(path);
  CHECK(changed.width == 6);
  CHECK(changed.bytes != first.bytes);
}

TEST_CASE("an image asked for by threads at once is read and checked once, the others waiting for it", "[image]") {
  // A grey image of 3,000 × 3,000 pixels: long enough to check that all eight threads ask while the first reads.
  TempFolder dir;
  const std::string path = dir.write("large.png", png(3000, 3000, 3000));
  std::vector<naskah::io::ImageFile> read(8);
  std::atomic<int> ready{0};
  {
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < read.size(); ++i) {
      threads.emplace_back([&, i] {
        ++ready;
        while (ready.load() < static_cast<int>(read.size())) std::this_thread::yield();
        read[i] = read_image_file(path);
      });
    }
    for (std::thread& thread : threads) thread.join();
  }
  REQUIRE(read.front().bytes != nullptr);
  for (const auto& image : read) CHECK(image.bytes == read.front().bytes);  // one reading, shared
}
