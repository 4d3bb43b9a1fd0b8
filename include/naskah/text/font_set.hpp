#pragma once
/// The fonts of one document (not thread-safe; one per document, sharing parsed files): families named by the template ("Liberation Serif"), each resolved to four
/// TrueType files (regular, bold, italic, bold italic) and read once. A FontSet is the real FontMetrics: it reads
/// the advances from the files' own tables (hmtx through cmap), with libharu's rounding, so layout and the PDF
/// agree to the unit. The PDF writer embeds the same files.

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "naskah/text/font_metrics.hpp"

namespace naskah::text {

/// The four files of a family, indexed by FontFace::style_index(): regular, bold, italic, bold italic.
struct FontFamilyFiles {
  std::string family;
  std::array<std::string, 4> paths;
};

class TrueTypeFont;  // one parsed file: src/text/truetype_font.hpp

/// What a font file is made of besides its metrics: what a writer that embeds it must know to refuse one it cannot
/// embed (pdf/embeddable_font). Measuring needs none of it.
struct FontFileFacts {
  std::string path;
  std::string postscript_name;      ///< name ID 6; empty when the file has none
  bool cff_outlines = false;        ///< OpenType with CFF outlines, not TrueType glyf ones
  std::vector<std::string> tables;  ///< the tags of its tables
};

class FontSet final : public FontMetrics {
 public:
  FontSet();
  ~FontSet() override;
  FontSet(const FontSet&) = delete;
  FontSet& operator=(const FontSet&) = delete;

  /// Loads a family's four files and returns its index for FontFace::family. Throws std::runtime_error naming the
  /// file when one cannot be read or is not a TrueType font. A file is read and parsed once per process: every
  /// FontSet that adds it shares the parsed font (which is immutable), so that the many documents of a batch,
  /// each with its own FontSet, do not read the fonts again.
  std::uint16_t add_family(const FontFamilyFiles& files);

  /// The index of a family already added, by name.
  [[nodiscard]] std::optional<std::uint16_t> find(std::string_view family) const;

  [[nodiscard]] const FontFamilyFiles& files(std::uint16_t family) const;
  [[nodiscard]] std::size_t family_count() const;

  [[nodiscard]] int advance(FontFace face, char32_t code_point) const override;
  [[nodiscard]] std::int64_t advance_sum(FontFace face, std::string_view utf8) const override;
  [[nodiscard]] bool has_glyph(FontFace face, char32_t code_point) const override;
  [[nodiscard]] int ascender(FontFace face) const override;
  [[nodiscard]] int descender(FontFace face) const override;
  [[nodiscard]] int line_gap(FontFace face) const override;

  [[nodiscard]] FontFileFacts file_facts(FontFace face) const;

 private:
  [[nodiscard]] const TrueTypeFont& font(FontFace face) const;
  std::vector<FontFamilyFiles> files_;
  std::vector<std::array<std::shared_ptr<const TrueTypeFont>, 4>> fonts_;
};

/// Finds the four files of a family: first in the mapping file of each directory in `font_dirs` (in order) —
/// `families.conf` in it, or in its `fonts/` — then through fontconfig. Returns nothing and sets *error to a
/// sentence naming the family when any of the four cannot be found.
std::optional<FontFamilyFiles> resolve_family(std::string_view family, const std::vector<std::string>& font_dirs,
                                              std::string* error);

/// Makes the TrueType files in `dir` (and below it) known to fontconfig for this process, so that resolve_family
/// finds their families by name without installing them: --font-dir. False, with *error set, when `dir` is not a
/// folder fontconfig can read. Call it before builds start (fontconfig's configuration is the process's).
bool add_font_folder(const std::string& dir, std::string* error);

}  // namespace naskah::text
