#include "naskah/text/font_set.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <mutex>
#include <stdexcept>

#include "truetype_font.hpp"

namespace naskah::text {

FontSet::FontSet() = default;
FontSet::~FontSet() = default;

namespace {

/// The fonts parsed so far, by file: read the first time any FontSet of the process asks for them, and kept for the
/// life of the process (a run uses a handful of files).
class ParsedFonts {
 public:
  static ParsedFonts& instance() {
    static ParsedFonts fonts;
    return fonts;
  }

  /// The parsed font of each file, those not parsed yet read now. Throws what reading a bad file threw, and then
  /// keeps none of them.
  std::array<std::shared_ptr<const TrueTypeFont>, 4> get(const std::array<std::string, 4>& paths) {
    std::array<std::shared_ptr<const TrueTypeFont>, 4> fonts;
    std::vector<std::size_t> missing;
    {
      std::lock_guard lock(mutex_);
      for (std::size_t i = 0; i < paths.size(); ++i) {
        if (auto found = parsed_.find(paths[i]); found != parsed_.end()) {
          fonts[i] = found->second;
        } else if (std::find_if(missing.begin(), missing.end(), [&](std::size_t m) { return paths[m] == paths[i]; }) ==
                   missing.end()) {
          missing.push_back(i);
        }
      }
    }
    // Parsed here, outside the lock, so that other builds' fonts are not held up. A face's file is mapped and a few
    // of its tables read (TrueTypeFont::load): a twentieth of a millisecond, less than a thread beside would take
    // to start, on a core the logo and the checks keep busy at that moment.
    std::vector<std::shared_ptr<const TrueTypeFont>> loaded;
    for (std::size_t m : missing) loaded.push_back(TrueTypeFont::load(paths[m]));
    std::lock_guard lock(mutex_);
    for (std::size_t m = 0; m < missing.size(); ++m) parsed_.emplace(paths[missing[m]], loaded[m]);  // first one kept
    for (std::size_t i = 0; i < paths.size(); ++i) {
      if (!fonts[i]) fonts[i] = parsed_.at(paths[i]);
    }
    return fonts;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const TrueTypeFont>> parsed_;
};

}  // namespace

std::uint16_t FontSet::add_family(const FontFamilyFiles& files) {
  if (auto existing = find(files.family)) {
    if (files_[*existing].paths == files.paths) return *existing;
    throw std::invalid_argument(fmt::format("font family \"{}\" added twice with different files", files.family));
  }
  if (files_.size() > std::numeric_limits<std::uint16_t>::max()) {
    throw std::length_error("too many font families");
  }
  // Load all four before changing anything, so that a bad file leaves the set as it was.
  std::array<std::shared_ptr<const TrueTypeFont>, 4> faces = ParsedFonts::instance().get(files.paths);
  files_.push_back(files);
  fonts_.push_back(std::move(faces));
  return static_cast<std::uint16_t>(files_.size() - 1);
}

std::optional<std::uint16_t> FontSet::find(std::string_view family) const {
  for (std::size_t i = 0; i < files_.size(); ++i) {
    if (files_[i].family == family) return static_cast<std::uint16_t>(i);
  }
  return std::nullopt;
}

const FontFamilyFiles& FontSet::files(std::uint16_t family) const {
  if (family >= files_.size()) throw std::out_of_range(fmt::format("no font family #{}", family));
  return files_[family];
}

std::size_t FontSet::family_count() const { return files_.size(); }

const TrueTypeFont& FontSet::font(FontFace face) const {
  if (face.family >= fonts_.size()) throw std::out_of_range(fmt::format("no font family #{}", face.family));
  return *fonts_[face.family][static_cast<std::size_t>(face.style_index())];
}

int FontSet::advance(FontFace face, char32_t code_point) const { return font(face).advance(code_point); }
std::int64_t FontSet::advance_sum(FontFace face, std::string_view utf8) const { return font(face).advance_sum(utf8); }
bool FontSet::has_glyph(FontFace face, char32_t code_point) const { return font(face).has_glyph(code_point); }
int FontSet::ascender(FontFace face) const { return font(face).ascender(); }
int FontSet::descender(FontFace face) const { return font(face).descender(); }
int FontSet::line_gap(FontFace face) const { return font(face).line_gap(); }

FontFileFacts FontSet::file_facts(FontFace face) const {
  const TrueTypeFont& parsed = font(face);
  return FontFileFacts{parsed.path(), parsed.postscript_name(), parsed.cff_outlines(), parsed.table_tags()};
}

}  // namespace naskah::text
