// Next year's plan: three edits to the old file's text, located through pugixml. pugixml's own writer is not used:
// even with format_raw it rewrites every start tag on one line, requotes attributes and re-escapes text, so a plan
// whose attributes run over several lines (the sample's do) would not keep its layout. Splicing the source keeps
// every byte outside the edits.

#include "naskah/plan/next_year.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <stdexcept>

#include "naskah/plan/calendar_date.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"
#include "naskah/text/xml_escape.hpp"
#include "xml_reader.hpp"

namespace naskah::plan {
namespace {

/// An indikator line longer than this (in characters) continues with target and realisasi on the next line.
constexpr std::size_t wrap_column = 110;

struct Edit {
  std::size_t begin;
  std::size_t end;
  std::string replacement;
};

/// Where the element's '<' is.
std::size_t element_start(pugi::xml_node node) {
  // pugixml's offset is that of the element's name, right after the '<'.
  return static_cast<std::size_t>(node.offset_debug()) - 1;
}

/// Just past the end of the element whose '<' is at `start` — its "/>" or the '>' of its end tag — in a well-formed
/// document: comments, CDATA sections, processing instructions and quoted attribute values are skipped whole.
std::size_t element_end(std::string_view s, std::size_t start) {
  auto past = [&](std::size_t from, std::string_view token) {
    std::size_t at = s.find(token, from);
    return at == std::string_view::npos ? s.size() : at + token.size();
  };
  int depth = 0;
  std::size_t i = start;
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
    } else if (s.compare(i, 4, "<!--") == 0) {
      i = past(i + 4, "-->");
    } else if (s.compare(i, 9, "<![CDATA[") == 0) {
      i = past(i + 9, "]]>");
    } else if (s.compare(i, 2, "<?") == 0) {
      i = past(i + 2, "?>");
    } else if (s.compare(i, 2, "</") == 0) {
      i = past(i, ">");
      if (--depth == 0) return i;
    } else {
      char quote = 0;
      for (++i; i < s.size() && (quote != 0 || s[i] != '>'); ++i) {
        if (quote != 0) {
          if (s[i] == quote) quote = 0;
        } else if (s[i] == '"' || s[i] == '\'') {
          quote = s[i];
        }
      }
      bool empty = i < s.size() && s[i - 1] == '/';
      ++i;
      if (!empty) {
        ++depth;
      } else if (depth == 0) {
        return i;
      }
    }
  }
  return s.size();
}

/// The value of an attribute as a byte range of the source, without its quotes.
Edit attribute_value(const detail::ParseContext& context, pugi::xml_node node, std::string_view name) {
  std::string_view s = context.source();
  std::size_t begin = context.attribute_value_offset(node, name);
  std::size_t end = s.find(s[begin - 1], begin);
  if (end == std::string_view::npos) throw std::logic_error(fmt::format("the value of {} is not closed", name));
  return Edit{begin, end, {}};
}

/// The white space that starts the line of `offset`, when nothing else stands before it on that line.
std::optional<std::string> indent_before(std::string_view s, std::size_t offset) {
  std::size_t line_start = s.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view before = s.substr(line_start, offset - line_start);
  if (!std::all_of(before.begin(), before.end(), [](char c) { return c == ' ' || c == '\t'; })) return std::nullopt;
  return std::string(before);
}

/// Text that may stand inside an XML comment, which may not hold "--" nor end with '-'.
std::string comment_safe(std::string text) {
  for (std::size_t at = text.find("--"); at != std::string::npos; at = text.find("--", at)) text.insert(at + 1, " ");
  if (!text.empty() && text.back() == '-') text += ' ';
  return text;
}

/// Builds the <evaluasi> element, its first line unindented (it takes the place of the old one's '<').
class EvaluasiWriter {
 public:
  EvaluasiWriter(std::string indent, std::string step, std::string newline)
      : indent_(std::move(indent)), step_(std::move(step)), newline_(std::move(newline)) {}

