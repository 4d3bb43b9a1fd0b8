#pragma once
/// Reading an input file (a plan, a template) whole, but never more than a limit: a regular file larger than the
/// limit is refused from its size before a byte is read, anything else (a pipe, a device) is read up to the limit
/// and refused when it goes on. A folder is refused as such.

#include <cstddef>
#include <optional>
#include <string>

namespace naskah::io {

struct SourceFile {
  std::optional<std::string> bytes;  ///< the whole file; absent when it could not be had
  bool too_large = false;            ///< refused for its size (then problem is empty)
  std::string problem;               ///< why it could not be read: "No such file or directory", "it is a folder"
};

SourceFile read_source_file(const std::string& path, std::size_t max_bytes);

}  // namespace naskah::io
