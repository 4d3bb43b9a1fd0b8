// resolve_family: family name → four TrueType files, from fonts/families.conf first and fontconfig second.
//
// fonts/families.conf, one family a line ('#' starts a comment line; blank lines are ignored):
//
//   Liberation Serif: regular=/usr/share/…/LiberationSerif-Regular.ttf, bold=…, italic=…, bold-italic=…
//
// All four faces are required (map a missing face to another file explicitly). A relative file name is relative to
// the folder of the conf file. File names cannot contain commas. Family names compare as fontconfig compares them:
// ignoring ASCII case and spaces. A malformed line is an error, wherever it is in the file.

#include "fontconfig_library.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "naskah/text/font_set.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::text {
namespace {

namespace fs = std::filesystem;

constexpr std::array<const char*, 4> kFaceKeys = {"regular", "bold", "italic", "bold-italic"};  // style_index order
constexpr std::array<const char*, 4> kFaceWords = {"regular", "bold", "italic", "bold italic"};

bool same_family(std::string_view a, std::string_view b) {
  auto next = [](std::string_view s, std::size_t& i) {
    while (i < s.size() && s[i] == ' ') ++i;
    return i < s.size() ? std::tolower(static_cast<unsigned char>(s[i++])) : -1;
  };
  std::size_t i = 0, j = 0;
  for (;;) {
    const int x = next(a, i), y = next(b, j);
    if (x != y) return false;
    if (x < 0) return true;
  }
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

struct ConfEntry {
  FontFamilyFiles files;
  int line = 0;
};

/// Parses one families.conf; false (and *error set to "<file>:<line>: <problem>") on the first malformed line.
bool read_conf(const fs::path& conf, std::vector<ConfEntry>& entries, std::string& error) {
  std::ifstream in(conf);
  if (!in) {
    error = tr("{}: cannot be read", conf.string());
    return false;
  }
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    const std::string_view s = trim(text);
    if (s.empty() || s.front() == '#') continue;
    auto fail = [&](const std::string& problem) {
      error = fmt::format("{}:{}: {}", conf.string(), line, problem);
      return false;
    };
    const auto colon = s.find(':');
    if (colon == std::string_view::npos) {
      return fail(tr("expected \"Family: regular=FILE, bold=FILE, italic=FILE, bold-italic=FILE\""));
    }
    ConfEntry entry;
    entry.line = line;
    entry.files.family = std::string(trim(s.substr(0, colon)));
    if (entry.files.family.empty()) return fail(tr("no family name before ':'"));
    for (const ConfEntry& other : entries) {
      if (same_family(other.files.family, entry.files.family)) {
        return fail(tr("\"{}\" is already mapped on line {}", entry.files.family, other.line));
      }
    }
    std::string_view rest = s.substr(colon + 1);
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      const std::string_view item = trim(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      const auto equals = item.find('=');
      if (equals == std::string_view::npos) return fail(tr("expected FACE=FILE, found \"{}\"", item));
      const std::string_view key = trim(item.substr(0, equals)), file = trim(item.substr(equals + 1));
      const auto at = std::find(kFaceKeys.begin(), kFaceKeys.end(), key);
      if (at == kFaceKeys.end()) {
        return fail(tr("unknown face \"{}\" (expected regular, bold, italic, bold-italic)", key));
      }
      std::string& path = entry.files.paths[static_cast<std::size_t>(at - kFaceKeys.begin())];
      if (!path.empty()) return fail(tr("face \"{}\" is given twice", key));
      if (file.empty()) return fail(tr("no file for face \"{}\"", key));
      const fs::path p(file);
      path = (p.is_absolute() ? p : conf.parent_path() / p).lexically_normal().string();
    }
    for (std::size_t style = 0; style < 4; ++style) {
      if (entry.files.paths[style].empty()) return fail(tr("no {} file", kFaceKeys[style]));
    }
    entries.push_back(std::move(entry));
  }
  return true;
}

// --- fontconfig -------------------------------------------------------------------------------------------------

// fontconfig's functions through detail::fontconfig(): the library is opened on first use (fontconfig_library.hpp).
struct PatternFree {
  void operator()(FcPattern* p) const { detail::fontconfig()->pattern_destroy(p); }
};
struct ObjectSetFree {
  void operator()(FcObjectSet* p) const { detail::fontconfig()->object_set_destroy(p); }
};
struct FontSetFree {
  void operator()(FcFontSet* p) const { detail::fontconfig()->font_set_destroy(p); }
};
using PatternPtr = std::unique_ptr<FcPattern, PatternFree>;
using ObjectSetPtr = std::unique_ptr<FcObjectSet, ObjectSetFree>;
using FontSetPtr = std::unique_ptr<FcFontSet, FontSetFree>;

struct FcFaces {
  std::array<std::string, 4> paths;  // empty where fontconfig has no TrueType file for the face
  std::string other_format;          // a file of the family that is not a usable .ttf, for the error message
  std::string unavailable;           // why fontconfig could not be asked, when it could not
};

bool has_ttf_extension(const std::string& file) {
  std::string ext = fs::path(file).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext == ".ttf";
}

/// Lists the fonts fontconfig knows of the family and picks, for each face, a TrueType file of exactly that
/// weight (FC_WEIGHT_REGULAR or FC_WEIGHT_BOLD), slant (FC_SLANT_ROMAN; FC_SLANT_ITALIC, else FC_SLANT_OBLIQUE as
/// in DejaVu Sans) and normal width. FcFontList, unlike FcFontMatch, never substitutes another family (asking
/// FcFontMatch for "Times New Roman" yields whatever fontconfig's aliases say, such as Liberation Serif or DejaVu);
/// the family of each result is checked again all the same. Ties go to the smallest path, for reproducibility.
FcFaces fontconfig_lookup(std::string_view family) {
  FcFaces result;
  const detail::Fontconfig* fc = detail::fontconfig(&result.unavailable);
  if (fc == nullptr) return result;
  const std::string name(family);
  PatternPtr pattern(fc->pattern_create());
  ObjectSetPtr objects(fc->object_set_build(FC_FILE, FC_FAMILY, FC_WEIGHT, FC_SLANT, FC_WIDTH, FC_INDEX, FC_FONTFORMAT,
                                        FC_VARIABLE, static_cast<char*>(nullptr)));
  if (!pattern || !objects ||
      !fc->pattern_add_string(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(name.c_str()))) {
    return result;
  }
  FontSetPtr fonts(fc->font_list(nullptr, pattern.get(), objects.get()));
  if (!fonts) return result;
  std::array<int, 4> best_rank = {99, 99, 99, 99};
  for (int i = 0; i < fonts->nfont; ++i) {
    const FcPattern* font = fonts->fonts[i];
    FcChar8* file = nullptr;
    if (fc->pattern_get_string(font, FC_FILE, 0, &file) != FcResultMatch) continue;
    const std::string path(reinterpret_cast<const char*>(file));
    bool family_matches = false;
    FcChar8* font_family = nullptr;
    for (int k = 0; fc->pattern_get_string(font, FC_FAMILY, k, &font_family) == FcResultMatch; ++k) {
      family_matches = family_matches || same_family(reinterpret_cast<const char*>(font_family), family);
    }
    if (!family_matches) continue;
    int weight = -1, slant = -1, width = FC_WIDTH_NORMAL, index = 0;
    FcBool variable = FcFalse;
    FcChar8* format = nullptr;
    fc->pattern_get_integer(font, FC_WEIGHT, 0, &weight);
    fc->pattern_get_integer(font, FC_SLANT, 0, &slant);
    fc->pattern_get_integer(font, FC_WIDTH, 0, &width);
    fc->pattern_get_integer(font, FC_INDEX, 0, &index);
    fc->pattern_get_bool(font, FC_VARIABLE, 0, &variable);
    const bool truetype_format = fc->pattern_get_string(font, FC_FONTFORMAT, 0, &format) != FcResultMatch ||
                                 std::string_view(reinterpret_cast<const char*>(format)) == "TrueType";
    if (!has_ttf_extension(path) || !truetype_format || index != 0 || variable) {
      if (result.other_format.empty() || path < result.other_format) result.other_format = path;
      continue;
    }
    if (width != FC_WIDTH_NORMAL) continue;
    const bool bold = weight == FC_WEIGHT_BOLD;
    if (!bold && weight != FC_WEIGHT_REGULAR) continue;
    int rank = 0;  // 0 exact slant; 1 oblique standing in for italic
    bool italic = false;
    if (slant == FC_SLANT_ITALIC) italic = true;
    else if (slant == FC_SLANT_OBLIQUE) italic = true, rank = 1;
    else if (slant != FC_SLANT_ROMAN) continue;
    const std::size_t style = (bold ? 1 : 0) + (italic ? 2 : 0);
    if (rank < best_rank[style] || (rank == best_rank[style] && path < result.paths[style])) {
      best_rank[style] = rank;
      result.paths[style] = path;
    }
  }
  return result;
}

}  // namespace

