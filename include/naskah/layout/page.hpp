#pragma once
/// The result of layout and the input of the PDF writer: pages of positioned items. A page is its size plus a
/// list of items with absolute positions, in points (1/72 inch), origin at the top-left corner, y growing down
/// (the PDF writer flips it). Nothing here refers to libharu; pdf/ draws exactly what is here and decides nothing.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "naskah/io/image_file.hpp"
#include "naskah/text/color.hpp"
#include "naskah/text/document_info.hpp"
#include "naskah/text/font_metrics.hpp"

namespace naskah::layout {

using text::Color;

/// One line's worth of text in one face: drawn from (x, baseline). `width` is what layout measured (advances ×
/// size / 1000, plus word_spacing per space); the writer uses it for underlines, never re-measures.
struct TextRun {
  double x = 0;
  double baseline = 0;
  text::FontFace face;
  double size = 11;
  std::string text;           ///< UTF-8
  double word_spacing = 0;    ///< extra points after each U+0020, for justified lines
  double width = 0;
  Color color;
  bool underline = false;
  /// Degrees counter-clockwise about (x, baseline): 0 for every line of text; a draft's watermark is turned.
  double angle = 0;
};

/// A straight line: borders, underlines of signatures, separators.
struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double thickness = 0.5;
  Color color;
};

/// A rectangle, filled and/or stroked: table header shading.
struct Rect {
  double x = 0, y = 0, width = 0, height = 0;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  double stroke_width = 0.5;
};

/// A PNG or JPEG image scaled into the box.
struct Image {
  double x = 0, y = 0, width = 0, height = 0;
  std::string path;
  /// The file as composition checked it, whose bytes the writer embeds; absent, the writer reads and checks path.
  std::shared_ptr<const io::ImageFile> file = nullptr;
};

/// A clickable area leading to an anchor (TOC entries).
struct Link {
  double x = 0, y = 0, width = 0, height = 0;
  std::string anchor;
};

/// A named destination: links and outline entries lead here.
struct Anchor {
  std::string id;
  double y = 0;
};

using Item = std::variant<TextRun, Rule, Rect, Image, Link, Anchor>;

struct Page {
  double width = 595.276;   ///< A4 portrait
  double height = 841.89;
  std::string label;        ///< the page number as printed: "i", "ii", "1", …
  std::vector<Item> items;
};

using text::Metadata;
using text::OutlineEntry;

struct LaidOutDocument {
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
  Metadata metadata;
};

}  // namespace naskah::layout
