// CSV as spreadsheets write it, read in one pass over the bytes. The separator is ';', ',' or a tab: the one that
// splits the header — the row naming the most columns the reader knows — into those names; without such a row, the
// one the first row uses most (outside quotes). Excel writes ';' where the decimal mark is a comma, as in Indonesia,
// and tabs as "Text (Tab delimited)"; a sheet often starts with title rows ("RENCANA KINERJA TAHUNAN …") that hold
// no separator at all, so that the first row alone would say nothing, or something wrong.

#include "naskah/plan/csv_reader.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"

namespace naskah::plan {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

/// The separators tried, in the order a tie is decided.
constexpr std::array<char, 3> separators{';', ',', '\t'};

/// The header is looked for among the first rows, as title rows stand above it.
constexpr std::size_t rows_sniffed = 50;

/// The first rows split at `separator` — roughly: quotes respected, doubled quotes and syntax errors not (the scanner
/// that reads the file does that).
std::vector<std::vector<std::string>> first_rows(std::string_view text, char separator) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size() && rows.size() <= rows_sniffed; ++i) {
    const char c = text[i];
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice
    } else if (!quoted && c == separator) {
      rows.back().emplace_back();
    } else if (!quoted && (c == '\n' || c == '\r')) {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      rows.emplace_back(1);
    } else {
      rows.back().back() += c;
    }
  }
  return rows;
}

/// The separator that makes one of the first rows name the most columns (two at least); none when no row does.
std::optional<char> separator_of_header(std::string_view text, const ColumnNames& names_column) {
  std::size_t best = 1;
  std::optional<char> chosen;
  for (char separator : separators) {
    for (const std::vector<std::string>& row : first_rows(text, separator)) {
      const auto named = static_cast<std::size_t>(std::count_if(row.begin(), row.end(), names_column));
      if (named > best) {
        best = named;
        chosen = separator;
      }
    }
  }
  return chosen;
}

/// The separator the first row holds most of outside quotes (';' on a tie, ',' when it holds none).
char separator_of_first_row(std::string_view text) {
  std::array<std::size_t, separators.size()> counts{};
  bool quoted = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      for (std::size_t k = 0; k < separators.size(); ++k) counts[k] += c == separators[k] ? 1 : 0;
    }
  }
  const auto most = std::max_element(counts.begin(), counts.end());
  return *most == 0 ? ',' : separators[static_cast<std::size_t>(most - counts.begin())];
}

class CsvScanner {
 public:
  CsvScanner(std::string_view text, const std::string& file, diag::Diagnostics& out, CsvTable& table)
      : text_(text), file_(file), out_(out), table_(table), separator_(table.separator) {}

  void scan() {
    std::size_t i = 0;
    while (i < text_.size() && !stopped_) {
      const char c = text_[i];
      row_started_ = true;
      if (quoted_) {
        if (c == '"' && i + 1 < text_.size() && text_[i + 1] == '"') {
          field_ += '"';
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted_ = false;
          closed_ = true;
        } else {
          field_ += c;
        }
        ++i;
      } else if (c == separator_) {
        end_field();
        ++i;
      } else if (c == '\n' || c == '\r') {
        end_row();
        i += (c == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ? 2 : 1;
      } else if (c == '"' && field_.empty() && !closed_ && !opened_) {
        quoted_ = opened_ = true;
        ++i;
      } else {
        if (c == '"' && !opened_ && !reported_) {
          error("csv-syntax", text::tr("a quote (\") in a cell that does not start with one; put the whole cell in "
                                       "quotes and double each quote inside it, as spreadsheets write it"));
        } else if (closed_ && !reported_) {
          error("csv-syntax", text::tr("after the closing quote of a cell comes the separator ({}) or the end of "
                                       "the row; put the whole cell in quotes",
                                       separator_));
        }
        field_ += c;
        ++i;
      }
    }
    if (stopped_) return;
    if (quoted_) error("csv-syntax", text::tr("this quoted cell is never closed: its closing quote (\") is missing"));
    if (row_started_) end_row();
  }

 private:
  void error(std::string_view rule, std::string message) {
    out_.error({file_, row_, column_}, std::string(rule), std::move(message));
    reported_ = true;
  }

  void end_field() {
    if (text::first_invalid_utf8(field_)) {
      error("encoding", text::tr("the file is not UTF-8 here; save the spreadsheet as \"CSV UTF-8\" (Excel) or "
                                 "with the character set UTF-8 (LibreOffice)"));
      stopped_ = true;
      return;
    }
    cells_.push_back(std::move(field_));
    field_.clear();
    ++column_;
    opened_ = closed_ = reported_ = false;
  }

  void end_row() {
    end_field();
    if (stopped_) return;
    table_.rows.push_back(std::move(cells_));
    cells_.clear();
    ++row_;
    column_ = 1;
    row_started_ = false;
  }

  std::string_view text_;
  const std::string& file_;
  diag::Diagnostics& out_;
  CsvTable& table_;
  char separator_;
  std::uint32_t row_ = 1;
  std::uint32_t column_ = 1;
  std::vector<std::string> cells_;
  std::string field_;
  bool quoted_ = false;       ///< inside a quoted cell
  bool opened_ = false;       ///< the cell started with a quote
  bool closed_ = false;       ///< its closing quote has been read
  bool reported_ = false;     ///< the cell has had its syntax error: one is enough
  bool row_started_ = false;  ///< a byte of the row has been read
  bool stopped_ = false;
};

}  // namespace

CsvTable read_csv(std::string_view text, const std::string& file, diag::Diagnostics& out, const ColumnNames& names_column) {
  CsvTable table;
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
    out.error({file, 1, 1}, "encoding",
              text::tr("the file is UTF-16 (Excel's \"Unicode Text\"); save the spreadsheet as \"CSV UTF-8\""));
    return table;
  }
  if (text.substr(0, utf8_bom.size()) == utf8_bom) text.remove_prefix(utf8_bom.size());
  const std::optional<char> of_header = names_column ? separator_of_header(text, names_column) : std::nullopt;
  table.separator = of_header ? *of_header : separator_of_first_row(text);
  CsvScanner(text, file, out, table).scan();
  return table;
}

}  // namespace naskah::plan
