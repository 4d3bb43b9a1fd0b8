// Signature blocks: the RKT's, which closes the foreword, and the Perjanjian Kinerja's, two side by side. Each is a
// SignatureBlock of the document tree — lines, the blank for the wet signature and stamp, a scanned signature —
// kept in a group with the place and date above it and the last lines of the text before it, so that it is never
// alone at the top of a page.

#include <algorithm>

#include "composer.hpp"

namespace naskah::compose::detail {

namespace {

/// The last lines of the text before a signature block that go with it to a new page.
constexpr int lines_kept_with_signature = 2;

/// Whether a line names a signatory: its placeholder is the name of one, which is then never broken.
bool names_signatory(const TemplateText& text) {
  return std::any_of(text.pieces.begin(), text.pieces.end(), [](const TemplateText::Piece& piece) {
    return piece.placeholder && (piece.text == "penandatangan" || piece.text == "atasan");
  });
}

}  // namespace

std::optional<SignatureLine> Composer::signature_line(const TemplateLine& line) {
  std::vector<Segment> segments = template_segments(line.text, line.text_case);
  if (line.optional && plain(segments).empty()) return std::nullopt;
  const TemplateStyle& s = style(line.style);
  SignatureLine out;
  out.spans = spans(segments, s);
  if (names_signatory(line.text)) {
    for (Span& span : out.spans) span.keep_together = true;
  }
  out.align = s.paragraph.align;
  out.line_height = s.paragraph.line_height;
  return out;
}

/// A column's parts from the template's items: lines, spaces and (the RKT's) a scanned signature.
template <class Items>
SignatureColumn Composer::signature_column(const Items& items, double left, double width) {
  SignatureColumn column;
  column.left = left;
  column.width = width;
  for (const auto& item : items) {
    if (const auto* line = std::get_if<TemplateLine>(&item)) {
      if (auto set = signature_line(*line)) column.parts.emplace_back(std::move(*set));
    } else if (const auto* space = std::get_if<TemplateSpace>(&item)) {
      column.parts.emplace_back(SignatureSpace{space->height});
    } else if constexpr (std::variant_size_v<typename Items::value_type> > 2) {
      const auto& image = std::get<TemplateImage>(item);
      column.parts.emplace_back(SignatureImage{image.path, image.width, image.height, image.file});
    }
  }
  return column;
}

Group Composer::signature_group(std::vector<Block> above, SignatureBlock block) {
  Group group;
  group.blocks = std::move(above);
  group.blocks.emplace_back(std::move(block));
  group.keep_with_previous_lines = lines_kept_with_signature;
  return group;
}

void Composer::signature(double text_width, std::vector<Block>& out) {
  const SignatureSettings& settings = *t_.signature;
  const double indent = std::clamp(settings.indent.resolve(text_width), 0.0, text_width);
  SignatureBlock block;
  block.space_before = settings.space_before;
  block.columns.push_back(signature_column(settings.items, indent, text_width - indent));
  out.emplace_back(signature_group({}, std::move(block)));
}

SignatureBlock Composer::signatures(const SignaturesSettings& settings, double text_width) {
  SignatureBlock block;
  block.space_before = settings.space_before;
  const double width = text_width / static_cast<double>(std::max<std::size_t>(settings.columns.size(), 1));
  double left = 0;
  for (const std::vector<AnnexItem>& column : settings.columns) {
    block.columns.push_back(signature_column(column, left, width));
    left += width;
  }
  return block;
}

}  // namespace naskah::compose::detail
