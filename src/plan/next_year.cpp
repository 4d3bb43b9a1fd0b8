// Next year's plan: three edits to the old file's text, located through pugixml. pugixml's own writer is not used:
// even with format_raw it rewrites every start tag on one line, requotes attributes and re-escapes text, so a plan
// whose attributes run over several lines (the sample's do) would not keep its layout. Splicing the source keeps
// every byte outside the edits.

#include "naskah/plan/next_year.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <utility>

#include "naskah/plan/calendar_date.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/comparison_key.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/utf8.hpp"
#include "naskah/text/xml_escape.hpp"
#include "realisation_history.hpp"
#include "xml_reader.hpp"
#include "xml_splice.hpp"

namespace naskah::plan {
namespace {

using detail::TextEdit;

/// An indikator line longer than this (in characters) continues with target and realisasi on the next line.
constexpr std::size_t wrap_column = 110;

/// Builds the <evaluasi> element, its first line unindented (it takes the place of the old one's '<').
/// The arah the old evaluasi gave an indikator of that name — in the sasaran of that name, else in any — so that an
/// indikator where less is better (arah="turun": findings, error rates) stays so from year to year.
Arah arah_of(const Plan& old, const Sasaran& sasaran, const Indikator& indikator) {
  if (indikator.arah == Arah::turun) return Arah::turun;  // the plan year's own word
  if (!old.evaluasi) return Arah::naik;
  std::optional<Arah> elsewhere;
  for (const SasaranEvaluasi& evaluated : old.evaluasi->sasaran) {
    const bool same_sasaran = text::comparison_key(evaluated.nama) == text::comparison_key(sasaran.nama);
    for (const IndikatorEvaluasi& candidate : evaluated.indikator) {
      if (text::comparison_key(candidate.nama) != text::comparison_key(indikator.nama)) continue;
      if (same_sasaran) return candidate.arah;
      if (!elsewhere) elsewhere = candidate.arah;
    }
  }
  return elsewhere.value_or(Arah::naik);
}

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
          add_indikator(inner + step_, indikator.nama, "", "", arah_of(old, sasaran, indikator), true, true);
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
          // What the plan says its year achieved is the evaluation's realisasi; else it is to fill in.
          const std::string realisasi = indikator.realisasi ? indikator.realisasi->value.text : "";
          add_indikator(inner + step_, indikator.nama, indikator.target->value.text, realisasi,
                        arah_of(old, sasaran, indikator), true, false);
          ++(realisasi.empty() ? result.indikator_to_fill : result.indikator_filled);
        } else {
          result.left_out.push_back(LeftOut{nomor, indikator.nama, begin_line(inner + step_)});
          text_ += "<!-- " + text::xml_comment_safe(text::tr("no target in the plan for {}:", year));
          add_indikator(inner + step_, indikator.nama, "", "", arah_of(old, sasaran, indikator), false, true);
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

  /// An <indikator> with its realisasi (empty: to fill in), on a line of its own at `indent` or (in a comment) where
  /// the text is.
  void add_indikator(const std::string& indent, const std::string& nama, const std::string& target,
                     const std::string& realisasi, Arah arah, bool own_line, bool in_comment) {
    std::string head = fmt::format("<indikator nama=\"{}\"", text::xml_escaped(nama));
    std::string tail = fmt::format("target=\"{}\" realisasi=\"{}\"{}/>", text::xml_escaped(target),
                                   text::xml_escaped(realisasi), arah == Arah::turun ? " arah=\"turun\"" : "");
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

/// The first byte of the line `offset` stands on.
std::size_t line_start(std::string_view text, std::size_t offset) {
  const std::size_t newline = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  return newline == std::string_view::npos ? 0 : newline + 1;
}

/// Just past the line end after `offset` when only white space stands between; `offset` otherwise.
std::size_t past_line_end(std::string_view text, std::size_t offset) {
  std::size_t at = offset;
  while (at < text.size() && (text[at] == ' ' || text[at] == '\t' || text[at] == '\r')) ++at;
  return at < text.size() && text[at] == '\n' ? at + 1 : offset;
}

/// Whether the bytes are white space only.
bool blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; });
}

