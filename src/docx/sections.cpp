#include "sections.hpp"

#include <algorithm>

#include "xml_part.hpp"

namespace naskah::docx::detail {
namespace {

void add_field_character(pugi::xml_node paragraph, const RunLook& look, const char* type) {
  pugi::xml_node run = add(paragraph, "w:r");
  write_run_properties(run, look, nullptr);
  add(run, "w:fldChar", "w:fldCharType", type);
}

/// Word's WordArt text-path shape type, which its watermarks are drawn with (as Word itself writes it).
constexpr const char* text_path_shape_type = R"(<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/><v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>)";

}  // namespace

std::string footer_part(const compose::PageStyle& style, bool numbered, const text::FontSet& fonts) {
  pugi::xml_document part;
  pugi::xml_node footer = part.append_child("w:ftr");
  footer.append_attribute("xmlns:w").set_value(ns_w);
  pugi::xml_node paragraph = add(footer, "w:p");
  ParagraphLook look;
  look.align = "center";
  look.line = line_spacing(style.footer_style.size * 1.15, {style.footer_style}, fonts);
  ParagraphExtras extras;
  extras.style = "Footer";
  write_paragraph_properties(paragraph, look, nullptr, extras);
  if (!numbered) return part_bytes(part);
  const RunLook number = run_look(style.footer_style, fonts);
  add_field_character(paragraph, number, "begin");
  pugi::xml_node instruction = add(paragraph, "w:r");
  write_run_properties(instruction, number, nullptr);
  add(instruction, "w:instrText", "xml:space", "preserve").text().set(" PAGE ");
  add_field_character(paragraph, number, "separate");
  pugi::xml_node shown = add(paragraph, "w:r");
  write_run_properties(shown, number, nullptr);
  add(shown, "w:t").text().set("1");
  add_field_character(paragraph, number, "end");
  return part_bytes(part);
}

std::string watermark_header_part(const std::string& mark, const std::string& font) {
  pugi::xml_document part;
  pugi::xml_node header = part.append_child("w:hdr");
  header.append_attribute("xmlns:w").set_value(ns_w);
  header.append_attribute("xmlns:v").set_value("urn:schemas-microsoft-com:vml");
  header.append_attribute("xmlns:o").set_value("urn:schemas-microsoft-com:office:office");
  pugi::xml_node paragraph = add(header, "w:p");
  add(add(paragraph, "w:pPr"), "w:pStyle", "w:val", "Header");
  pugi::xml_node picture = add(add(paragraph, "w:r"), "w:pict");
  pugi::xml_document shape_type;
  shape_type.load_string(text_path_shape_type);
  picture.append_copy(shape_type.first_child());
  // The name Word gives its watermarks, by which LibreOffice knows one too.
  pugi::xml_node shape = add(picture, "v:shape", "id", "PowerPlusWaterMarkObject1");
  shape.append_attribute("o:spid").set_value("_x0000_s2049");
  shape.append_attribute("type").set_value("#_x0000_t136");
  shape.append_attribute("style").set_value(
      "position:absolute;margin-left:0;margin-top:0;width:420pt;height:140pt;rotation:315;z-index:-251657216;"
      "mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;"
      "mso-position-vertical-relative:margin");
  shape.append_attribute("o:allowincell").set_value("f");
  shape.append_attribute("fillcolor").set_value("silver");
  shape.append_attribute("stroked").set_value("f");
  add(shape, "v:fill", "opacity", ".5");
  pugi::xml_node text_path = add(shape, "v:textpath", "style", "font-family:\"" + font + "\";font-size:1pt");
  text_path.append_attribute("string").set_value(mark.c_str());
  return part_bytes(part);
}

void add_section_properties(pugi::xml_node parent, const compose::PageSequence& sequence,
                            const SectionReferences& references, const text::FontMetrics& metrics) {
  const compose::PageStyle& page = sequence.page;
  pugi::xml_node section = add(parent, "w:sectPr");
  if (!references.header.empty()) {
    for (const char* type : {"default", "first", "even"}) {
      add(section, "w:headerReference", "w:type", type).append_attribute("r:id").set_value(references.header.c_str());
    }
  }
  // Every kind of page gets the footer, so that no section shows the one before it.
  for (const char* type : {"default", "first", "even"}) {
    add(section, "w:footerReference", "w:type", type).append_attribute("r:id").set_value(references.footer.c_str());
  }
  pugi::xml_node size = add(section, "w:pgSz", "w:w", twips(page.width));
  size.append_attribute("w:h").set_value(twips(page.height));
  if (page.width > page.height) size.append_attribute("w:orient").set_value("landscape");
  // The footer's distance is to its line's bottom; naskah places the number's baseline, a descent higher.
  const compose::Span& number = page.footer_style;
  const double descent = -metrics.descender(number.face) * number.size / 1000.0;
  pugi::xml_node margins = add(section, "w:pgMar", "w:top", twips(page.margin_top));
  margins.append_attribute("w:right").set_value(twips(page.margin_right));
  margins.append_attribute("w:bottom").set_value(twips(page.margin_bottom));
  margins.append_attribute("w:left").set_value(twips(page.margin_left));
  margins.append_attribute("w:header").set_value(twips(std::min(page.margin_top, 36.0)));
  margins.append_attribute("w:footer").set_value(twips(std::max(0.0, page.footer_baseline - descent)));
  margins.append_attribute("w:gutter").set_value(0);
  if (sequence.numbering != compose::PageNumbering::none) {
    pugi::xml_node numbers = add(section, "w:pgNumType", "w:fmt",
                                 sequence.numbering == compose::PageNumbering::lower_roman ? "lowerRoman" : "decimal");
    if (sequence.restart_numbering) numbers.append_attribute("w:start").set_value(1);
  }
}

}  // namespace naskah::docx::detail
