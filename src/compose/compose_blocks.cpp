// The plan's blocks — paragraphs, ordered and bulleted lists — as paragraphs of the document tree (and the
// evaluation table at <tabel-evaluasi/>, composed in compose_tables.cpp). A list item is
// a paragraph whose label ("1.", "a.", "(1)", "•") hangs in front of its text: the text's left edge is one list
// indent per nesting level from the margin, its first line not indented further. A paragraph or list item with
// untuk-setiap="program" is written once for each program, its placeholders ({program.nama}) filled from it;
// the items of a repeated list item are numbered on.

#include <fmt/format.h>

#include <algorithm>

#include "composer.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {

void Composer::blocks(const std::vector<plan::Block>& in, const std::string& file, std::vector<Block>& out) {
  TextSource source(*this, file);
  blocks(in, out);
}

void Composer::blocks(const std::vector<plan::Block>& in, std::vector<Block>& out) {
  const TemplateStyle& body = style(t_.paragraph_style);
  for (const plan::Block& block : in) {
    // A stated figure its rows do not add up to ({program.anggaran}) is marked where it is printed and explained
    // in a note after the paragraph, the list or the table that prints it.
    PrintedFigures figures;
    FiguresNoted noted(*this, figures);
    compose_block(block, body, out);
    std::size_t note_style = t_.paragraph_style;
    if (std::holds_alternative<plan::Table>(block) && t_.evaluation_table) note_style = t_.evaluation_table->body_style;
    stated_difference_notes(figures.differences, note_style, out);
  }
}

void Composer::compose_block(const plan::Block& block, const TemplateStyle& body, std::vector<Block>& out) {
  if (const auto* p = std::get_if<plan::TextBlock>(&block)) {
    auto compose_paragraph = [&] {
      Paragraph paragraph;
      paragraph.spans = spans(plan_segments(p->text, p->pos), body);
      paragraph.style = body.paragraph;
      out.emplace_back(std::move(paragraph));
    };
    if (p->repeat) {
      repeat(*p->repeat, compose_paragraph);
    } else {
      compose_paragraph();
    }
  } else if (const auto* l = std::get_if<plan::List>(&block)) {
    list(*l, 1, out);
  } else if (const auto* marker = std::get_if<plan::EvaluationTableMarker>(&block)) {
    evaluation_table(*marker, out);  // compose_tables.cpp
  } else if (const auto* table = std::get_if<plan::Table>(&block)) {
    plan_table(*table, out);  // compose_tables.cpp
  } else if (const auto* definitions = std::get_if<plan::DefinitionList>(&block)) {
    definition_list(*definitions, out);
  } else if (const auto* image = std::get_if<plan::Figure>(&block)) {
    figure(*image, out);  // compose_figures.cpp
  } else if (const auto* chart = std::get_if<plan::OrgChart>(&block)) {
    org_chart(*chart, out);  // compose_figures.cpp
  } else if (const auto* data = std::get_if<plan::DataTableMarker>(&block)) {
    data_table(*data, out);  // compose_data.cpp
  } else if (const auto* graph = std::get_if<plan::ChartMarker>(&block)) {
    this->chart(*graph, out);  // compose_charts.cpp
  } else if (const auto* analysis_marker = std::get_if<plan::AnalysisMarker>(&block)) {
    analysis(*analysis_marker, out);  // compose_data.cpp
  } else if (const auto* repeated = std::get_if<plan::RepeatedBlocks>(&block)) {
    repeat(repeated->repeat, [&] { blocks(repeated->blocks, out); });
  }
}

namespace {

/// A length in points as centimetres in Indonesian notation, to one decimal: "15,5".
std::string centimetres(double points) {
  return text::format_decimal(fmt::format("{:.1f}", points * 2.54 / 72.0), 1);
}

}  // namespace

