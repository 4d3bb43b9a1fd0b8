// Whether a file is a PDF, by its first bytes: apart from archived_plan.cpp, so that asking needs no PDF reader
// (the naskah program forwards a command given a PDF to the one that links qpdf; see src/cli/full_program.hpp).
#include <fstream>
#include <string>
#include <string_view>

#include "naskah/pdf/archived_plan.hpp"

namespace naskah::pdf {

bool looks_like_pdf(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char start[5] = {};
  return in.read(start, sizeof start) && std::string_view(start, sizeof start) == "%PDF-";
}

}  // namespace naskah::pdf
