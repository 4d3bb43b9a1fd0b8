// CSV as spreadsheets write it, read in one pass over the bytes. The separator is the one of ';' and ',' that the
// first row uses more (outside quotes): Excel writes ';' where the decimal mark is a comma, as in Indonesia.

#include "naskah/plan/csv_reader.hpp"

#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"

namespace naskah::plan {
namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

/// ';' or ',': whichever the first row holds more of outside quotes (';' on a tie, ',' when it holds neither).
char detect_separator(std::string_view text) {
  std::size_t semicolons = 0, commas = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;  // a doubled quote toggles twice
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted && c == ';') {
      ++semicolons;
    } else if (!quoted && c == ',') {
      ++commas;
    }
  }
  if (semicolons == 0 && commas == 0) return ',';
  return semicolons >= commas ? ';' : ',';
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

CsvTable read_csv(std::string_view text, const std::string& file, diag::Diagnostics& out) {
  CsvTable table;
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
    out.error({file, 1, 1}, "encoding",
              text::tr("the file is UTF-16 (Excel's \"Unicode Text\"); save the spreadsheet as \"CSV UTF-8\""));
    return table;
  }
  if (text.substr(0, utf8_bom.size()) == utf8_bom) text.remove_prefix(utf8_bom.size());
  table.separator = detect_separator(text);
  CsvScanner(text, file, out, table).scan();
  return table;
}

}  // namespace naskah::plan
