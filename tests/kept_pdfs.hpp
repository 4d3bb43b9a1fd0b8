#pragma once
// The PDFs the unit tests write are kept, each under a name of its own, in one folder (NASKAH_TEST_PDF_DIR) that the
// ctest unit_test_pdfs_read reads afterwards with every independent PDF reader, as the CLI tests read theirs
// (check_pdf in tests/scripts/cli_prelude.sh). tests/CMakeLists.txt orders the two with fixtures.

#include <unistd.h>

#include <filesystem>
#include <string>

namespace naskah::test {

inline void keep_for_pdf_readers(const std::filesystem::path& pdf, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path folder = NASKAH_TEST_PDF_DIR;
  fs::create_directories(folder);
  // Test cases run in parallel processes and may keep the same file: each copies, then renames into place.
  const fs::path partial = folder / ("." + name + "." + std::to_string(::getpid()));
  fs::copy_file(pdf, partial, fs::copy_options::overwrite_existing);
  fs::rename(partial, folder / name);
}

}  // namespace naskah::test
