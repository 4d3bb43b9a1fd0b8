// BodyWriter's tables: the document tree's tables and signature blocks as Word tables (body_writer.hpp).
//
// A table keeps the column widths layout gives it (layout::table_column_widths: the template's, or those measured
// from the content), its header rows repeated on every page (tblHeader), its fills and borders; a cell spanning
// columns spans grid columns, one spanning rows is a vertical merge — restarted in its first row, continued in the
// others — as Word keeps it. Word draws a merged cell's text once, on the page where it starts: the PDF's repetition of
// a span on the next page, with "(lanj.)", is the PDF's alone.

#include <algorithm>

#include "body_writer.hpp"
#include "naskah/layout/signature_columns.hpp"
#include "naskah/layout/table_grid.hpp"
#include "naskah/layout/table_layout.hpp"
#include "xml_part.hpp"

namespace naskah::docx::detail {
namespace {

const char* vertical_alignment(compose::VerticalAlign align) {
  switch (align) {
    case compose::VerticalAlign::top: return "top";
    case compose::VerticalAlign::middle: return "center";
    case compose::VerticalAlign::bottom: return "bottom";
  }
  return "top";
}

void add_width(pugi::xml_node parent, const char* element, long width) {
  add(parent, element, "w:w", width).append_attribute("w:type").set_value("dxa");
}

/// The table's properties: its width, its place, fixed columns, borders, the padding of its cells.
void add_table_properties(pugi::xml_node table_properties, long width, const char* align, double border_width,
                          const layout::Color& border_color, double padding) {
  add_width(table_properties, "w:tblW", width);
  add(table_properties, "w:jc", "w:val", align);
  pugi::xml_node borders = add(table_properties, "w:tblBorders");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
    pugi::xml_node border = add(borders, side, "w:val", border_width > 0 ? "single" : "nil");
    if (border_width > 0) {
      border.append_attribute("w:sz").set_value(eighths(border_width));
      border.append_attribute("w:space").set_value(0);
      border.append_attribute("w:color").set_value(hex_color(border_color).c_str());
    }
  }
  add(table_properties, "w:tblLayout", "w:type", "fixed");
  pugi::xml_node margins = add(table_properties, "w:tblCellMar");
  for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) add_width(margins, side, twips(padding));
  pugi::xml_node look = add(table_properties, "w:tblLook", "w:val", "0000");
  for (const char* flag : {"w:firstRow", "w:lastRow", "w:firstColumn", "w:lastColumn", "w:noHBand", "w:noVBand"}) {
    look.append_attribute(flag).set_value(0);
  }
}

void add_grid(pugi::xml_node grid, const std::vector<long>& widths) {
  for (long width : widths) add(grid, "w:gridCol", "w:w", width);
}

}  // namespace

pugi::xml_node BodyWriter::cell_paragraph(pugi::xml_node cell, const std::vector<compose::Span>& spans,
                                          compose::Align align, double line_height, bool keep) {
  const text::FontSet& fonts = inputs_.fonts;
  const RunLook run = spans.empty() ? styles_.normal() : run_look(spans.front(), fonts);
  ParagraphLook look;
  look.align = justification(align);
  look.line = line_spacing(line_height, spans, fonts);
  const Style& style = styles_.fixed_style("IsiTabel", "Isi Tabel", true, look, run);
  look.keep_next = keep;
  ParagraphExtras extras;
  extras.style = style.id;
  pugi::xml_node paragraph = add(cell, "w:p");
  write_paragraph_properties(paragraph, look, &style.paragraph, extras);
  runs(paragraph, spans, style.run);
  return paragraph;
}

