#include "formatting.hpp"

#include <algorithm>

#include "xml_part.hpp"

namespace naskah::docx::detail {

RunLook run_look(const compose::Span& span, const text::FontSet& fonts) {
  RunLook look;
  if (span.face.family < fonts.family_count()) look.font = fonts.files(span.face.family).family;
  look.bold = span.face.bold;
  look.italic = span.face.italic;
  look.underline = span.underline;
  look.size = half_points(span.size);
  look.color = hex_color(span.color);
  return look;
}

LineSpacing line_spacing(double line_height, const std::vector<compose::Span>& spans, const text::FontMetrics& metrics) {
  double single = 0;
  for (const compose::Span& span : spans) {
    single = std::max(single, metrics.line_spacing(span.face) * span.size / 1000.0);
  }
  if (single <= 0) return {twips(line_height), true};
  return {std::max(1L, std::lround(240 * line_height / single)), false};
}

const char* justification(compose::Align align) {
  switch (align) {
    case compose::Align::left: return "left";
    case compose::Align::right: return "right";
    case compose::Align::center: return "center";
    case compose::Align::justify: return "both";
  }
  return "left";
}

ParagraphLook paragraph_look(const compose::ParagraphStyle& style, const std::vector<compose::Span>& spans,
                             const text::FontMetrics& metrics) {
  ParagraphLook look;
  look.align = justification(style.align);
  look.left = twips(style.left_indent);
  look.right = twips(style.right_indent);
  look.first = twips(style.first_indent);
  look.before = twips(style.space_before);
  look.after = twips(style.space_after);
  look.line = line_spacing(style.line_height, spans, metrics);
  look.keep_next = style.keep_with_next;
  return look;
}

namespace {

void write_spacing(pugi::xml_node pPr, const ParagraphLook& look, const ParagraphLook* base) {
  if (base && base->before == look.before && base->after == look.after && base->line == look.line) return;
  pugi::xml_node spacing = add(pPr, "w:spacing");
  spacing.append_attribute("w:before").set_value(look.before);
  spacing.append_attribute("w:after").set_value(look.after);
  spacing.append_attribute("w:line").set_value(look.line.value);
  spacing.append_attribute("w:lineRule").set_value(look.line.exact ? "exact" : "auto");
}

void write_indent(pugi::xml_node pPr, const ParagraphLook& look, const ParagraphLook* base) {
  if (base && base->left == look.left && base->right == look.right && base->first == look.first) return;
  pugi::xml_node ind = add(pPr, "w:ind");
  ind.append_attribute("w:left").set_value(look.left);
  ind.append_attribute("w:right").set_value(look.right);
  if (look.first < 0) {
    ind.append_attribute("w:hanging").set_value(-look.first);
  } else {
    ind.append_attribute("w:firstLine").set_value(look.first);
  }
}

}  // namespace

pugi::xml_node write_paragraph_properties(pugi::xml_node paragraph, const ParagraphLook& look, const ParagraphLook* base,
                                          const ParagraphExtras& extras, const RunLook* mark_base) {
  pugi::xml_node pPr = add(paragraph, "w:pPr");
  if (!extras.style.empty()) add(pPr, "w:pStyle", "w:val", extras.style);
  if (!base || base->keep_next != look.keep_next) {
    if (look.keep_next) {
      add(pPr, "w:keepNext");
    } else if (base) {
      add(pPr, "w:keepNext", "w:val", "0");
    }
  }
  if (extras.page_break_before) add(pPr, "w:pageBreakBefore");
  if (extras.numbering) {
    pugi::xml_node numPr = add(pPr, "w:numPr");
    add(numPr, "w:ilvl", "w:val", extras.numbering->second);
    add(numPr, "w:numId", "w:val", extras.numbering->first);
  }
  if (!extras.tab_stops.empty() || extras.right_leader_tab) {
    pugi::xml_node tabs = add(pPr, "w:tabs");
    for (long at : extras.tab_stops) {
      pugi::xml_node tab = add(tabs, "w:tab", "w:val", "left");
      tab.append_attribute("w:pos").set_value(at);
    }
    if (extras.right_leader_tab) {
      pugi::xml_node tab = add(tabs, "w:tab", "w:val", "right");
      tab.append_attribute("w:leader").set_value("dot");
      tab.append_attribute("w:pos").set_value(*extras.right_leader_tab);
    }
  }
  write_spacing(pPr, look, base);
  write_indent(pPr, look, base);
  if (!base || base->align != look.align) add(pPr, "w:jc", "w:val", look.align);
  if (extras.outline_level) add(pPr, "w:outlineLvl", "w:val", *extras.outline_level);
  if (extras.mark) {
    pugi::xml_node holder = add(pPr, "w:holder");  // write_run_properties writes into a run; its rPr is moved up
    write_run_properties(holder, *extras.mark, mark_base);
    if (pugi::xml_node rPr = holder.child("w:rPr")) pPr.insert_move_before(rPr, holder);
    pPr.remove_child(holder);
  }
  return pPr;
}

void write_run_properties(pugi::xml_node run, const RunLook& look, const RunLook* base) {
  if (base && *base == look) return;
  pugi::xml_node rPr = add(run, "w:rPr");
  if (!base || base->font != look.font) {
    pugi::xml_node fonts = add(rPr, "w:rFonts", "w:ascii", look.font);
    fonts.append_attribute("w:hAnsi").set_value(look.font.c_str());
    fonts.append_attribute("w:cs").set_value(look.font.c_str());
    fonts.append_attribute("w:eastAsia").set_value(look.font.c_str());
  }
  if (!base || base->bold != look.bold) add(rPr, "w:b", "w:val", look.bold ? "1" : "0");
  if (!base || base->italic != look.italic) add(rPr, "w:i", "w:val", look.italic ? "1" : "0");
  if (!base || base->color != look.color) add(rPr, "w:color", "w:val", look.color);
  if (!base || base->size != look.size) {
    add(rPr, "w:sz", "w:val", look.size);
    add(rPr, "w:szCs", "w:val", look.size);
  }
  if (!base || base->underline != look.underline) add(rPr, "w:u", "w:val", look.underline ? "single" : "none");
}

void write_run_text(pugi::xml_node run, std::string_view text, bool keep_together) {
  std::string pending;
  auto flush = [&] {
    if (pending.empty()) return;
    pugi::xml_node t = add(run, "w:t");
    t.append_attribute("xml:space").set_value("preserve");
    t.text().set(pending.c_str());
    pending.clear();
  };
  for (char c : text) {
    if (c == '\n') {
      flush();
      add(run, "w:br");
    } else if (c == '\t') {
      flush();
      add(run, "w:tab");
    } else if (keep_together && c == ' ') {
      pending += "\u00A0";  // a figure or a name: no line ends inside it
    } else if (keep_together && c == '-') {
      flush();
      add(run, "w:noBreakHyphen");
    } else {
      pending += c;
    }
  }
  flush();
}

}  // namespace naskah::docx::detail
