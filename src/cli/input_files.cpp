#include "input_files.hpp"

#include <sys/stat.h>

#include <filesystem>

#include "naskah/text/translate.hpp"

namespace naskah::cli {

std::optional<std::string> output_is_input(const std::string& output, const std::vector<InputFile>& inputs) {
  struct stat written {};
  if (::stat(output.c_str(), &written) != 0) return std::nullopt;
  for (const InputFile& input : inputs) {
    struct stat read {};
    if (::stat(input.path.c_str(), &read) != 0) continue;
    if (read.st_dev == written.st_dev && read.st_ino == written.st_ino) {
      // TRANSLATORS: "cannot write rkt.xml: it is the plan rkt.xml, which naskah reads …"; the second {} is one of
      // "the plan", "the plan to start from", "a plan compared", "the template's file", "a font", "an image",
      // "the spreadsheet".
      return text::tr("cannot write {}: it is {} {}, which naskah reads here; name another file for the output",
                      output, text::tr_text(input.role), input.path);
    }
  }
  return std::nullopt;
}

std::vector<std::string> files_under(const std::string& folder) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code error;
  for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error), end;
       !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error)) files.push_back(it->path().string());
  }
  return files;
}

}  // namespace naskah::cli
