#pragma once
/// A file that could not be read or written, in a sentence that names it and says why: what the CLI prints after
/// the path. Its own type, so that writing a plan or a CSV file is not a PDF problem.

#include <stdexcept>
#include <string>

namespace naskah::io {

class FileError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace naskah::io
