#include "naskah/text/font_set.hpp"

#include <fmt/format.h>

#include <limits>
#include <map>
#include <mutex>
#include <stdexcept>

#include "truetype_font.hpp"

namespace naskah::text {

FontSet::FontSet() = default;
FontSet::~FontSet() = default;

namespace {

/// The parsed font of a file, read the first time any FontSet of the process asks for it. The cache holds every
/// font it has parsed for the life of the process: a run uses a handful of files.
std::shared_ptr<const TrueTypeFont> shared_font(const std::string& path) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<const TrueTypeFont>> parsed;
  std::lock_guard lock(mutex);
  auto found = parsed.find(path);
  if (found != parsed.end()) return found->second;
  std::shared_ptr<const TrueTypeFont> font = TrueTypeFont::load(path);
  parsed.emplace(path, font);
  return font;
}

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
  std::array<std::shared_ptr<const TrueTypeFont>, 4> faces;
  for (std::size_t style = 0; style < faces.size(); ++style) faces[style] = shared_font(files.paths[style]);
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