/// The removal of the Evaluasi subbab (<subbab id="evaluasi" hapus="ya"/>) that a first plan writes, as it evaluates
/// no earlier plan: next year's plan has its evaluasi, and the standard subbab prints it. A <bab> that holds nothing
/// but the removal goes with it, and so does the comment just before it, which explains it; the lines they stood
/// on go, and one of the blank lines around them.
std::vector<TextEdit> evaluation_subbab_restored(std::string_view text, pugi::xml_node root) {
  std::vector<TextEdit> edits;
  for (pugi::xml_node bab : root.children("bab")) {
    for (pugi::xml_node subbab : bab.children("subbab")) {
      if (std::string_view(subbab.attribute("id").value()) != "evaluasi" ||
          std::string_view(subbab.attribute("hapus").value()) != "ya") {
        continue;
      }
      std::size_t elements = 0;
      bool text_inside = false;
      for (pugi::xml_node child : bab.children()) {
        if (child.type() == pugi::node_element) ++elements;
        if (child.type() == pugi::node_pcdata && !blank(child.value())) text_inside = true;
      }
      const bool whole_bab = elements == 1 && !text_inside && !bab.attribute("judul") && !bab.attribute("hapus");
      const pugi::xml_node removed = whole_bab ? bab : subbab;
      std::size_t begin = detail::element_start(removed);
      std::size_t end = detail::element_end(text, begin);
      if (whole_bab) {
        const std::size_t before = text.find_last_not_of(" \t\r\n", begin == 0 ? 0 : begin - 1);
        if (before != std::string_view::npos && before >= 2 && text.substr(before - 2, 3) == "-->") {
          const std::size_t comment = text.rfind("<!--", before);
          if (comment != std::string_view::npos) begin = comment;
        }
      }
      if (detail::indent_before(text, begin)) {
        const std::size_t after = past_line_end(text, end);
        if (after != end) {
          begin = line_start(text, begin);
          end = after;
          // A blank line before and one after: the one after goes too.
          const std::size_t previous = begin == 0 ? 0 : line_start(text, begin - 1);
          if (begin > 0 && blank(text.substr(previous, begin - previous))) end = past_line_end(text, end);
        }
      }
      edits.push_back(TextEdit{begin, end, ""});
      break;
    }
  }
  return edits;
}

/// Where a comment at the root's level before <rencana> holds an example of an <evaluasi> — a first plan's, for the
/// planner to fill in — from its "<!--" to just past its "-->"; nothing when there is none.
std::optional<std::pair<std::size_t, std::size_t>> commented_evaluasi(std::string_view text, pugi::xml_node root,
                                                                      pugi::xml_node rencana) {
  for (pugi::xml_node node = root.first_child(); node && node != rencana; node = node.next_sibling()) {
    if (node.type() != pugi::node_comment || std::string_view(node.value()).find("<evaluasi") == std::string_view::npos) {
      continue;
    }
    // pugixml's offset of a comment is that of its text, right after the "<!--".
    const std::size_t open = static_cast<std::size_t>(node.offset_debug()) - 4;
    const std::size_t close = text.find("-->", open + 4);
    if (text.substr(open, 4) != "<!--" || close == std::string_view::npos) return std::nullopt;
    return std::pair{open, close + 3};
  }
  return std::nullopt;
}

/// The comments before the root (a first plan's: "The Rencana Kinerja Tahunan (RKT) 2025 of …") speak of the plan's
/// year: they follow it.
std::vector<TextEdit> header_years(std::string_view text, pugi::xml_node root, int old_year, int year) {
  std::vector<TextEdit> edits;
  const std::string from = std::to_string(old_year);
  const std::size_t header_end = detail::element_start(root);
  auto digit = [&](std::size_t i) { return i < text.size() && text[i] >= '0' && text[i] <= '9'; };
  for (std::size_t open = text.find("<!--"); open < header_end; open = text.find("<!--", open + 4)) {
    const std::size_t close = std::min(text.find("-->", open + 4), header_end);
    for (std::size_t at = text.find(from, open); at < close; at = text.find(from, at + from.size())) {
      if ((at > 0 && digit(at - 1)) || digit(at + from.size())) continue;  // part of a longer number
      edits.push_back(TextEdit{at, at + from.size(), std::to_string(year)});
    }
    if (close == std::string_view::npos || close >= header_end) break;
  }
  return edits;
}

}  // namespace

