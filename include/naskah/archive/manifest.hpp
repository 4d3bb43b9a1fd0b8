#pragma once
/// An archive's MANIFEST.tsv: one line a document, tab-separated, under a header line, sorted by path, so that
/// it reads well in a spreadsheet and a change shows as a changed line:
///
///   path  year  unit  document  revision  sha256  naskah_version  template_sha256  archived
///
/// `path` is relative to the archive's folder; `archived` is the date (YYYY-MM-DD) it was first filed.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::archive {

struct ManifestRow {
  std::string path;
  int year = 0;
  std::string unit;
  std::string document;
  int revision = 0;
  std::string sha256;
  std::string naskah_version;
  std::string template_sha256;
  std::string archived;

  bool operator==(const ManifestRow&) const = default;
};

/// The header line, without its newline.
inline constexpr std::string_view manifest_header =
    "path\tyear\tunit\tdocument\trevision\tsha256\tnaskah_version\ttemplate_sha256\tarchived";

/// The manifest's text: the header, then the rows sorted by path. Tabs and line breaks inside a value become
/// spaces.
[[nodiscard]] std::string manifest_text(std::vector<ManifestRow> rows);

struct ParsedManifest {
  std::vector<ManifestRow> rows;
  std::optional<std::size_t> bad_line;  ///< the first line (1-based) that is not a row of nine fields
};

/// The rows of a manifest's text; reading stops at the first line that is not one.
[[nodiscard]] ParsedManifest parse_manifest(std::string_view text);

}  // namespace naskah::archive
