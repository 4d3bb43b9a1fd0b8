#pragma once
// Internal to the PDF writer: the bytes of the font files it embeds, read once per process while the file is
// unchanged, for libharu to read from memory (haru_internals.hpp, load_truetype_from_memory) instead of through
// its file reader, which calls fread for every two or four bytes of the font's tables, in every document.

#include <memory>
#include <string>

namespace naskah::pdf {

/// The file's bytes, or nullptr when it cannot be read (libharu then reads the file itself, and says why not).
std::shared_ptr<const std::string> font_file_bytes(const std::string& path);

}  // namespace naskah::pdf