  std::string build(const Plan& old, NextYearPlan& result) {
    const int year = old.tahun.value;
    text_ = fmt::format("<evaluasi tahun=\"{}\">", year);
    for (std::size_t s = 0; s < old.rencana.sasaran.size(); ++s) {
      const Sasaran& sasaran = old.rencana.sasaran[s];
      const int nomor = sasaran.nomor.value_or(static_cast<int>(s) + 1);
      const bool any_target = std::any_of(sasaran.indikator.begin(), sasaran.indikator.end(),
                                          [](const Indikator& i) { return i.target.has_value(); });
      const std::string inner = indent_ + step_;
      const std::string start_tag =
          fmt::format("<sasaran nomor=\"{}\" nama=\"{}\">", nomor, text::xml_escaped(sasaran.nama));
      if (!any_target) {
        // Without an indikator that has a target the sasaran cannot be evaluated: all of it, commented out.
        result.left_out.push_back(LeftOut{nomor, {}, begin_line(inner)});
        text_ += "<!-- " + comment_safe(text::tr("no indikator of this sasaran has a target in the plan for {}:", year));
        begin_line(inner);
        text_ += comment_safe(start_tag);
        for (const Indikator& indikator : sasaran.indikator) {
          add_indikator(inner + step_, indikator.nama, "", true, true);
        }
        begin_line(inner);
        text_ += "</sasaran> -->";
        continue;
      }
      ++result.sasaran;
      begin_line(inner);
      text_ += start_tag;
      for (const Indikator& indikator : sasaran.indikator) {
        if (indikator.target) {
          add_indikator(inner + step_, indikator.nama, indikator.target->value.text, true, false);
          ++result.indikator_to_fill;
        } else {
          result.left_out.push_back(LeftOut{nomor, indikator.nama, begin_line(inner + step_)});
          text_ += "<!-- " + comment_safe(text::tr("no target in the plan for {}:", year));
          add_indikator(inner + step_, indikator.nama, "", false, true);
          text_ += " -->";
        }
      }
      begin_line(inner);
      text_ += "</sasaran>";
    }
    begin_line(indent_);
    text_ += "</evaluasi>";
    return std::move(text_);
  }

 private:
  /// Starts a new line at `indent`; returns its number counted from the element's first line (1).
  std::uint32_t begin_line(const std::string& indent) {
    text_ += newline_ + indent;
    return static_cast<std::uint32_t>(std::count(text_.begin(), text_.end(), '\n')) + 1;
  }

  /// An <indikator> with an empty realisasi, on a line of its own at `indent` or (in a comment) where the text is.
  void add_indikator(const std::string& indent, const std::string& nama, const std::string& target, bool own_line,
                     bool in_comment) {
    std::string head = fmt::format("<indikator nama=\"{}\"", text::xml_escaped(nama));
    std::string tail = fmt::format("target=\"{}\" realisasi=\"\"/>", text::xml_escaped(target));
    if (in_comment) {
      head = comment_safe(head);
      tail = comment_safe(tail);
    }
    if (!own_line) {
      text_ += " " + head + " " + tail;
    } else if (begin_line(indent); text::decode_utf8(indent + head + " " + tail).size() > wrap_column) {
      text_ += head;
      begin_line(indent + std::string(std::string_view("<indikator ").size(), ' '));
      text_ += tail;
    } else {
      text_ += head + " " + tail;
    }
  }

  std::string indent_;
  std::string step_;
  std::string newline_;
  std::string text_;
};

}  // namespace

