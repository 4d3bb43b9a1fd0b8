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
#include "xml_splice.hpp"

namespace naskah::plan {
namespace {

using detail::TextEdit;

/// An indikator line longer than this (in characters) continues with target and realisasi on the next line.
constexpr std::size_t wrap_column = 110;

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
        text_ += "<!-- " + text::xml_comment_safe(text::tr("no indikator of this sasaran has a target in the plan for {}:", year));
        begin_line(inner);
        text_ += text::xml_comment_safe(start_tag);
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
          text_ += "<!-- " + text::xml_comment_safe(text::tr("no target in the plan for {}:", year));
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
      head = text::xml_comment_safe(head);
      tail = text::xml_comment_safe(tail);
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

  std::vector<TextEdit> edits;  // in the order of the file: <rkt>, <penandatangan>, then <evaluasi> (or <rencana>)
  if (!schema_location.empty() && root.attribute("xsi:schemaLocation").empty()) {
    // Right after the root's name, on its line: no line of the file moves.
    const std::size_t name_end = detail::element_start(root) + 1 + std::string_view(root.name()).size();
    std::string reference = " xsi:schemaLocation=\"urn:naskah:rkt:1 " + text::xml_escaped(schema_location) + "\"";
    if (root.attribute("xmlns:xsi").empty()) reference = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"" + reference;
    edits.push_back(TextEdit{name_end, name_end, std::move(reference)});
  }
  TextEdit tahun = detail::attribute_value(context, root, "tahun");
  tahun.replacement = std::to_string(year);
  edits.push_back(tahun);

  const CalendarDate& signed_on = old.penandatangan.tanggal.value;
  if (signed_on.year != 0) {  // a date not filled in yet (tanggal="") stays so
    TextEdit tanggal = detail::attribute_value(context, penandatangan, "tanggal");
    // The same day as many years on as the plan moves: a plan signed in late December of the year before its own
    // (2023-12-28 for 2024) stays so (2024-12-28 for 2025).
    const int signed_year = signed_on.year + (year - old.tahun.value);
    tanggal.replacement = fmt::format("{:04}-{:02}-{:02}", signed_year, signed_on.month,
                                      std::min(signed_on.day, days_in_month(signed_year, signed_on.month)));
    edits.push_back(tanggal);
  }

  // The new element is indented as <rencana> is, its children by the step <rencana>'s first child takes.
  const std::size_t rencana_start = detail::element_start(rencana);
  const detail::XmlLayout layout = detail::layout_at(old_text, rencana);
  NextYearPlan result;
  std::string element = EvaluasiWriter(layout.indent, layout.step, layout.newline).build(old, result);
  TextEdit evaluasi_edit;
  if (evaluasi) {
    std::size_t start = detail::element_start(evaluasi);
    evaluasi_edit = TextEdit{start, detail::element_end(old_text, start), std::move(element)};
  } else {
    // Between the last <bab> and <rencana>: before <rencana>, then a blank line and <rencana>'s own indent.
    std::string separator = layout.own_line ? layout.newline + layout.newline + layout.indent : layout.newline;
    evaluasi_edit = TextEdit{rencana_start, rencana_start, element + separator};
  }
  // Where the new <evaluasi> starts in the new text: the edits before it only change single lines.
  const auto lines_before = static_cast<std::uint32_t>(
      std::count(old_text.begin(), old_text.begin() + static_cast<std::ptrdiff_t>(evaluasi_edit.begin), '\n'));
  edits.push_back(std::move(evaluasi_edit));

  result.text = detail::apply_edits(old_text, edits);
  for (LeftOut& item : result.left_out) item.line += lines_before;
  return result;
}

}  // namespace naskah::plan
