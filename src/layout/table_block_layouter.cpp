#include "table_block_layouter.hpp"

namespace naskah::layout::detail {

TableBlockLayouter::TableBlockLayouter(const compose::Table& table, const FlowContext& context)
    : table_(table),
      context_(context),
      layouter_(std::make_unique<TableLayouter>(table, context.pagination, context.page_height)) {
  const double width = layouter_->width();
  x_ = table.align == compose::Align::center  ? (context.width - width) / 2
       : table.align == compose::Align::right ? context.width - width
                                              : 0;
}

Fragment TableBlockLayouter::lay_out(const Region& region, PageContent& page) {
  std::optional<double> height;
  if (!layouter_->done()) {
    height = layouter_->place(TablePlacement{region.left + x_, region.top, region.room, region.page_is_empty},
                              page.items());
    if (!height) return {0, false};  // not even the header with a piece of the first row fits here
  }
  if (!anchored_) {
    page.anchor(table_.anchor, region.top, table_.outline);
    anchored_ = true;
  }
  return {height.value_or(0), layouter_->done()};
}

double TableBlockLayouter::first_height() { return layouter_->start_height(); }

double TableBlockLayouter::whole_height() {
  if (!whole_) {
    TableLayouter apart(table_, context_.pagination, context_.page_height);
    std::vector<Item> discarded;
    constexpr double endless = 1e9;  // points: a page no table fills
    whole_ = apart.place(TablePlacement{0, 0, endless, true}, discarded).value_or(0);
  }
  return *whole_;
}

Spacing TableBlockLayouter::spacing() const { return {table_.space_before, table_.space_after}; }

}  // namespace naskah::layout::detail
