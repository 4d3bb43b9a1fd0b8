#include "naskah/layout/paginator.hpp"

#include "flow.hpp"

namespace naskah::layout {
namespace {

/// The pages of a sequence as the flow fills them: each handed on (or kept) when the next begins, its anchors
/// and bookmarks recorded.
class Pages final : public PageContent {
 public:
  Pages(const compose::PageStyle& style, PaginatedSequence& out, const PageHandler& handler)
      : style_(style), out_(out), handler_(handler) {}

  void new_page() {
    if (out_.page_count > 0) finish_page();
    page_ = Page{};
    page_.width = style_.width;
    page_.height = style_.height;
    ++out_.page_count;
  }

  /// The current page is complete: handed on, or kept.
  void finish_page() {
    if (handler_) {
      handler_(out_.page_count - 1, std::move(page_));
    } else {
      out_.pages.push_back(std::move(page_));
    }
  }

  std::vector<Item>& items() override { return page_.items; }

  void anchor(const std::string& id, double y, const std::optional<OutlineEntry>& outline) override {
    if (!id.empty()) {
      page_.items.emplace_back(Anchor{id, y});
      out_.anchor_pages.emplace(id, out_.page_count - 1);
    }
    if (outline) out_.outline.push_back(*outline);
  }

 private:
  const compose::PageStyle& style_;
  PaginatedSequence& out_;
  const PageHandler& handler_;
  Page page_;  ///< the page being filled
};

}  // namespace

PaginatedSequence paginate(const compose::PageSequence& sequence, const PaginationContext& context,
                           const PageHandler& handler) {
  PaginatedSequence out;
  if (sequence.blocks.empty()) return out;  // nothing to print, no page: a body without bab, an empty front matter
  const compose::PageStyle& style = sequence.page;
  const double width = style.width - style.margin_left - style.margin_right;
  const double height = style.height - style.margin_top - style.margin_bottom;
  const FlowContext flow_context{context, width, height};
  detail::Flow flow(prepare_blocks(sequence.blocks, flow_context));
  Pages pages(style, out, handler);
  // Each page is offered whole to what is left of the flow, until it is all placed. Every block places something
  // on an empty page, so this ends; should one ever not, two pages in a row without progress stop it rather than
  // loop.
  int idle_pages = 0;
  for (;;) {
    pages.new_page();
    const Region page{style.margin_left, width, style.margin_top, height, true, height, {}};
    const Fragment fragment = flow.lay_out(page, pages);
    if (fragment.finished) break;
    idle_pages = fragment.height <= 0 && pages.items().empty() ? idle_pages + 1 : 0;
    if (idle_pages == 2) break;
  }
  pages.finish_page();
  return out;
}

}  // namespace naskah::layout
