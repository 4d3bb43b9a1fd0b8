#pragma once
/// The result of layout and the input of the PDF writer: pages of positioned items. A page is its size plus a
/// list of items with absolute positions, in points (1/72 inch), origin at the top-left corner, y growing down
/// (the PDF writer flips it). Nothing here refers to libharu; pdf/ draws exactly what is here and decides nothing.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "naskah/text/font_metrics.hpp"

namespace naskah::layout {

struct Color {
  std::uint8_t r = 0, g = 0, b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

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

/// A bookmark in the PDF outline, in document order; level 0 is a top entry (a bab), 1 below it (a subbab).
struct OutlineEntry {
  std::string title;
  std::string anchor;
  int level = 0;
};

/// Document information (PDF Info dictionary).
struct Metadata {
  std::string title;
  std::string author;
  std::string subject;
  std::string keywords;
  std::string creator;
  /// The document's date, never the clock: from the plan (or SOURCE_DATE_EPOCH), as Y, M, D.
  int year = 2000, month = 1, day = 1;
};

struct LaidOutDocument {
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
  Metadata metadata;
};

}  // namespace naskah::layout