NextYearPlan make_next_year_plan(std::string_view old_text, const Plan& old, int year,
                                 std::string_view schema_location) {
  pugi::xml_document document;
  unsigned options = pugi::parse_default | pugi::parse_ws_pcdata;
  if (!document.load_buffer(old_text.data(), old_text.size(), options, pugi::encoding_utf8)) {
    throw std::invalid_argument("make_next_year_plan: the old plan is not well-formed XML");
  }
  diag::Diagnostics unused;
  detail::ParseContext context(old_text, old.source_file, unused);
  pugi::xml_node root = document.document_element();
  pugi::xml_node penandatangan = root.child("penandatangan");
  pugi::xml_node evaluasi = root.child("evaluasi");
  pugi::xml_node rencana = root.child("rencana");
  if (rencana.empty() || penandatangan.empty()) {
    throw std::invalid_argument("make_next_year_plan: the old plan has no <rencana> or <penandatangan>");
  }

  std::vector<Edit> edits;  // in the order of the file: <rkt>, <penandatangan>, then <evaluasi> (or <rencana>)
  if (!schema_location.empty() && root.attribute("xsi:schemaLocation").empty()) {
    // Right after the root's name, on its line: no line of the file moves.
    const std::size_t name_end = element_start(root) + 1 + std::string_view(root.name()).size();
    std::string reference = " xsi:schemaLocation=\"urn:naskah:rkt:1 " + text::xml_escaped(schema_location) + "\"";
    if (root.attribute("xmlns:xsi").empty()) reference = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"" + reference;
    edits.push_back(Edit{name_end, name_end, std::move(reference)});
  }
  Edit tahun = attribute_value(context, root, "tahun");
  tahun.replacement = std::to_string(year);
  edits.push_back(tahun);

  const CalendarDate& signed_on = old.penandatangan.tanggal.value;
  Edit tanggal = attribute_value(context, penandatangan, "tanggal");
  // The same day as many years on as the plan moves: a plan signed in late December of the year before its own
  // (2023-12-28 for 2024) stays so (2024-12-28 for 2025).
  const int signed_year = signed_on.year + (year - old.tahun.value);
  tanggal.replacement = fmt::format("{:04}-{:02}-{:02}", signed_year, signed_on.month,
                                    std::min(signed_on.day, days_in_month(signed_year, signed_on.month)));
  edits.push_back(tanggal);

  // The new element is indented as <rencana> is, its children by the step <rencana>'s first child takes.
  const std::size_t rencana_start = element_start(rencana);
  const std::string newline = old_text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  std::optional<std::string> indent = indent_before(old_text, rencana_start);
  std::string step = "  ";
  if (pugi::xml_node first = rencana.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; })) {
    std::optional<std::string> child_indent = indent_before(old_text, element_start(first));
    if (indent && child_indent && child_indent->size() > indent->size() && child_indent->rfind(*indent, 0) == 0) {
      step = child_indent->substr(indent->size());
    }
  }
  NextYearPlan result;
  std::string element = EvaluasiWriter(indent.value_or(""), step, newline).build(old, result);
  Edit evaluasi_edit;
  if (evaluasi) {
    std::size_t start = element_start(evaluasi);
    evaluasi_edit = Edit{start, element_end(old_text, start), std::move(element)};
  } else {
    // Between the last <bab> and <rencana>: before <rencana>, then a blank line and <rencana>'s own indent.
    std::string separator = indent ? newline + newline + *indent : newline;
    evaluasi_edit = Edit{rencana_start, rencana_start, element + separator};
  }
  edits.push_back(std::move(evaluasi_edit));

  std::size_t copied = 0;
  std::size_t evaluasi_at = 0;  // where the new <evaluasi> starts in the new text
  for (const Edit& edit : edits) {
    result.text.append(old_text.substr(copied, edit.begin - copied));
    evaluasi_at = result.text.size();
    result.text += edit.replacement;
    copied = edit.end;
  }
  result.text.append(old_text.substr(copied));
  const auto lines_before = static_cast<std::uint32_t>(
      std::count(result.text.begin(), result.text.begin() + static_cast<std::ptrdiff_t>(evaluasi_at), '\n'));
  for (LeftOut& item : result.left_out) item.line += lines_before;
  return result;
}

}  // namespace naskah::plan
