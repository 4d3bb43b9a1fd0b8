#pragma once
// What a command reads, so that what it writes never lands on it: `naskah build plan.xml -o plan.xml` would
// otherwise replace the plan with its PDF. Files are compared as the system knows them — the same device and inode,
// after following symbolic links — so that no other name of the file (a link, a path through another folder) gets
// past.

#include <sys/types.h>

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace naskah::cli {

/// A file a command reads, and what it is to the command, as the refusal names it: "the plan", "a font" (tr_mark).
struct InputFile {
  std::string path;
  const char* role;
};

/// A command's inputs, each looked up once (a batch asks of every output whether it is one of thousands of plans).
class InputFiles {
 public:
  explicit InputFiles(std::vector<InputFile> inputs);

  /// Why `output` may not be written, in the user's language — it is one of the inputs — or nothing. An output that
  /// does not exist yet is none of them.
  [[nodiscard]] std::optional<std::string> written_over_by(const std::string& output) const;

 private:
  std::vector<InputFile> inputs_;
  std::map<std::pair<dev_t, ino_t>, std::size_t> identities_;  ///< of the inputs that exist: their index
};

/// InputFiles(inputs).written_over_by(output), for a command with few inputs.
std::optional<std::string> output_is_input(const std::string& output, const std::vector<InputFile>& inputs);

/// Every regular file in `folder` and below it (a template's: its template.xml, its images, its fonts).
std::vector<std::string> files_under(const std::string& folder);

}  // namespace naskah::cli
