#include "naskah/layout/page_dump.hpp"

#include <fmt/format.h>

#include <cmath>

namespace naskah::layout {
namespace {

/// A length to 0.01 pt, never "-0.00": what differs by less than rounding does not show in a diff.
std::string length(double value) {
  double rounded = std::round(value * 100) / 100;
  if (rounded == 0) rounded = 0;  // -0.0 too
  return fmt::format("{:.2f}", rounded);
}

std::string colour(const Color& c) { return fmt::format("#{:02X}{:02X}{:02X}", c.r, c.g, c.b); }

std::string face_name(const text::FontFace& face, const std::vector<std::string>& family_names) {
  std::string name = face.family < family_names.size() ? family_names[face.family]
                                                         : fmt::format("family{}", face.family);
  if (face.bold) name += " bold";
  if (face.italic) name += " italic";
  return name;
}

struct ItemDump {
  const std::vector<std::string>& family_names;
  std::string& out;

  void operator()(const TextRun& run) const {
    out += fmt::format("text {} {} [{} {}] '{}' w={}", length(run.x), length(run.baseline),
                       face_name(run.face, family_names), length(run.size), run.text, length(run.width));
    if (run.word_spacing != 0) out += " ws=" + length(run.word_spacing);
    if (run.underline) out += " underline";
    if (run.color != Color{}) out += " " + colour(run.color);
    if (run.angle != 0) out += " angle=" + length(run.angle);
    out += '\n';
  }
  void operator()(const Rule& rule) const {
    out += fmt::format("rule {} {} {} {} w={}", length(rule.x1), length(rule.y1), length(rule.x2), length(rule.y2),
                       length(rule.thickness));
    if (rule.color != Color{}) out += " " + colour(rule.color);
    out += '\n';
  }
  void operator()(const Rect& rect) const {
    out += fmt::format("rect {} {} {} {}", length(rect.x), length(rect.y), length(rect.width), length(rect.height));
    if (rect.fill) out += " fill=" + colour(*rect.fill);
    if (rect.stroke) out += " stroke=" + colour(*rect.stroke) + "/" + length(rect.stroke_width);
    out += '\n';
  }
  void operator()(const Image& image) const {
    out += fmt::format("image {} {} {} {} {}\n", length(image.x), length(image.y), length(image.width),
                       length(image.height), image.path);
  }
  void operator()(const Link& link) const {
    out += fmt::format("link {} {} {} {} -> {}\n", length(link.x), length(link.y), length(link.width),
                       length(link.height), link.anchor);
  }
  void operator()(const Anchor& anchor) const { out += fmt::format("anchor {} {}\n", anchor.id, length(anchor.y)); }
};

}  // namespace

std::string dump_page(const Page& page, std::size_t number, const std::vector<std::string>& family_names) {
  std::string out = fmt::format("page {} '{}' {}x{}\n", number, page.label, length(page.width), length(page.height));
  for (const Item& item : page.items) std::visit(ItemDump{family_names, out}, item);
  return out;
}

std::string dump_outline(const std::vector<OutlineEntry>& outline) {
  std::string out;
  for (const OutlineEntry& entry : outline) {
    out += fmt::format("outline {} {} '{}'\n", entry.level, entry.anchor, entry.title);
  }
  return out;
}

}  // namespace naskah::layout
