#pragma once
// Tables for layout tests: cells of plain text in the fake font's default span (tests/fake_metrics.hpp), rows of
// cells.

#include <string>
#include <utility>
#include <vector>

#include "fake_metrics.hpp"
#include "naskah/compose/document.hpp"

namespace naskah::test {

inline compose::TableCell cell(std::string text, int row_span = 1, int col_span = 1) {
  compose::TableCell c;
  if (!text.empty()) c.spans = {span(std::move(text))};
  c.row_span = row_span;
  c.col_span = col_span;
  return c;
}

inline compose::TableRow row(std::vector<compose::TableCell> cells) {
  compose::TableRow r;
  r.cells = std::move(cells);
  return r;
}

}  // namespace naskah::test
