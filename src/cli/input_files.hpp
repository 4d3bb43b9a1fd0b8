#pragma once
// What a command reads, so that what it writes never lands on it: `naskah build plan.xml -o plan.xml` would
// otherwise replace the plan with its PDF. Files are compared as the system knows them — the same device and inode,
// after following symbolic links — so that no other name of the file (a link, a path through another folder) gets
// past.

#include <optional>
#include <string>
#include <vector>

namespace naskah::cli {

/// A file a command reads, and what it is to the command, as the refusal names it: "the plan", "a font" (tr_mark).
struct InputFile {
  std::string path;
  const char* role;
};

/// Why `output` may not be written, in the user's language — it is one of `inputs` — or nothing. An output that does
/// not exist yet is none of them.
std::optional<std::string> output_is_input(const std::string& output, const std::vector<InputFile>& inputs);

/// Every regular file in `folder` and below it (a template's: its template.xml, its images, its fonts).
std::vector<std::string> files_under(const std::string& folder);

}  // namespace naskah::cli