bool Composer::list_fits(const plan::List& in, int level) {
  // A nested list's text starts one list indent further right; once less than a quarter of the line is left, a
  // word or two would stand on each line (or, deeper, the text would leave the page): refused at the list.
  const double line = t_.page.text_width();
  const double indent = style(t_.lists.style).paragraph.left_indent + level * t_.lists.indent;
  if (line - indent >= line / 4) return true;
  int deepest = 0;
  while (style(t_.lists.style).paragraph.left_indent + (deepest + 1) * t_.lists.indent <= line * 3 / 4) ++deepest;
  out_.error(text_location(in.pos), "list-depth",
             text::tr("a list nested {} deep: its text would start {} cm from the margin, leaving {} cm of the "
                      "{} cm line; this template sets lists at most {} deep",
                         level, centimetres(indent), centimetres(std::max(0.0, line - indent)), centimetres(line),
                         deepest));
  return false;
}

void Composer::list(const plan::List& in, int level, std::vector<Block>& out) {
  if (!list_fits(in, level)) return;
  const std::uint32_t id = ++lists_;
  int number = in.start;
  for (const plan::ListItem& item : in.items) {
    if (item.repeat) {
      repeat(*item.repeat, [&] { list_item(in, item, level, number++, id, out); });
    } else {
      list_item(in, item, level, number++, id, out);
    }
  }
}

void Composer::definition_list(const plan::DefinitionList& in, std::vector<Block>& out) {
  const TemplateStyle& item_style = style(t_.lists.style);
  for (std::size_t i = 0; i < in.items.size(); ++i) {
    const plan::Definition& item = in.items[i];
    std::vector<Segment> segments = plan_segments(item.text, item.pos);
    Paragraph paragraph;
    paragraph.style = item_style.paragraph;
    paragraph.style.first_indent = 0;
    if (item.term) {
      for (Segment& s : segments) s.flags |= plan::style_bold;
      // A term never ends a page: what it names follows it — its description, or, when a list holds the term
      // alone (a bab's name over the lettered list of its subbab), the block after the list.
      paragraph.style.keep_with_next = true;
    } else {
      paragraph.style.left_indent = item_style.paragraph.left_indent + t_.lists.indent;
    }
    paragraph.spans = spans(segments, item_style);
    out.emplace_back(std::move(paragraph));
  }
}

namespace {

ListFormat list_format(const plan::List& in) {
  if (!in.ordered) return ListFormat::bullet;
  switch (in.numbering) {
    case plan::NumberStyle::arabic: return ListFormat::decimal;
    case plan::NumberStyle::lower_alpha: return ListFormat::lower_letter;
    case plan::NumberStyle::upper_alpha: return ListFormat::upper_letter;
    case plan::NumberStyle::lower_roman: return ListFormat::lower_roman;
    case plan::NumberStyle::upper_roman: return ListFormat::upper_roman;
  }
  return ListFormat::decimal;
}

}  // namespace

void Composer::list_item(const plan::List& in, const plan::ListItem& item, int level, int number,
                         std::uint32_t list_id, std::vector<Block>& out) {
  const TemplateStyle& item_style = style(t_.lists.style);
  const double indent = item_style.paragraph.left_indent + level * t_.lists.indent;
  Paragraph paragraph;
  paragraph.spans = spans(plan_segments(item.text, item.pos), item_style);
  paragraph.style = item_style.paragraph;
  paragraph.style.left_indent = indent;
  paragraph.style.first_indent = 0;
  std::string label_text =
      in.ordered ? format_label(in.label_format, number, in.numbering) : t_.lists.bullet;
  // Labels are set in the item style's own face, whatever the item's text starts with.
  Label label;
  label.spans = spans({Segment{label_text, 0, in.ordered ? text_location(in.pos) : t_.lists.where}}, item_style);
  label.gap = t_.lists.label_gap;
  label.numbering = ListNumbering{list_id, level, list_format(in), in.ordered ? in.label_format : label_text,
                                  in.start, t_.lists.indent};
  paragraph.label = std::move(label);
  out.emplace_back(std::move(paragraph));
  for (const plan::List& sublist : item.sublists) list(sublist, level + 1, out);
}

}  // namespace naskah::compose::detail
