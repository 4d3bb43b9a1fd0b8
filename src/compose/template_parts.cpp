// The parts of a template: page, lists, cover, signature, contents, chapter, section, metadata. (The annex and the
// tables are in template_tables.cpp.)

#include <fmt/format.h>

#include <filesystem>
#include <set>

#include "../plan/text_reader.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/io/image_file.hpp"
#include "template_loader.hpp"

namespace naskah::compose::detail {

namespace fs = std::filesystem;

void Loader::read_page(pugi::xml_node node, PageSetup& page) {
  ElementReader r(context_, node, {"paper", "orientation"});
  if (auto paper = r.choice("paper", {"A4", "F4"})) {
    // A4 is 210 × 297 mm; F4 (folio, as Indonesian offices use it) 215 × 330 mm.
    bool a4 = paper->value == "A4";
    page.width = (a4 ? 210 : 215) * points_per_mm;
    page.height = (a4 ? 297 : 330) * points_per_mm;
  } else if (!r.has("paper")) {
    context_.error(r.pos(), "missing-attribute", text::tr("<page> needs the attribute \"paper\" (\"A4\" or \"F4\")"));
  }
  if (auto orientation = r.choice("orientation", {"portrait", "landscape"})) {
    if (orientation->value == "landscape") std::swap(page.width, page.height);
  }
  bool margins = false, footer = false;
  for (pugi::xml_node child : r.children({"margins", "footer"})) {
    if (std::string_view(child.name()) == "margins") {
      margins = true;
      ElementReader m(context_, child, {"top", "bottom", "left", "right"});
      if (auto v = length(m, "top", true)) page.margin_top = *v;
      if (auto v = length(m, "bottom", true)) page.margin_bottom = *v;
      if (auto v = length(m, "left", true)) page.margin_left = *v;
      if (auto v = length(m, "right", true)) page.margin_right = *v;
      m.children({});
    } else {
      footer = true;
      ElementReader f(context_, child, {"style", "distance"});
      if (auto s = style_ref(f, "style", true)) page.footer_style = *s;
      if (auto v = length(f, "distance", true)) page.footer_distance = *v;
      f.children({});
    }
  }
  if (!margins) context_.error(r.pos(), "missing-element", text::tr("<page> needs <margins top=\"…\" bottom=\"…\" left=\"…\" right=\"…\"/>"));
  if (!footer) context_.error(r.pos(), "missing-element", text::tr("<page> needs <footer style=\"…\" distance=\"…\"/>"));
  if (margins && (page.text_width() < 72 || page.height - page.margin_top - page.margin_bottom < 72)) {
    context_.error(r.pos(), "bad-length", text::tr("the margins leave less than 1 inch for the text"));
  }
}

void Loader::read_lists(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"style", "indent", "label-gap", "bullet"});
  t.lists.where = where(r.pos());
  if (auto s = style_ref(r, "style", true)) t.lists.style = *s;
  if (auto v = length(r, "indent", true)) t.lists.indent = *v;
  if (auto v = length(r, "label-gap", true)) t.lists.label_gap = *v;
  if (auto bullet = r.name("bullet")) t.lists.bullet = bullet->value;
  r.children({});
}

std::optional<double> Loader::read_space(pugi::xml_node node) {
  ElementReader r(context_, node, {"height"});
  auto height = length(r, "height", true);
  r.children({});
  return height;
}

std::optional<TemplateLine> Loader::read_line(pugi::xml_node node, std::optional<std::size_t> default_style,
                                              const std::vector<std::string_view>& placeholders) {
  ElementReader r(context_, node, {"style", "case", "optional"});
  TemplateLine line;
  auto style = style_ref(r, "style", !default_style.has_value());
  bool good = style.has_value() || (default_style.has_value() && !r.has("style"));
  line.style = style.value_or(default_style.value_or(0));
  if (auto c = text_case(r)) line.text_case = *c;
  if (auto o = boolean(r, "optional")) line.optional = *o;
  line.text = element_text(node, placeholders);
  if (!good) return std::nullopt;
  return line;
}

