#pragma once
/// Writing a file so that readers see either the old file or the complete new one, never a half-written one.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "naskah/io/file_error.hpp"
#include "naskah/text/task_thread.hpp"

namespace naskah::io {

/// Writes bytes to a temporary file beside path (".<name>.XXXXXX"), fsyncs it and renames it over path. On failure
/// throws FileError naming the path and the system's reason, and removes the temporary file; an existing file at path
/// is left as it was. (The PDF writer's, and any command's that writes a file: naskah init writes plans with it.)
///
/// What the file was stays: a file replaced keeps its permissions (a plan kept 0640 stays 0640), its group and,
/// where the process may give it (root), its owner; a new file gets the usual permissions (0666 less the umask).
/// When path is a symbolic link, the file it leads to is written (beside it, and renamed over it), and the link
/// stays a link.
///
/// What this promises, a power failure included, is that path holds the old file or the whole new one, never a
/// part: the new file's content is on the disk before its name is. It does not also fsync the directory, which
/// would only make the rename itself survive a power failure in the next moments (the old file would be found
/// then, whole) and costs as much as the rest of building a small plan on a virtual disk.
void write_file_atomically(const std::string& path, std::string_view bytes);

/// Appends bytes to the file being written.
using ByteWriter = std::function<void(std::string_view bytes)>;

/// The same for a file made piece by piece: `produce` writes it through the ByteWriter it is given (and may throw,
/// which leaves no file behind).
void write_file_atomically(const std::string& path, const std::function<void(const ByteWriter&)>& produce);

/// The last steps of writing files whole — fsync, close, the rename over the path — taken on a thread of their own,
/// in the order the files were written, while their writer goes on: naskah batch builds its next plan while the disk
/// takes the last one's PDF (the fsync alone was a tenth of a batch's time). Destroying it, or finish(), waits until
/// every file given is in place or has failed.
class FilesPutInPlace {
 public:
  /// Told on the placing thread how a file went: nothing when it is in place, else why not (FileError's words).
  using Done = std::function<void(const std::optional<std::string>& problem)>;

  FilesPutInPlace() = default;
  FilesPutInPlace(const FilesPutInPlace&) = delete;
  FilesPutInPlace& operator=(const FilesPutInPlace&) = delete;

  /// Waits until every file given so far is in place or has failed.
  void finish() { steps_.finish(); }

 private:
  friend void write_file_atomically(const std::string& path, const std::function<void(const ByteWriter&)>& produce,
                                    FilesPutInPlace& placer, Done done);
  /// Queues a step for the placing thread (write_file_atomically's last ones).
  void add(std::function<void()> step) { steps_.run(std::move(step)); }

  text::TaskThread steps_;
};

/// As write_file_atomically, but its last steps (fsync, close, rename) are `placer`'s, and `done` hears how they
/// went. What fails before them (the temporary file cannot be made, `produce` throws, the disk is full) is thrown
/// here, as by write_file_atomically; a file that fails later is removed, and the path left as it was.
void write_file_atomically(const std::string& path, const std::function<void(const ByteWriter&)>& produce,
                           FilesPutInPlace& placer, FilesPutInPlace::Done done);

/// The same, but never replacing a file: when path exists, it is left as it is and the result is false. The test
/// and the rename are one step (renameat2 RENAME_NOREPLACE) where the file system allows it, so that a file made
/// meanwhile is not replaced either; elsewhere path is tested just before the rename.
[[nodiscard]] bool write_new_file_atomically(const std::string& path, std::string_view bytes);

/// Why no file can be written at path now, in the words FileError would use, or nothing: the path is a folder, its
/// folder (or, for a symbolic link, its target's) is missing or is not a folder, or no file can be created there
/// (read-only, no permission). A long build
/// asks before it starts rather than fail at its end; the write itself still reports what happens later (a full
/// disk). Creates and removes a temporary file beside path to find out.
[[nodiscard]] std::optional<std::string> unwritable_reason(const std::string& path);

}  // namespace naskah::io
