#include "input_files.hpp"

#include <sys/stat.h>

#include <filesystem>

#include "naskah/text/translate.hpp"

namespace naskah::cli {

InputFiles::InputFiles(std::vector<InputFile> inputs) : inputs_(std::move(inputs)) {
  for (std::size_t i = 0; i < inputs_.size(); ++i) {
    struct stat read {};
    if (::stat(inputs_[i].path.c_str(), &read) == 0) identities_.emplace(std::pair{read.st_dev, read.st_ino}, i);
  }
}

std::optional<std::string> InputFiles::written_over_by(const std::string& output) const {
  struct stat written {};
  if (::stat(output.c_str(), &written) != 0) return std::nullopt;
  const auto found = identities_.find({written.st_dev, written.st_ino});
  if (found == identities_.end()) return std::nullopt;
  const InputFile& input = inputs_[found->second];
  // TRANSLATORS: "cannot write rkt.xml: it is the plan rkt.xml, which naskah reads …"; the second {} is one of
  // "the plan", "the plan to start from", "a plan compared", "the template's file", "a font", "an image",
  // "the spreadsheet".
  return text::tr("cannot write {}: it is {} {}, which naskah reads here; name another file for the output", output,
                  text::tr_text(input.role), input.path);
}

std::optional<std::string> output_is_input(const std::string& output, const std::vector<InputFile>& inputs) {
  return InputFiles(inputs).written_over_by(output);
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
