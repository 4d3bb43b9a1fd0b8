#include "naskah/archive/manifest.hpp"

#include <algorithm>
#include <charconv>

namespace naskah::archive {
namespace {

std::string field(std::string value) {
  std::replace_if(value.begin(), value.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return value;
}

std::vector<std::string_view> split(std::string_view line, char separator) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  for (std::size_t at = line.find(separator); at != std::string_view::npos; at = line.find(separator, start)) {
    out.push_back(line.substr(start, at - start));
    start = at + 1;
  }
  out.push_back(line.substr(start));
  return out;
}

std::optional<int> number(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

}  // namespace

std::string manifest_text(std::vector<ManifestRow> rows) {
  std::sort(rows.begin(), rows.end(), [](const ManifestRow& a, const ManifestRow& b) { return a.path < b.path; });
  std::string out(manifest_header);
  out += '\n';
  for (const ManifestRow& row : rows) {
    out += field(row.path) + '\t' + std::to_string(row.year) + '\t' + field(row.unit) + '\t' + field(row.document) +
           '\t' + std::to_string(row.revision) + '\t' + field(row.sha256) + '\t' + field(row.naskah_version) + '\t' +
           field(row.template_sha256) + '\t' + field(row.archived) + '\n';
  }
  return out;
}

ParsedManifest parse_manifest(std::string_view text) {
  ParsedManifest out;
  std::vector<std::string_view> lines = split(text, '\n');
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (i == 0 && line == manifest_header) continue;
    const std::vector<std::string_view> fields = split(line, '\t');
    const std::optional<int> year = fields.size() == 9 ? number(fields[1]) : std::nullopt;
    const std::optional<int> revision = fields.size() == 9 ? number(fields[4]) : std::nullopt;
    if (!year || !revision || fields[0].empty()) {
      out.bad_line = i + 1;
      return out;
    }
    out.rows.push_back({std::string(fields[0]), *year, std::string(fields[2]), std::string(fields[3]), *revision,
                        std::string(fields[5]), std::string(fields[6]), std::string(fields[7]),
                        std::string(fields[8])});
  }
  return out;
}

}  // namespace naskah::archive
