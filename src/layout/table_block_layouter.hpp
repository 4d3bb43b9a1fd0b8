#pragma once
// A table in the flow (internal to layout/): the TableLayouter (table_layout.hpp) already lays a table out one page's
// fragment at a time; this offers it the region and puts the table's anchor at its top.

#include <memory>

#include "naskah/layout/block_layouter.hpp"
#include "naskah/layout/table_layout.hpp"

namespace naskah::layout::detail {

class TableBlockLayouter final : public BlockLayouter {
 public:
  TableBlockLayouter(const compose::Table& table, const FlowContext& context);

  Fragment lay_out(const Region& region, PageContent& page) override;
  /// The header and the first row.
  [[nodiscard]] double first_height() override;
  /// Measured by laying the table out once more, apart, on a page without end: only asked of a table kept in a
  /// group, which is a small one.
  [[nodiscard]] double whole_height() override;
  [[nodiscard]] Spacing spacing() const override;

 private:
  const compose::Table& table_;
  const FlowContext& context_;
  std::unique_ptr<TableLayouter> layouter_;
  double x_ = 0;  ///< the table's left edge from the text area's, as it is aligned
  bool anchored_ = false;
  std::optional<double> whole_;
};

}  // namespace naskah::layout::detail