void BodyWriter::table(const compose::Table& table, bool keep) {
  flush_page_break();
  const std::vector<double> measured =
      layout::table_column_widths(table, inputs_.fonts, inputs_.hyphenator, text_height_);
  if (measured.empty()) return;
  // Word would join two tables with nothing between them into one; the space above goes there too.
  if (after_table_ || table.space_before > 0) emit(spacer_paragraph(fragment_, std::max(table.space_before, 1.0), keep));
  std::vector<long> widths;
  for (double width : measured) widths.push_back(twips(std::max(width, 1.0)));
  const int columns = static_cast<int>(widths.size());
  long total = 0;
  for (long width : widths) total += width;

  out_ += "<w:tbl>";
  pugi::xml_node properties = fragment_.append_child("w:tblPr");
  add_table_properties(properties, total, justification(table.align == compose::Align::justify ? compose::Align::left : table.align),
                       table.border_width, table.border_color, table.padding);
  emit(properties);
  pugi::xml_node grid = fragment_.append_child("w:tblGrid");
  add_grid(grid, widths);
  emit(grid);

  const Bookmark* bookmark = bookmarks_.find(table.anchor);
  auto rows = [&](const std::vector<compose::TableRow>& in, bool header) {
    const layout::TableGrid resolved = layout::resolve_grid(in, columns);
    std::vector<const layout::GridCell*> covering(static_cast<std::size_t>(columns), nullptr);
    for (int r = 0; r < resolved.rows; ++r) {
      for (std::size_t k = resolved.row_begin[static_cast<std::size_t>(r)]; k < resolved.row_begin[static_cast<std::size_t>(r) + 1]; ++k) {
        const layout::GridCell& cell = resolved.cells[k];
        for (int c = cell.col; c < cell.end_col(); ++c) covering[static_cast<std::size_t>(c)] = &cell;
      }
      pugi::xml_node row = fragment_.append_child("w:tr");
      if (header) add(add(row, "w:trPr"), "w:tblHeader");
      for (int c = 0; c < columns;) {
        const layout::GridCell* cell = covering[static_cast<std::size_t>(c)];
        if (cell == nullptr) break;  // resolve_grid covers every slot; never reached
        const bool starts = cell->row == r;
        pugi::xml_node tc = add(row, "w:tc");
        pugi::xml_node tc_properties = add(tc, "w:tcPr");
        long width = 0;
        for (int k = cell->col; k < cell->end_col(); ++k) width += widths[static_cast<std::size_t>(k)];
        add_width(tc_properties, "w:tcW", width);
        if (cell->col_span > 1) add(tc_properties, "w:gridSpan", "w:val", cell->col_span);
        if (cell->row_span > 1) {
          pugi::xml_node merge = add(tc_properties, "w:vMerge");
          if (starts) merge.append_attribute("w:val").set_value("restart");
        }
        if (cell->fill) {
          pugi::xml_node shading = add(tc_properties, "w:shd", "w:val", "clear");
          shading.append_attribute("w:color").set_value("auto");
          shading.append_attribute("w:fill").set_value(hex_color(*cell->fill).c_str());
        }
        const compose::TableCell* source = cell->source;
        add(tc_properties, "w:vAlign", "w:val", vertical_alignment(source ? source->valign : compose::VerticalAlign::top));
        static const std::vector<compose::Span> nothing;
        pugi::xml_node paragraph =
            cell_paragraph(tc, starts && source ? source->spans : nothing, source ? source->align : compose::Align::left,
                           table.line_height,
                           keep || (r + 1 < resolved.rows && in[static_cast<std::size_t>(r + 1)].keep_with_previous));
        if (bookmark != nullptr) {
          // The anchor of the table (an annex's entry in the contents) is its first cell's, with its outline level.
          if (bookmark->outline_level) {
            pugi::xml_node pPr = paragraph.child("w:pPr");
            pugi::xml_node jc = pPr.child("w:jc");
            pugi::xml_node level = jc ? pPr.insert_child_after("w:outlineLvl", jc) : pPr.append_child("w:outlineLvl");
            level.append_attribute("w:val").set_value(*bookmark->outline_level);
          }
          pugi::xml_node start = paragraph.insert_child_after("w:bookmarkStart", paragraph.child("w:pPr"));
          start.append_attribute("w:id").set_value(bookmark->id);
          start.append_attribute("w:name").set_value(bookmark->name.c_str());
          end_bookmark(paragraph, bookmark);
          bookmark = nullptr;
        }
        c = cell->end_col();
      }
      emit(row);
    }
  };
  rows(table.header_rows, true);
  rows(table.body_rows, false);
  out_ += "</w:tbl>";
  after_table_ = true;
}

void BodyWriter::signature(const compose::SignatureBlock& block, bool keep) {
  flush_page_break();
  if (block.columns.empty()) return;
  if (after_table_ || block.space_before > 0) emit(spacer_paragraph(fragment_, std::max(block.space_before, 1.0), true));
  // The columns as layout sets them: a long name's column widened, side-by-side columns lined up by their blanks.
  const std::vector<compose::SignatureColumn> set =
      layout::signature_columns(block, text_width_, inputs_.fonts, inputs_.hyphenator);
  // The grid: the room left of each column, then the column, left to right.
  std::vector<const compose::SignatureColumn*> columns;
  for (const compose::SignatureColumn& column : set) columns.push_back(&column);
  std::sort(columns.begin(), columns.end(), [](const auto* a, const auto* b) { return a->left < b->left; });
  std::vector<long> widths;
  std::vector<const compose::SignatureColumn*> slot;  ///< the column of each grid column; null: room between
  double x = 0;
  std::size_t parts = 0;
  for (const compose::SignatureColumn* column : columns) {
    if (column->left > x + 0.5) {
      widths.push_back(twips(column->left - x));
      slot.push_back(nullptr);
    }
    widths.push_back(twips(std::max(column->width, 1.0)));
    slot.push_back(column);
    x = std::max(x, column->left) + column->width;
    parts = std::max(parts, column->parts.size());
  }
  long total = 0;
  for (long width : widths) total += width;

  out_ += "<w:tbl>";
  pugi::xml_node properties = fragment_.append_child("w:tblPr");
  add_table_properties(properties, total, "left", 0, {}, 0);
  emit(properties);
  pugi::xml_node grid = fragment_.append_child("w:tblGrid");
  add_grid(grid, widths);
  emit(grid);
  // The i-th parts of every column make row i, as in layout: a jabatan of two lines pushes the next row down in all,
  // and the names under the blanks stand level.
  for (std::size_t i = 0; i < parts; ++i) {
    const bool keep_row = keep || i + 1 < parts;  // the block is never broken
    pugi::xml_node row = fragment_.append_child("w:tr");
    add(add(row, "w:trPr"), "w:cantSplit");
    for (std::size_t k = 0; k < slot.size(); ++k) {
      pugi::xml_node tc = add(row, "w:tc");
      add_width(add(tc, "w:tcPr"), "w:tcW", widths[k]);
      const compose::SignatureColumn* column = slot[k];
      if (column == nullptr || i >= column->parts.size()) {
        spacer_paragraph(tc, 1, keep_row);
        continue;
      }
      const compose::SignaturePart& part = column->parts[i];
      if (const auto* line = std::get_if<compose::SignatureLine>(&part)) {
        cell_paragraph(tc, line->spans, line->align, line->line_height, keep_row);
      } else if (const auto* space = std::get_if<compose::SignatureSpace>(&part)) {
        spacer_paragraph(tc, space->height, keep_row);
      } else if (const auto* image = std::get_if<compose::SignatureImage>(&part)) {
        picture_paragraph(tc, media_.file(image->path), image->width, image->height, compose::Align::center, 0, 0,
                          keep_row, "");
      }
    }
    emit(row);
  }
  out_ += "</w:tbl>";
  after_table_ = true;
}

}  // namespace naskah::docx::detail