bool add_font_folder(const std::string& dir, std::string* error) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (error != nullptr) *error = tr("{} is not a folder", dir);
    return false;
  }
  std::string unavailable;
  const detail::Fontconfig* fc = detail::fontconfig(&unavailable);
  if (fc == nullptr) {
    if (error != nullptr) *error = unavailable;
    return false;
  }
  if (fc->config_app_font_add_dir(nullptr, reinterpret_cast<const FcChar8*>(dir.c_str())) != FcTrue) {
    if (error != nullptr) *error = tr("fontconfig cannot read the fonts of {}", dir);
    return false;
  }
  return true;
}

std::optional<FontFamilyFiles> resolve_family(std::string_view family, const std::vector<std::string>& font_dirs,
                                              std::string* error) {
  std::string dummy;
  std::string& message = error ? *error : dummy;

  // 1. fonts/families.conf of each directory, in order; the first entry for the family whose files exist wins.
  std::string conf_note;  // why the conf files did not answer, for the error sentence
  std::vector<std::string> searched;
  std::vector<fs::path> confs;
  for (const std::string& dir : font_dirs) {
    for (const fs::path& conf : {fs::path(dir) / "families.conf", fs::path(dir) / "fonts" / "families.conf"}) {
      std::error_code ec;
      if (fs::is_regular_file(conf, ec)) confs.push_back(conf);
    }
  }
  for (const fs::path& conf : confs) {
    std::error_code ec;
    searched.push_back(conf.string());
    std::vector<ConfEntry> entries;
    if (!read_conf(conf, entries, message)) return std::nullopt;
    for (const ConfEntry& entry : entries) {
      if (!same_family(entry.files.family, family)) continue;
      const auto missing = std::find_if(entry.files.paths.begin(), entry.files.paths.end(),
                                        [&](const std::string& p) { return !fs::is_regular_file(p, ec); });
      if (missing == entry.files.paths.end()) {
        FontFamilyFiles found = entry.files;
        found.family = std::string(family);  // as asked, so that FontSet::find(asked) finds it
        return found;
      }
      if (conf_note.empty()) {
        conf_note = tr("{}:{} names {}, which does not exist,", conf.string(), entry.line, *missing);
      }
    }
  }
  if (conf_note.empty()) {
    conf_note = searched.empty() ? tr("no fonts/families.conf") : tr("no entry in {}", fmt::join(searched, ", "));
  }

  // 2. fontconfig: all four faces, or an error naming what is missing.
  const FcFaces fc = fontconfig_lookup(family);
  std::vector<std::string> found, missing;
  for (std::size_t style = 0; style < 4; ++style) {
    (fc.paths[style].empty() ? missing : found).push_back(kFaceWords[style]);
  }
  if (missing.empty()) return FontFamilyFiles{std::string(family), fc.paths};

  if (!fc.unavailable.empty()) {
    message = tr("font family \"{}\" not found: {}, and {} (add it to fonts/families.conf)", family, conf_note,
                 fc.unavailable);
  } else if (found.empty()) {
    const std::string other = fc.other_format.empty()
                                  ? ""
                                  : tr(", only {} (libharu embeds TrueType .ttf files only)", fc.other_format);
    message = tr(
        "font family \"{}\" not found: {} and fontconfig has no TrueType \"{}\"{} (install it, or add it to "
        "fonts/families.conf)",
        family, conf_note, family, other);
  } else {
    message = tr(
        "font family \"{}\" is incomplete: {} and fontconfig has no TrueType {} \"{}\" (it has {}) (install the "
        "missing faces, or map every face to a file in fonts/families.conf)",
        family, conf_note, fmt::join(missing, ", "), family, fmt::join(found, ", "));
  }
  return std::nullopt;
}

}  // namespace naskah::text