std::optional<TemplateLogo> Loader::read_logo(pugi::xml_node node) {
  ElementReader r(context_, node, {"width", "height"});
  TemplateLogo logo;
  logo.where = where(r.pos());
  auto w = length(r, "width", true);
  auto h = length(r, "height", true);
  r.children({});
  if (!w || !h) return std::nullopt;
  logo.width = *w;
  logo.height = *h;
  return logo;
}

std::optional<TemplateImage> Loader::read_image(pugi::xml_node node) {
  ElementReader r(context_, node, {"src", "width", "height"});
  TemplateImage image;
  image.where = where(r.pos());
  auto src = r.name("src");
  auto w = length(r, "width", true);
  auto h = length(r, "height", true);
  r.children({});
  if (!src || !w || !h) return std::nullopt;
  fs::path path = fs::path(src->value).is_absolute() ? fs::path(src->value) : fs::path(dir_) / src->value;
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    context_.error(src->pos, "missing-file",
                   text::tr("src=\"{}\" on <image>: there is no such file in the template's folder", src->value));
    return std::nullopt;
  }
  io::ImageFile file = io::read_image_file(path.string());
  if (!file.format) {
    context_.error(src->pos, "bad-image", text::tr("src=\"{}\" on <image>: {}", src->value, file.problem));
    return std::nullopt;
  }
  image.path = path.string();
  image.file = std::make_shared<const io::ImageFile>(std::move(file));
  image.width = *w;
  image.height = *h;
  return image;
}

void Loader::read_cover(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {});
  const std::vector<std::string_view> names;
  std::vector<CoverItem>& cover = t.cover.emplace();
  for (pugi::xml_node child : r.children({"line", "space", "logo"})) {
    std::string_view kind = child.name();
    if (kind == "line") {
      if (auto line = read_line(child, std::nullopt, names)) cover.emplace_back(std::move(*line));
    } else if (kind == "space") {
      if (auto h = read_space(child)) cover.emplace_back(TemplateSpace{*h});
    } else if (auto logo = read_logo(child)) {
      cover.emplace_back(*logo);
    }
  }
}

void Loader::read_foreword(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"style", "title"});
  TitledPart& part = t.foreword.emplace();
  if (auto s = style_ref(r, "style", true)) part.style = *s;
  part.title = attribute_text(r, "title", true, {});
  // The standard foreword, in the plan's format; a plan's <kata-pengantar> replaces it.
  std::vector<pugi::xml_node> children = r.children({"p", "ol", "ul", "dl", "table"});
  if (!children.empty()) t.foreword_text = plan::detail::TextReader(context_).read_blocks(children);
}

void Loader::read_body(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {});
  plan::detail::TextReader text(context_);
  std::set<std::string, std::less<>> ids;
  for (pugi::xml_node child : r.children({"bab"})) {
    plan::Chapter chapter = text.read_bab(child);
    // The plan names standard chapters and sections by id to replace them: an id names one.
    auto unique = [&](const std::string& id, plan::Pos pos) {
      if (!id.empty() && !ids.insert(id).second) {
        context_.error(pos, "duplicate-name", text::tr("id=\"{}\" is given twice in <body>", id));
      }
    };
    unique(chapter.id, chapter.pos);
    for (const plan::Section& section : chapter.sections) unique(section.id, section.pos);
    if (chapter.omit) context_.error(chapter.pos, "bad-value", text::tr("hapus=\"ya\" is for plans, not for the template's <body>"));
    t.body.push_back(std::move(chapter));
  }
}

