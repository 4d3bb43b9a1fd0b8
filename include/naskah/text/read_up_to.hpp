#pragma once
/// Reading a file's bytes straight into memory: what the input files (io/source_file) and the font files
/// (text/truetype_font) are read with. Here, at the bottom of the layers, because both need it.

#include <cstddef>

namespace naskah::text {

/// Reads from `fd` into `into` until `size` bytes are read or the file ends, calling read(2) as often as it takes
/// (again after a signal). Returns how many bytes were read; `error` is errno when a read failed, else 0.
std::size_t read_up_to(int fd, char* into, std::size_t size, int& error);

}  // namespace naskah::text
