#pragma once
/// A PNG's compressed image data as a PDF can embed it without decoding it: PDF's FlateDecode with the PNG
/// predictors (/Predictor 15) reads the concatenated IDAT chunks as they are, as pdfTeX and other writers embed
/// PNGs. This saves decoding the pixels and compressing them again — for a logo of 500 × 600 pixels most of the
/// time a sample plan took — and keeps the file's own compression. Only the PNGs PDF can take that way qualify:
/// not interlaced, without transparency (an alpha channel or a tRNS chunk needs a separate soft mask), and with
/// samples PDF reads in the same order (8 bits; palette images of 1, 2, 4 or 8 bits). Every other PNG is decoded
/// as before.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace naskah::io {

struct PngStream {
  long width = 0, height = 0;
  int bit_depth = 0;
  int colour_type = 0;   ///< 0 grey, 2 RGB, 3 palette (4 and 6 have alpha and never qualify)
  std::string palette;   ///< PLTE's RGB triples, for a palette image
  std::string idat;      ///< the IDAT chunks' data, concatenated: one zlib stream

  /// Colour components of a pixel as PDF counts them: 1 for grey and for a palette index, 3 for RGB.
  int components() const { return colour_type == 2 ? 3 : 1; }
};

/// The PNG's image data ready to embed as it is, or nothing when the file does not qualify (see above) — then it
/// is to be decoded. `problem` is set, and nothing returned, when the file is damaged: a chunk's length or CRC is
/// wrong, IHDR is not first, the image data does not inflate to exactly its rows, or a row names no PNG filter.
std::optional<PngStream> read_png_stream(std::string_view bytes, std::string& problem);

}  // namespace naskah::io
