#include "landscape_pages.hpp"

#include <utility>
#include <variant>

namespace naskah::compose::detail {

std::vector<PageSequence> turn_landscape_groups(PageSequence sequence, const PageStyle& landscape) {
  std::vector<PageSequence> out;
  auto start = [&](const PageStyle& page) -> PageSequence& {
    PageSequence& next = out.emplace_back();
    next.page = page;
    next.numbering = sequence.numbering;
    next.restart_numbering = false;  // the count goes on through the turned pages
    next.unnumbered_label = sequence.unnumbered_label;
    return next;
  };
  PageSequence* current = &start(sequence.page);
  for (Block& block : sequence.blocks) {
    const auto* group = std::get_if<Group>(&block);
    if (group == nullptr || !group->landscape_page) {
      // A break the turned page already makes is not made twice.
      if (!(std::holds_alternative<PageBreak>(block) && current->blocks.empty() && out.size() > 1)) {
        current->blocks.push_back(std::move(block));
      }
      continue;
    }
    if (current->blocks.empty()) out.pop_back();
    start(landscape).blocks.push_back(std::move(block));
    current = &start(sequence.page);
  }
  if (current->blocks.empty() && out.size() > 1) out.pop_back();
  out.front().restart_numbering = sequence.restart_numbering;
  return out;
}

}  // namespace naskah::compose::detail
