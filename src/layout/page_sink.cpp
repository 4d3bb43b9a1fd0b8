#include "naskah/layout/page_sink.hpp"

#include <stdexcept>
#include <utility>

namespace naskah::layout {

void CollectingSink::add_page(std::size_t sequence, std::size_t index, Page page) {
  if (sequence >= sequences_.size()) sequences_.resize(sequence + 1);
  if (index != sequences_[sequence].size()) throw std::logic_error("a page sequence's pages came out of order");
  sequences_[sequence].push_back(std::move(page));
}

std::vector<Page> CollectingSink::take_pages() {
  std::vector<Page> pages;
  for (std::vector<Page>& sequence : sequences_) {
    for (Page& page : sequence) pages.push_back(std::move(page));
  }
  sequences_.clear();
  return pages;
}

}  // namespace naskah::layout