NextYearPlan make_next_year_plan(std::string_view old_text, const Plan& old, int year,
                                 std::string_view schema_location) {
  pugi::xml_document document;
  unsigned options = pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_comments;
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

  std::vector<TextEdit> edits = header_years(old_text, root, old.tahun.value, year);
  const std::string_view old_location = root.attribute("xsi:schemaLocation").value();
  if (!schema_location.empty() && old_location.starts_with(plan_namespace) && old_location.find("file:") != std::string_view::npos &&
      old_location.ends_with("naskah-rkt-1.xsd")) {
    // An older naskah named the schema by its path on the computer that wrote the plan: by its name now.
    TextEdit location = detail::attribute_value(context, root, "xsi:schemaLocation");
    location.replacement = std::string(plan_namespace) + " " + std::string(schema_location);
    edits.push_back(location);
  } else if (!schema_location.empty() && old_location.empty()) {
    // Right after the root's name, on its line: no line of the file moves.
    const std::size_t name_end = detail::element_start(root) + 1 + std::string_view(root.name()).size();
    std::string reference = " xsi:schemaLocation=\"urn:naskah:rkt:1 " + text::xml_escaped(schema_location) + "\"";
    if (root.attribute("xmlns:xsi").empty()) reference = " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"" + reference;
    edits.push_back(TextEdit{name_end, name_end, std::move(reference)});
  }
  TextEdit tahun = detail::attribute_value(context, root, "tahun");
  tahun.replacement = std::to_string(year);
  edits.push_back(tahun);
  // A revision of this year's plan (perubahan="1") leads to next year's plan of January, which is none.
  if (auto edit = detail::attribute_removal(context, root, "perubahan")) edits.push_back(std::move(*edit));

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

  for (TextEdit& removal : evaluation_subbab_restored(old_text, root)) edits.push_back(std::move(removal));
  for (TextEdit& edit : detail::realisation_history(context, root, old.tahun.value)) edits.push_back(std::move(edit));

  // The new element is indented as <rencana> is, its children by the step <rencana>'s first child takes.
  const std::size_t rencana_start = detail::element_start(rencana);
  const detail::XmlLayout layout = detail::layout_at(old_text, rencana);
  NextYearPlan result;
  std::string element = EvaluasiWriter(layout.indent, layout.step, layout.newline).build(old, result);
  TextEdit evaluasi_edit;
  if (evaluasi) {
    std::size_t start = detail::element_start(evaluasi);
    evaluasi_edit = TextEdit{start, detail::element_end(old_text, start), std::move(element)};
  } else if (const auto example = commented_evaluasi(old_text, root, rencana)) {
    // A first plan's example of an evaluasi, commented out: the evaluasi takes its place.
    evaluasi_edit = TextEdit{example->first, example->second, std::move(element)};
  } else {
    // Between the last <bab> and <rencana>: before <rencana>, then a blank line and <rencana>'s own indent.
    std::string separator = layout.own_line ? layout.newline + layout.newline + layout.indent : layout.newline;
    evaluasi_edit = TextEdit{rencana_start, rencana_start, element + separator};
  }
  const std::size_t evaluasi_begin = evaluasi_edit.begin;
  edits.push_back(std::move(evaluasi_edit));
  std::sort(edits.begin(), edits.end(), [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });

  // Where the new <evaluasi> starts in the new text: its line in the old, less the lines the edits before it took.
  auto lines = [](std::string_view text) { return static_cast<std::int64_t>(std::count(text.begin(), text.end(), '\n')); };
  std::int64_t lines_before = lines(old_text.substr(0, evaluasi_begin));
  for (const TextEdit& edit : edits) {
    if (edit.begin >= evaluasi_begin) break;
    lines_before += lines(edit.replacement) - lines(old_text.substr(edit.begin, edit.end - edit.begin));
  }

  result.text = detail::apply_edits(old_text, edits);
  for (LeftOut& item : result.left_out) item.line += static_cast<std::uint32_t>(lines_before);
  return result;
}

}  // namespace naskah::plan
