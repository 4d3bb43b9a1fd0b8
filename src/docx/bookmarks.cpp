#include "bookmarks.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace naskah::docx::detail {

Bookmarks::Bookmarks(const compose::Document& document) {
  for (const compose::PageSequence& sequence : document.sequences) collect(sequence.blocks);
}

void Bookmarks::add(const std::string& anchor, std::string style, const std::optional<text::OutlineEntry>& outline) {
  if (anchor.empty() || by_anchor_.count(anchor) != 0) return;
  const long id = static_cast<long>(by_anchor_.size()) + 1;
  Bookmark bookmark{fmt::format("_Toc{:06}", id), id, std::move(style), std::nullopt};
  if (outline) bookmark.outline_level = std::clamp(outline->level, 0, 8);
  by_anchor_.emplace(anchor, std::move(bookmark));
}

void Bookmarks::collect(const std::vector<compose::Block>& blocks) {
  for (const compose::Block& block : blocks) {
    if (const auto* paragraph = std::get_if<compose::Paragraph>(&block)) {
      add(paragraph->anchor, paragraph->style.name, paragraph->outline);
    } else if (const auto* table = std::get_if<compose::Table>(&block)) {
      add(table->anchor, "", table->outline);
    } else if (const auto* group = std::get_if<compose::Group>(&block)) {
      collect(group->blocks);
    }
  }
}

const Bookmark* Bookmarks::find(const std::string& anchor) const {
  auto it = by_anchor_.find(anchor);
  return it == by_anchor_.end() ? nullptr : &it->second;
}

}  // namespace naskah::docx::detail
