// Template fonts and styles: <fonts>, <styles>, and each style's based-on chain resolved into complete properties.

#include <fmt/format.h>

#include <algorithm>

#include "naskah/text/edit_distance.hpp"
#include "naskah/text/translate.hpp"
#include "template_loader.hpp"

namespace naskah::compose::detail {

void Loader::read_fonts(pugi::xml_node node, Template& t) {
  ElementReader reader(context_, node, {});
  for (pugi::xml_node child : reader.children({"font"})) {
    ElementReader r(context_, child, {"name", "family"});
    auto name = r.name("name");
    auto family = r.name("family");
    r.children({});
    if (!name || !family) continue;
    bool twice = std::any_of(t.fonts.begin(), t.fonts.end(), [&](const TemplateFont& f) { return f.name == name->value; });
    if (twice) {
      context_.error(name->pos, "duplicate-name", text::tr("a second font named \"{}\"", name->value));
      continue;
    }
    t.fonts.push_back({name->value, family->value, where(r.pos())});
  }
  if (t.fonts.empty()) context_.error(reader.pos(), "missing-element", text::tr("<fonts> names no <font>"));
}

RawStyle Loader::read_style(pugi::xml_node node, const Template& t) {
  ElementReader r(context_, node,
                  {"name", "based-on", "font", "size", "bold", "italic", "underline", "align", "first-indent",
                   "left-indent", "right-indent", "line-height", "line-spacing", "space-before", "space-after", "keep-with-next",
                   "hyphenate", "orphans", "widows"});
  RawStyle s;
  s.pos = r.pos();
  if (auto name = r.name("name")) s.name = name->value;
  if (r.has("based-on")) {
    s.based_on = r.name("based-on");
    if (s.based_on && !style_ref(r, "based-on", true)) s.based_on.reset();
  }
  if (auto font = r.optional_name("font")) {
    auto it = std::find_if(t.fonts.begin(), t.fonts.end(), [&](const TemplateFont& f) { return f.name == font->value; });
    if (it == t.fonts.end()) {
      std::vector<std::string_view> names;
      for (const TemplateFont& f : t.fonts) names.push_back(f.name);
      std::string why = text::tr("there is no font \"{}\" in <fonts>", font->value);
      if (auto near = text::closest_match(font->value, names)) why += text::tr("; did you mean \"{}\"?", *near);
      bad_value(r, "font", "unknown-font", why);
    } else {
      s.font = static_cast<std::size_t>(it - t.fonts.begin());
    }
  }
  if (auto size = length(r, "size", false)) {
    if (*size <= 0 || *size > 600) {
      // libharu takes font sizes up to 600 pt (HPDF_MAX_FONTSIZE), and refuses the text otherwise.
      bad_value(r, "size", "bad-length", text::tr("a font size is more than 0 and at most 600pt"));
    } else {
      s.size = size;
    }
  }
  s.bold = boolean(r, "bold");
  s.italic = boolean(r, "italic");
  s.underline = boolean(r, "underline");
  if (auto align = r.choice("align", {"left", "right", "center", "justify"})) {
    const std::string& a = align->value;
    s.align = a == "left" ? Align::left : a == "right" ? Align::right : a == "center" ? Align::center : Align::justify;
  }
  s.first_indent = length(r, "first-indent", false, true);
  s.left_indent = length(r, "left-indent", false);
  s.right_indent = length(r, "right-indent", false);
  if (auto text = r.optional_text("line-height")) {
    auto parsed = parse_line_height(text->value);
    if (parsed) {
      s.line_height = parsed.value;
    } else {
      bad_value(r, "line-height", "bad-length", parsed.error);
    }
  }
  if (auto text = r.optional_text("line-spacing")) {
    // As a word processor's "1,5 spasi": a multiple of the font's own line height (ascender, descender and line
    // gap), known once the fonts are (compose).
    auto parsed = parse_line_spacing(text->value);
    if (!parsed) {
      bad_value(r, "line-spacing", "bad-value", parsed.error);
    } else if (s.line_height) {
      bad_value(r, "line-spacing", "bad-value", text::tr("give a style line-height or line-spacing, not both"));
    } else {
      s.line_height = parsed.value;
    }
  }
  s.space_before = length(r, "space-before", false);
  s.space_after = length(r, "space-after", false);
  s.keep_with_next = boolean(r, "keep-with-next");
  s.hyphenate = boolean(r, "hyphenate");
  if (auto n = r.whole_number("orphans", false, 1, 10)) s.orphans = n->value;
  if (auto n = r.whole_number("widows", false, 1, 10)) s.widows = n->value;
  if (!r.has("based-on") && !s.name.empty()) {
    // A style of its own needs a font and a size; the rest has defaults.
    for (std::string_view needed : {"font", "size"}) {
      if (!r.has(needed)) {
        context_.error(r.pos(), "missing-attribute",
                       text::tr("<style name=\"{}\"> needs the attribute \"{}\" (or based-on=\"…\" a style that has it)",
                                   s.name, needed));
      }
    }
  }
  r.children({});
  return s;
}

void Loader::read_styles(pugi::xml_node node, Template& t) {
  ElementReader reader(context_, node, {});
  for (pugi::xml_node child : reader.children({"style"})) {
    RawStyle s = read_style(child, t);
    bool twice = std::any_of(raw_styles_.begin(), raw_styles_.end(), [&](const RawStyle& o) { return o.name == s.name; });
    if (twice && !s.name.empty()) {
      context_.error(context_.attribute_position(child, "name"), "duplicate-name",
                     text::tr("a second style named \"{}\"", s.name));
    }
    raw_styles_.push_back(std::move(s));
  }
  // style_names_ was taken from the DOM before reading; keep it aligned with raw_styles_ (a <style> without a name
  // is in both, under "").
  style_names_.clear();
  for (const RawStyle& s : raw_styles_) style_names_.push_back(s.name);
  if (raw_styles_.empty()) context_.error(reader.pos(), "missing-element", text::tr("<styles> defines no <style>"));
  resolve_styles(t);
}

bool Loader::resolve(std::size_t index, std::vector<int>& state, std::vector<Resolved>& out,
                     std::vector<std::size_t>& chain) {
  if (state[index] == 2) return true;
  const RawStyle& raw = raw_styles_[index];
  if (state[index] == 1) {
    std::string path;
    auto from = std::find(chain.begin(), chain.end(), index);
    for (auto it = from; it != chain.end(); ++it) path += raw_styles_[*it].name + " → ";
    path += raw.name;
    context_.error(raw.based_on ? raw.based_on->pos : raw.pos, "style-cycle",
                   text::tr("style \"{}\" is based on itself ({})", raw.name, path));
    return false;
  }
  state[index] = 1;
  chain.push_back(index);
  Resolved r;
  bool good = true;
  if (raw.based_on) {
    auto base = static_cast<std::size_t>(std::find(style_names_.begin(), style_names_.end(), raw.based_on->value) -
                                         style_names_.begin());
    good = base < raw_styles_.size() && resolve(base, state, out, chain);
    if (good) r = out[base];
  }
  chain.pop_back();
  state[index] = 2;
  TemplateStyle& s = r.style;
  ParagraphStyle& p = s.paragraph;
  if (!raw.based_on) {
    p = ParagraphStyle{};
    p.align = Align::left;  // the defaults of a style of its own; docs/templates.md lists them
  }
  s.name = raw.name;
  p.name = raw.name;
  s.where = where(raw.pos);
  if (raw.font) s.font = *raw.font;
  if (raw.size) s.size = *raw.size;
  if (raw.bold) s.bold = *raw.bold;
  if (raw.italic) s.italic = *raw.italic;
  if (raw.underline) s.underline = *raw.underline;
  if (raw.align) p.align = *raw.align;
  if (raw.first_indent) p.first_indent = *raw.first_indent;
  if (raw.left_indent) p.left_indent = *raw.left_indent;
  if (raw.right_indent) p.right_indent = *raw.right_indent;
  if (raw.line_height) r.line_height = *raw.line_height;
  if (raw.space_before) p.space_before = *raw.space_before;
  if (raw.space_after) p.space_after = *raw.space_after;
  if (raw.keep_with_next) p.keep_with_next = *raw.keep_with_next;
  if (raw.hyphenate) p.hyphenate = *raw.hyphenate;
  if (raw.orphans) p.orphans = *raw.orphans;
  if (raw.widows) p.widows = *raw.widows;
  // A multiple of the font's line height is known only with the font: composition sets it (Composer::load_fonts);
  // until then it counts as a font whose line is 1.15 times its size, as Liberation's and Arial's are.
  const LineHeight& h = r.line_height;
  p.line_height = h.font_lines ? h.value * 1.15 * s.size : h.factor ? h.value * s.size : h.value;
  s.line_spacing = h.font_lines ? h.value : 0;
  out[index] = r;
  return good;
}

void Loader::check_style_indents(const Template& t) {
  const double line = t.page.text_width();
  for (std::size_t i = 0; i < t.styles.size() && i < raw_styles_.size(); ++i) {
    const ParagraphStyle& p = t.styles[i].paragraph;
    const double lines = line - p.left_indent - p.right_indent;
    if (std::min(lines, lines - p.first_indent) >= 72) continue;
    context_.error(raw_styles_[i].pos, "bad-length",
                   text::tr("the indents of style \"{}\" leave less than 1 inch of the {:.1f} cm text width to its "
                            "lines",
                               t.styles[i].name, line * 2.54 / 72));
  }
}

void Loader::resolve_styles(Template& t) {
  std::vector<int> state(raw_styles_.size(), 0);
  std::vector<Resolved> out(raw_styles_.size());
  std::vector<std::size_t> chain;
  for (std::size_t i = 0; i < raw_styles_.size(); ++i) resolve(i, state, out, chain);
  for (Resolved& r : out) t.styles.push_back(std::move(r.style));
}

}  // namespace naskah::compose::detail
