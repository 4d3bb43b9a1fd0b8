// libxlsxwriter writes a workbook only to a file; it is written into a temporary folder of its own, read back and
// removed, so that the caller writes the bytes as every other output is written (beside the target, renamed into
// place, the target's permissions kept).

#include "naskah/plan/annex_workbook.hpp"

#include <fmt/format.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "naskah/plan/annex_columns.hpp"
#include "naskah/plan/annex_export.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"

namespace naskah::plan {
namespace {

namespace fs = std::filesystem;

/// Column widths in characters, as spreadsheets measure them: at least a number's, at most a readable line (longer
/// text wraps).
constexpr double narrowest_column = 5;
constexpr double widest_column = 45;

/// The header's fill, as the printed annex's (templates/rkt).
constexpr lxw_color_t header_fill = 0xD9D9D9;

/// A temporary folder, removed with everything in it when it goes.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string pattern = (fs::temp_directory_path() / "naskah-workbook-XXXXXX").string();
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// The plan's date as the workbook's, at midnight UTC.
std::time_t creation_time(const Plan& plan) {
  const CalendarDate& signed_on = plan.penandatangan.tanggal.value;
  const bool dated = signed_on.year != 0;
  std::tm day{};
  day.tm_year = (dated ? signed_on.year : plan.tahun.value) - 1900;
  day.tm_mon = dated ? signed_on.month - 1 : 0;
  day.tm_mday = dated ? signed_on.day : 1;
  return timegm(&day);
}

struct Formats {
  lxw_format* header;
  lxw_format* text;
  lxw_format* kode;
  lxw_format* number;
  lxw_format* amount;
};

Formats add_formats(lxw_workbook* workbook) {
  auto bordered = [&] {
    lxw_format* format = workbook_add_format(workbook);
    format_set_border(format, LXW_BORDER_THIN);
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    return format;
  };
  Formats f{bordered(), bordered(), bordered(), bordered(), bordered()};
  format_set_bold(f.header);
  format_set_text_wrap(f.header);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_bg_color(f.header, header_fill);
  format_set_text_wrap(f.text);
  // The formats every spreadsheet program knows by number, which each shows in its user's locale: 49 is text (a kode
  // such as 4.02.01 stays a kode, not a number or a date), 1 is "0", 3 is "#,##0" (28.584.558.694 in Indonesian).
  format_set_num_format_index(f.kode, 49);
  format_set_align(f.number, LXW_ALIGN_CENTER);
  format_set_num_format_index(f.number, 1);
  format_set_num_format_index(f.amount, 3);
  return f;
}

/// How wide each column is drawn: its widest text (an amount as it is shown), within the limits above.
std::vector<double> column_widths(const AnnexSheet& sheet, const std::vector<AnnexColumn>& columns) {
  std::vector<double> widths;
  for (const AnnexColumn& column : columns) {
    // A heading wraps between its words: its longest word is what it needs.
    std::size_t longest = 0;
    for (std::size_t start = 0; start < column.heading.size();) {
      std::size_t end = column.heading.find(' ', start);
      if (end == std::string_view::npos) end = column.heading.size();
      longest = std::max(longest, end - start);
      start = end + 1;
    }
    widths.push_back(static_cast<double>(longest));
  }
  for (const std::vector<AnnexCell>& row : sheet) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool anggaran = is_amount(columns[c].field.fact);
      const std::string shown = anggaran && row[c].number ? text::format_integer(*row[c].number) : row[c].text;
      widths[c] = std::max(widths[c], static_cast<double>(text::decode_utf8(shown).size()));
    }
  }
  for (double& width : widths) width = std::clamp(width + 2, narrowest_column, widest_column);
  return widths;
}

