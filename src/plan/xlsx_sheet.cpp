// A worksheet's <sheetData> holds its rows, and each row the cells that have a value or a style: <c r="T12" t="s"
// s="3"><v>7</v></c>, the type t saying how to read <v> (a shared string's number, a number, a formula's text, a
// boolean, an error value) and s the style, which says whether a number is shown as a percentage or a date. A
// formula <f> keeps beside it, in <v>, the value the program computed when it saved the file.

#include "xlsx_sheet.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "naskah/diag/cell_reference.hpp"
#include "naskah/plan/calendar_date.hpp"
#include "naskah/plan/xlsx_reader.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"
#include "xlsx_merged_cells.hpp"
#include "xlsx_package.hpp"
#include "xlsx_text.hpp"

namespace naskah::plan::detail {
namespace {

struct ReadCell {
  diag::CellPlace place;
  std::string text;
};

std::optional<std::uint32_t> whole(std::string_view text) {
  std::uint32_t value = 0;
  const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (problem != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

class SheetReader {
 public:
  SheetReader(const SheetContext& context, diag::Diagnostics& out) : context_(context), out_(out) {}

  std::optional<CellTable> read(pugi::xml_node root) {
    if (local_name(root.name()) != "worksheet") {
      file_error("sheet", text::tr("sheet \"{}\" holds no cells (it is a chart or a dialog)", context_.sheet));
      return std::nullopt;
    }
    for (pugi::xml_node row : children(child(root, "sheetData"), "row")) {
      if (!read_row(row)) return std::nullopt;
    }
    std::vector<PlacedCell> placed = in_order();
    merged_ranges(root, placed);
    CellTable table{context_.sheet, {}};
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      if (placed[i].covered) continue;
      ReadCell& cell = cells_[i];
      if (table.rows.empty() || table.rows.back().row != cell.place.row) table.rows.push_back({cell.place.row, {}});
      table.rows.back().cells.push_back({cell.place.column, std::move(cell.text)});
    }
    report_hidden(root, table);
    if (found_errors_) return std::nullopt;
    return table;
  }

 private:
  void cell_error(diag::CellPlace place, std::string_view rule, std::string message) {
    out_.error({context_.file, place.row, place.column, context_.sheet}, std::string(rule), std::move(message));
    found_errors_ = true;
  }
  void file_error(std::string_view rule, std::string message) {
    out_.error({context_.file, 0, 0}, std::string(rule), std::move(message));
    found_errors_ = true;
  }

  /// False when reading must stop: a limit is passed.
  bool read_row(pugi::xml_node row) {
    if (pugi::xml_attribute number = attribute(row, "r")) {
      const std::optional<std::uint32_t> r = whole(number.value());
      if (!r || *r == 0 || *r > diag::max_sheet_row) {
        file_error("workbook", text::tr("the sheet has a row numbered \"{}\", which no sheet has (1 to {}); the "
                                        "workbook is damaged",
                                        number.value(), diag::max_sheet_row));
        return true;
      }
      row_ = *r;
    } else {
      ++row_;
    }
    if (is_true(attribute(row, "hidden"))) hidden_rows_.push_back(row_);
    std::uint32_t column = 0;
    for (pugi::xml_node c : children(row, "c")) {
      diag::CellPlace place{row_, column + 1};
      if (pugi::xml_attribute reference = attribute(c, "r")) {
        const std::optional<diag::CellPlace> named = diag::parse_cell_name(reference.value());
        if (!named) {
          file_error("workbook", text::tr("the sheet has a cell named \"{}\", which is no cell of a sheet (A1 to "
                                          "XFD{}); the workbook is damaged",
                                          reference.value(), diag::max_sheet_row));
          continue;
        }
        place = *named;
      } else if (place.column > diag::max_sheet_column) {
        file_error("workbook", text::tr("row {} of the sheet has more than {} cells, which no sheet has; the workbook "
                                        "is damaged",
                                        row_, diag::max_sheet_column));
        return true;
      }
      column = place.column;
      std::optional<std::string> text = value(c, place);
      if (!text || is_blank(*text)) continue;
      if (cells_.size() == max_sheet_cells) {
        cell_error(place, "limit", text::tr("the sheet holds more than {} cells, the most naskah reads; split it by "
                                            "sasaran",
                                            max_sheet_cells));
        return false;
      }
      text_bytes_ += text->size();
      if (text_bytes_ > max_sheet_text_bytes) {
        cell_error(place, "limit", text::tr("the sheet's cells hold more than {} MB of text together, the most naskah "
                                            "reads; split it by sasaran",
                                            max_sheet_text_bytes / (1024 * 1024)));
        return false;
      }
      if (text::first_invalid_utf8(*text)) {
        cell_error(place, "encoding", text::tr("the cell's text is not UTF-8; the workbook is damaged"));
        continue;
      }
      cells_.push_back({place, std::move(*text)});
    }
    return true;
  }

  /// The cell's value as text; nothing for a cell without one (a cell that only has a style) or with an error.
  std::optional<std::string> value(pugi::xml_node c, diag::CellPlace place) {
    const std::string_view type = attribute(c, "t") ? attribute(c, "t").value() : "n";
    const pugi::xml_node formula = child(c, "f");
    const pugi::xml_node stored = child(c, "v");
    if (type == "inlineStr") return string_text(child(c, "is"));
    const std::string_view v = stored.child_value();
    if (!formula.empty() && (stored.empty() || (v.empty() && type != "str"))) {
      const std::string_view written = formula.child_value();
      if (written.empty()) {
        cell_error(place, "cell-value",
                   text::tr("the cell's formula has no computed value saved in the file; open the workbook in Excel "
                            "or LibreOffice Calc and save it again, so that its values are saved too, or write the "
                            "value itself"));
      } else {
        cell_error(place, "cell-value",
                   text::tr("the cell's formula ={} has no computed value saved in the file; open the workbook in "
                            "Excel or LibreOffice Calc and save it again, so that its values are saved too, or write "
                            "the value itself",
                            written));
      }
      return std::nullopt;
    }
    if (stored.empty()) return std::nullopt;
    if (type == "s") {
      const std::optional<std::uint32_t> index = whole(v);
      if (!index || *index >= context_.shared_strings.size()) {
        cell_error(place, "workbook", text::tr("the cell names shared string \"{}\", but the workbook has {}; the "
                                               "workbook is damaged",
                                               v, context_.shared_strings.size()));
        return std::nullopt;
      }
      return context_.shared_strings[*index];
    }
    if (type == "str") return undo_escapes(v);
    if (type == "b") return std::string(v == "1" ? "TRUE" : "FALSE");
    if (type == "e") {
      cell_error(place, "cell-value", text::tr("the cell holds the error value {}; correct its formula in the "
                                               "spreadsheet, or write the value itself",
                                               v));
      return std::nullopt;
    }
    if (type == "n") {
      const std::uint32_t style = attribute(c, "s").as_uint();
      std::optional<std::string> text = number_cell_text(v, context_.styles.shown(style), context_.dates);
      if (text) return text;
      cell_error(place, "workbook", text::tr("the cell is a number, but holds \"{}\"; the workbook is damaged", v));
      return std::nullopt;
    }
    if (type == "d") {  // an ISO 8601 date, as strict Office Open XML may store one
      if (Parsed<CalendarDate> date = parse_iso_date(v.substr(0, 10))) {
        return text::format_date_long(date.value->year, date.value->month, date.value->day);
      }
      cell_error(place, "workbook", text::tr("the cell is a date, but holds \"{}\"; the workbook is damaged", v));
      return std::nullopt;
    }
    cell_error(place, "workbook", text::tr("the cell has the type \"{}\", which no workbook has; the workbook is "
                                           "damaged",
                                           type));
    return std::nullopt;
  }

  /// The cells in order of row and column, as a sheet's rows need not be in the file; a cell given twice is an error.
  std::vector<PlacedCell> in_order() {
    std::stable_sort(cells_.begin(), cells_.end(), [](const ReadCell& a, const ReadCell& b) {
      return std::pair(a.place.row, a.place.column) < std::pair(b.place.row, b.place.column);
    });
    std::vector<PlacedCell> placed;
    for (std::size_t i = 0; i < cells_.size(); ++i) {
      const diag::CellPlace place = cells_[i].place;
      if (i > 0 && place.row == cells_[i - 1].place.row && place.column == cells_[i - 1].place.column) {
        cell_error(place, "workbook", text::tr("the cell stands twice in the sheet; the workbook is damaged"));
      }
      placed.push_back({place, false});
    }
    return placed;
  }

  void merged_ranges(pugi::xml_node root, std::vector<PlacedCell>& placed) {
    std::vector<CellRange> ranges;
    for (pugi::xml_node merge : children(child(root, "mergeCells"), "mergeCell")) {
      const std::string_view reference = attribute(merge, "ref").value();
      if (std::optional<CellRange> range = parse_cell_range(reference)) {
        ranges.push_back(*range);
      } else {
        file_error("workbook", text::tr("the sheet has a merged range \"{}\", which is no range of a sheet; the "
                                        "workbook is damaged",
                                        reference));
      }
    }
    std::vector<std::pair<CellRange, CellRange>> overlaps;
    mark_covered(placed, std::move(ranges), overlaps);
    for (const auto& [one, other] : overlaps) {
      file_error("workbook", text::tr("the merged ranges {} and {} overlap, which no spreadsheet program saves; the "
                                      "workbook is damaged",
                                      range_name(one), range_name(other)));
    }
  }

  /// A warning for each run of hidden rows, and each hidden column, that holds a cell: they are read as any other.
  void report_hidden(pugi::xml_node root, const CellTable& table) {
    std::sort(hidden_rows_.begin(), hidden_rows_.end());
    auto hidden_row = [&](std::uint32_t row) {
      return std::binary_search(hidden_rows_.begin(), hidden_rows_.end(), row);
    };
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
      if (!hidden_row(table.rows[r].row) || (r > 0 && hidden_row(table.rows[r - 1].row))) continue;
      std::size_t last = r;
      while (last + 1 < table.rows.size() && hidden_row(table.rows[last + 1].row)) ++last;
      const SheetRow& first = table.rows[r];
      const diag::SourceLocation at{context_.file, first.row, first.cells.front().column, context_.sheet};
      if (last == r) {
        out_.warning(at, "hidden-cells", text::tr("row {} is hidden in the workbook; naskah reads it as any other "
                                                  "row: delete it if it is no part of the plan",
                                                  first.row));
      } else {
        out_.warning(at, "hidden-cells", text::tr("rows {} to {} are hidden in the workbook; naskah reads them as "
                                                  "any other rows: delete those that are no part of the plan",
                                                  first.row, table.rows[last].row));
      }
    }
    // The hidden columns as ranges (first, last), in order and joined where they overlap, to look a column up in.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
    for (pugi::xml_node col : children(child(root, "cols"), "col")) {
      if (!is_true(attribute(col, "hidden"))) continue;
      ranges.emplace_back(attribute(col, "min").as_uint(), attribute(col, "max").as_uint());
    }
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<std::uint32_t, std::uint32_t>> hidden_columns;
    for (const auto& range : ranges) {
      if (!hidden_columns.empty() && range.first <= hidden_columns.back().second) {
        hidden_columns.back().second = std::max(hidden_columns.back().second, range.second);
      } else {
        hidden_columns.push_back(range);
      }
    }
    auto hidden_column = [&](std::uint32_t column) {
      auto after = std::upper_bound(hidden_columns.begin(), hidden_columns.end(), column,
                                    [](std::uint32_t c, const auto& range) { return c < range.first; });
      return after != hidden_columns.begin() && column <= std::prev(after)->second;
    };
    std::map<std::uint32_t, diag::CellPlace> first_in_column;  // the first cell of each hidden column that holds one
    for (const SheetRow& row : table.rows) {
      for (const SheetCell& cell : row.cells) {
        if (!first_in_column.count(cell.column) && hidden_column(cell.column)) {
          first_in_column.emplace(cell.column, diag::CellPlace{row.row, cell.column});
        }
      }
    }
    for (const auto& [column, place] : first_in_column) {
      out_.warning({context_.file, place.row, place.column, context_.sheet}, "hidden-cells",
                   text::tr("column {} is hidden in the workbook; naskah reads it as any other column: delete it if "
                            "it is no part of the plan",
                            diag::column_letters(place.column)));
    }
  }

  const SheetContext& context_;
  diag::Diagnostics& out_;
  std::vector<ReadCell> cells_;
  std::vector<std::uint32_t> hidden_rows_;
  std::uint32_t row_ = 0;
  std::size_t text_bytes_ = 0;
  bool found_errors_ = false;
};

}  // namespace

std::optional<CellTable> read_sheet_cells(pugi::xml_node worksheet, const SheetContext& context,
                                          diag::Diagnostics& out) {
  return SheetReader(context, out).read(worksheet);
}

}  // namespace naskah::plan::detail
