#include "font_file_bytes.hpp"

#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "naskah/io/file_identity.hpp"
#include "naskah/io/source_file.hpp"

namespace naskah::pdf {
namespace {

/// The largest font file read into memory: CJK fonts reach 20 MB; anything larger is left to libharu's reader.
constexpr std::size_t largest_font = 64u * 1024u * 1024u;

struct ReadFont {
  io::FileIdentity identity;
  std::shared_ptr<const std::string> bytes;
};

}  // namespace

std::shared_ptr<const std::string> font_file_bytes(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, ReadFont> read;  // a document's few fonts: never more than a template names
  const std::optional<io::FileIdentity> before = io::identity_of(path);
  if (!before) return nullptr;
  {
    std::lock_guard lock(mutex);
    auto found = read.find(path);
    if (found != read.end() && found->second.identity == *before) return found->second.bytes;
  }
  io::SourceFile file = io::read_source_file(path, largest_font);
  if (!file.bytes) return nullptr;
  auto bytes = std::make_shared<const std::string>(std::move(*file.bytes));
  if (io::identity_of(path) == before) {
    std::lock_guard lock(mutex);
    read[path] = ReadFont{*before, bytes};
  }
  return bytes;
}

}  // namespace naskah::pdf