/// Writes the cell, or says what went wrong.
lxw_error write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const AnnexCell& cell,
                     const AnnexColumn& of, const Formats& formats) {
  const AnnexFact fact = of.field.fact;
  lxw_format* format = is_amount(fact)             ? formats.amount
                       : fact == AnnexFact::nomor  ? formats.number
                       : fact == AnnexFact::kode   ? formats.kode
                                                   : formats.text;
  if (cell.rows > 1) {
    const lxw_error merged = worksheet_merge_range(sheet, row, column, row + cell.rows - 1, column, "", format);
    if (merged != LXW_NO_ERROR) return merged;
  }
  if (cell.number && (is_amount(fact) || fact == AnnexFact::nomor)) {
    return worksheet_write_number(sheet, row, column, static_cast<double>(*cell.number), format);
  }
  if (cell.text.empty()) return cell.rows > 1 ? LXW_NO_ERROR : worksheet_write_blank(sheet, row, column, format);
  return worksheet_write_string(sheet, row, column, cell.text.c_str(), format);
}

/// The workbook, written to `path`; libxlsxwriter's problem, if any.
std::optional<std::string> write_workbook(const Plan& plan, const std::string& path, const std::string& folder) {
  lxw_workbook_options options{LXW_FALSE, const_cast<char*>(folder.c_str()), LXW_FALSE};
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (workbook == nullptr) return text::tr("libxlsxwriter cannot start a workbook in {}", folder);
  const std::string title = fmt::format("Lampiran Rencana Kinerja Tahunan (RKT) {} {} Tahun {}",
                                        plan.instansi.singkatan, plan.instansi.daerah, plan.tahun.value);
  const std::string author = fmt::format("{} {}", plan.instansi.nama, plan.instansi.daerah);
  const std::string creator = std::string("naskah ") + NASKAH_VERSION;
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = const_cast<char*>(author.c_str());
  properties.comments = const_cast<char*>(creator.c_str());
  properties.created = creation_time(plan);
  workbook_set_properties(workbook, &properties);

  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Lampiran");
  const Formats formats = add_formats(workbook);
  const AnnexSheet rows = annex_sheet(plan.rencana);
  const std::vector<AnnexColumn> columns = columns_for(plan.rencana);
  const std::vector<double> widths = column_widths(rows, columns);
  lxw_error problem = LXW_NO_ERROR;
  for (std::size_t c = 0; c < columns.size() && problem == LXW_NO_ERROR; ++c) {
    const auto column = static_cast<lxw_col_t>(c);
    problem = worksheet_set_column(sheet, column, column, widths[c], nullptr);
    if (problem == LXW_NO_ERROR) {
      problem = worksheet_write_string(sheet, 0, column, std::string(columns[c].heading).c_str(), formats.header);
    }
  }
  worksheet_freeze_panes(sheet, 1, 0);
  worksheet_set_landscape(sheet);
  // Excel's paper 14, "Folio 8½ × 13 in", is the F4 of Indonesian offices, the printed annex's paper.
  worksheet_set_paper(sheet, 14);
  worksheet_repeat_rows(sheet, 0, 0);
  // The rows a merged cell above covers are left to it: writing them would undo the merge.
  std::vector<std::size_t> covered_until(columns.size(), 0);
  for (std::size_t r = 0; r < rows.size() && problem == LXW_NO_ERROR; ++r) {
    for (std::size_t c = 0; c < columns.size() && problem == LXW_NO_ERROR; ++c) {
      if (r < covered_until[c]) continue;
      covered_until[c] = r + rows[r][c].rows;
      problem = write_cell(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), rows[r][c], columns[c],
                           formats);
    }
  }
  const lxw_error closed = workbook_close(workbook);  // frees the workbook whatever happened before
  if (problem == LXW_NO_ERROR) problem = closed;
  if (problem != LXW_NO_ERROR) return std::string(lxw_strerror(problem));
  return std::nullopt;
}

}  // namespace

MadeWorkbook annex_workbook(const Plan& plan) {
  MadeWorkbook made;
  const TemporaryFolder folder;
  if (folder.path().empty()) {
    made.problem = text::tr("no temporary folder can be made in {}", fs::temp_directory_path().string());
    return made;
  }
  const std::string path = folder.path() + "/annex.xlsx";
  if (std::optional<std::string> problem = write_workbook(plan, path, folder.path())) {
    made.problem = *problem;
    return made;
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.is_open() || in.bad() || bytes.empty()) {
    made.problem = text::tr("the workbook written to {} cannot be read back", path);
    return made;
  }
  made.bytes = std::move(bytes);
  return made;
}

}  // namespace naskah::plan