void Loader::read_signature(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"style", "indent", "space-before"});
  SignatureSettings& signature = t.signature.emplace();
  auto style = style_ref(r, "style", true);
  if (style) signature.style = *style;
  if (auto text = r.optional_text("indent")) {
    auto parsed = parse_extent(text->value);
    if (parsed) {
      signature.indent = *parsed.value;
    } else {
      bad_value(r, "indent", "bad-length", parsed.error);
    }
  }
  if (auto v = length(r, "space-before", false)) signature.space_before = *v;
  const std::vector<std::string_view> names;
  for (pugi::xml_node child : r.children({"line", "space", "image"})) {
    std::string_view kind = child.name();
    if (kind == "line") {
      if (auto line = read_line(child, signature.style, names)) signature.items.emplace_back(std::move(*line));
    } else if (kind == "space") {
      if (auto h = read_space(child)) signature.items.emplace_back(TemplateSpace{*h});
    } else if (auto image = read_image(child)) {
      signature.items.emplace_back(std::move(*image));
    }
  }
}

void Loader::read_contents(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"style", "title", "entry-style", "chapter-entry-style", "level-indent", "number-width"});
  ContentsSettings& c = t.contents.emplace();
  if (auto s = style_ref(r, "style", true)) c.part.style = *s;
  c.part.title = attribute_text(r, "title", true, std::vector<std::string_view>{});
  if (auto s = style_ref(r, "entry-style", true)) c.entry_style = *s;
  if (auto s = style_ref(r, "chapter-entry-style", true)) c.chapter_entry_style = *s;
  if (auto v = length(r, "level-indent", true)) c.level_indent = *v;
  if (auto v = length(r, "number-width", true)) c.number_width = *v;
  r.children({});
}

void Loader::read_numbering(ElementReader& r, plan::NumberStyle& numbering) {
  auto text = r.optional_text("numbering");
  if (!text) return;
  auto parsed = parse_number_style(text->value);
  if (parsed) {
    numbering = *parsed.value;
  } else {
    bad_value(r, "numbering", "bad-value", parsed.error);
  }
}

void Loader::read_chapter(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"style", "numbering"});
  ChapterSettings& chapter = t.chapter.emplace();
  if (auto s = style_ref(r, "style", true)) chapter.style = *s;
  read_numbering(r, chapter.numbering);
  const std::vector<std::string_view> names = {"nomor", "judul"};
  for (pugi::xml_node child : r.children({"line", "subtitles"})) {
    if (std::string_view(child.name()) == "subtitles") {
      ElementReader subtitles(context_, child, {"case"});
      subtitles.children({});
      if (chapter.subtitles_at) {
        context_.error(subtitles.pos(), "duplicate-element", text::tr("<chapter> has one <subtitles>; this is a second one"));
      }
      chapter.subtitles_at = chapter.lines.size();
      if (auto c = text_case(subtitles)) chapter.subtitles_case = *c;
      continue;
    }
    ElementReader line_reader(context_, child, {"case"});
    TemplateLine line;
    line.style = chapter.style;
    if (auto c = text_case(line_reader)) line.text_case = *c;
    line.text = element_text(child, names);
    chapter.lines.push_back(std::move(line));
  }
  if (chapter.lines.empty()) {
    context_.error(r.pos(), "missing-element", text::tr_text("<chapter> needs at least one <line>, e.g. <line>BAB {nomor}</line>"));
  }
}

void Loader::read_section(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"style", "numbering", "label", "indent", "label-gap"});
  SectionSettings& section = t.section.emplace();
  if (auto s = style_ref(r, "style", true)) section.style = *s;
  read_numbering(r, section.numbering);
  section.label = attribute_text(r, "label", true, std::vector<std::string_view>{"nomor"});
  if (auto v = length(r, "indent", true)) section.indent = *v;
  if (auto v = length(r, "label-gap", true)) section.label_gap = *v;
  r.children({});
}

void Loader::read_metadata(pugi::xml_node node, Template& t) {
  ElementReader r(context_, node, {"title", "author", "subject", "keywords"});
  const std::vector<std::string_view> names;
  t.metadata.title = attribute_text(r, "title", true, names);
  t.metadata.author = attribute_text(r, "author", true, names);
  t.metadata.subject = attribute_text(r, "subject", false, names);
  t.metadata.keywords = attribute_text(r, "keywords", false, names);
  r.children({});
}

}  // namespace naskah::compose::detail
