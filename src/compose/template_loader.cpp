// load_template: template.xml → Template — the document, attribute values and texts. Styles are read first (whatever
// the order of the file), so that any element may refer to any style.

#include <fmt/format.h>
#include <pugixml.hpp>

#include <algorithm>
#include <filesystem>
#include <map>

#include "../plan/xml_syntax.hpp"
#include "naskah/plan/placeholders.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/io/source_file.hpp"
#include "naskah/text/utf8.hpp"
#include "naskah/text/edit_distance.hpp"
#include "template_loader.hpp"

namespace naskah::compose {

namespace detail {

std::optional<Template> Loader::load(const pugi::xml_document& document) {
  pugi::xml_node root = context_.checked_root(document, "template", template_namespace, text::tr_text("template"));
  if (root.empty()) return std::nullopt;
  ElementReader reader(context_, root, {});

  std::map<std::string, pugi::xml_node, std::less<>> found;
  std::vector<pugi::xml_node> parts;
  std::vector<pugi::xml_node> data_tables;
  for (pugi::xml_node child : reader.children({"page", "fonts", "styles", "paragraphs", "lists", "cover", "foreword",
                                               "signature", "contents", "chapter", "section", "body", "annex",
                                               "evaluation-table", "figures", "table-captions", "org-chart", "part",
                                               "item-table", "budget-table", "charts", "metadata"})) {
    if (std::string_view(child.name()) == "part") {
      parts.push_back(child);
      continue;
    }
    if (std::string_view(child.name()) == "item-table" || std::string_view(child.name()) == "budget-table") {
      data_tables.push_back(child);
      continue;
    }
    auto [at, inserted] = found.emplace(child.name(), child);
    if (!inserted) {
      context_.error(context_.element_position(child), "duplicate-element",
                     text::tr("a template has one <{}>; this is a second one", child.name()));
    }
  }
  for (std::string_view part : {"page", "fonts", "styles", "paragraphs", "lists", "metadata"}) {
    if (found.find(part) == found.end()) {
      context_.error(reader.pos(), "missing-element",
                     text::tr("the template has no <{}>; see docs/templates.md", part));
    }
  }
  // Parts that need each other: the foreword is closed by the signature block, chapters have sections, the
  // standard chapters need chapter headings.
  for (auto [part, needs] : {std::pair<std::string_view, std::string_view>{"foreword", "signature"},
                             {"chapter", "section"}, {"section", "chapter"}, {"body", "chapter"}}) {
    if (found.count(part) != 0 && found.count(needs) == 0) {
      context_.error(context_.element_position(found.find(part)->second), "missing-element",
                     text::tr("a template with <{}> needs <{}> too; see docs/templates.md", part, needs));
    }
  }

  Template t;
  t.dir = dir_;
  t.file = context_.file();
  auto part = [&](std::string_view name) {
    auto it = found.find(name);
    return it == found.end() ? pugi::xml_node() : it->second;
  };
  // Fonts and style names first: everything else refers to them.
  if (auto node = part("fonts")) read_fonts(node, t);
  if (auto node = part("styles")) {
    for (pugi::xml_node style : node.children("style")) {
      if (auto name = style.attribute("name")) style_names_.emplace_back(name.value());
    }
    read_styles(node, t);
  }
  if (auto node = part("page")) read_page(node, t.page);
  check_style_indents(t);
  if (auto node = part("paragraphs")) {
    ElementReader r(context_, node, {"style"});
    if (auto s = style_ref(r, "style", true)) t.paragraph_style = *s;
    r.children({});
  }
  if (auto node = part("lists")) read_lists(node, t);
  if (auto node = part("cover")) read_cover(node, t);
  if (auto node = part("foreword")) read_foreword(node, t);
  if (auto node = part("signature")) read_signature(node, t);
  if (auto node = part("contents")) read_contents(node, t);
  if (auto node = part("chapter")) read_chapter(node, t);
  if (auto node = part("section")) read_section(node, t);
  if (auto node = part("body")) read_body(node, t);
  if (auto node = part("annex")) read_annex(node, t);
  if (auto node = part("evaluation-table")) {
    t.evaluation_table = read_evaluation_table(node);
    // The evaluation table stands in the body, on the body's pages.
    if (t.evaluation_table) check_column_widths(*t.evaluation_table, t.page.text_width(), "<evaluation-table>", text::tr_text("the body's"),
                                           std::nullopt);
  }
  if (auto node = part("figures")) t.figures = read_captions(node);
  if (auto node = part("table-captions")) t.table_captions = read_captions(node);
  if (auto node = part("org-chart")) t.org_chart = read_org_chart(node);
  if (auto node = part("charts")) t.charts = read_charts(node);
  for (pugi::xml_node node : data_tables) read_data_table(node, t);
  for (pugi::xml_node node : parts) read_part(node, t);
  if (auto node = part("metadata")) read_metadata(node, t);
  return t;
}

// ---- Attribute values -----------------------------------------------------------------------------------

void Loader::bad_value(ElementReader& r, std::string_view attribute, std::string_view rule, const std::string& why) {
  std::string value = r.node().attribute(std::string(attribute).c_str()).value();
  context_.error(context_.attribute_position(r.node(), attribute), rule,
                 text::tr("{}=\"{}\" on {}: {}", attribute, value, r.tag(), why));
}

std::optional<double> Loader::length(ElementReader& r, std::string_view attribute, bool required, bool allow_negative) {
  auto text = required ? r.name(attribute) : r.optional_text(attribute);
  if (!text) return std::nullopt;
  auto parsed = parse_length(text->value, allow_negative);
  if (!parsed) {
    bad_value(r, attribute, "bad-length", parsed.error);
    return std::nullopt;
  }
  return parsed.value;
}

std::optional<bool> Loader::boolean(ElementReader& r, std::string_view attribute) {
  auto word = r.choice(attribute, {"true", "false"});
  if (!word) return std::nullopt;
  return word->value == "true";
}

std::optional<std::size_t> Loader::style_ref(ElementReader& r, std::string_view attribute, bool required) {
  auto name = required ? r.name(attribute) : r.optional_name(attribute);
  if (!name) return std::nullopt;
  auto it = std::find(style_names_.begin(), style_names_.end(), name->value);
  if (it == style_names_.end()) {
    std::vector<std::string_view> names(style_names_.begin(), style_names_.end());
    std::string why = text::tr("there is no style \"{}\" in <styles>", name->value);
    if (auto near = text::closest_match(name->value, names)) why += text::tr("; did you mean \"{}\"?", *near);
    bad_value(r, attribute, "unknown-style", why);
    return std::nullopt;
  }
  return static_cast<std::size_t>(it - style_names_.begin());
}

std::optional<TextCase> Loader::text_case(ElementReader& r) {
  auto word = r.choice("case", {"as-written", "upper"});
  if (!word) return std::nullopt;
  return word->value == "upper" ? TextCase::upper : TextCase::as_written;
}

TemplateText Loader::attribute_text(ElementReader& r, std::string_view attribute, bool required,
                                    const std::vector<std::string_view>& local,
                                    const std::vector<plan::ItemKind>& scope) {
  TemplateText out;
  auto value = required ? r.name(attribute) : r.optional_text(attribute);
  if (!value) return out;
  out.where = where(value->pos);
  std::string raw = r.node().attribute(std::string(attribute).c_str()).value();
  std::size_t start = context_.attribute_value_offset(r.node(), attribute);
  out.pieces = parse_template_text(raw, local, scope, [&](std::size_t index, std::string_view rule, std::string message) {
    context_.error(context_.text_position(start, raw, index), rule, std::move(message));
  });
  return out;
}

TemplateText Loader::element_text(pugi::xml_node node, const std::vector<std::string_view>& local,
                                  const std::vector<plan::ItemKind>& scope) {
  TemplateText out;
  out.where = where(context_.element_position(node));
  std::string text;
  struct Segment {
    std::size_t from;       ///< index in `text`
    std::size_t raw_start;  ///< byte offset of the text node in the file
  };
  std::vector<Segment> segments;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      segments.push_back({text.size(), static_cast<std::size_t>(child.offset_debug())});
      text += child.value();
    } else if (child.type() == pugi::node_element) {
      context_.error(context_.element_position(child), "unknown-element",
                     text::tr("<{}> holds only text, not <{}>", node.name(), child.name()));
    }
  }
  out.pieces = parse_template_text(text, local, scope, [&](std::size_t index, std::string_view rule, std::string message) {
    auto segment = std::find_if(segments.rbegin(), segments.rend(), [&](const Segment& s) { return s.from <= index; });
    Pos pos = segment == segments.rend()
                  ? context_.element_position(node)
                  : context_.text_position(segment->raw_start, std::string_view(text).substr(segment->from),
                                           index - segment->from);
    context_.error(pos, rule, std::move(message));
  });
  return out;
}

}  // namespace detail

namespace {

namespace fs = std::filesystem;

constexpr std::size_t max_template_bytes = 1024 * 1024;

}  // namespace

std::optional<std::size_t> Template::find_style(std::string_view name) const {
  for (std::size_t i = 0; i < styles.size(); ++i) {
    if (styles[i].name == name) return i;
  }
  return std::nullopt;
}

TemplateLoad load_template_text(std::string_view text, const std::string& dir, const std::string& file) {
  TemplateLoad result;
  plan::detail::ParseContext context(text, file, result.diagnostics);
  if (auto bad = text::first_invalid_utf8(text)) {
    context.error(context.position(*bad), "encoding", text::tr("the file is not UTF-8 here; save the template as UTF-8"));
    return result;
  }
  pugi::xml_document document;
  unsigned options = pugi::parse_default | pugi::parse_doctype;
  pugi::xml_parse_result parsed = document.load_buffer(text.data(), text.size(), options, pugi::encoding_utf8);
  if (!parsed) {
    plan::detail::SyntaxProblem problem = plan::detail::explain_parse_failure(text, parsed);
    context.error(context.position(problem.offset), "xml-syntax", problem.message);
    return result;
  }
  for (const plan::detail::SyntaxProblem& problem : plan::detail::find_lax_syntax(text)) {
    context.error(context.position(problem.offset), "xml-syntax", problem.message);
  }
  detail::Loader loader(context, dir);
  std::optional<Template> loaded = loader.load(document);
  result.diagnostics.sort_by_location();
  if (!result.diagnostics.has_errors()) result.value = std::move(loaded);
  return result;
}

TemplateLoad load_template(const std::string& dir) {
  std::string file = (fs::path(dir) / "template.xml").string();
  TemplateLoad result;
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    result.diagnostics.error({file, 0, 0}, "template-missing",
                             text::tr("there is no template folder \"{}\"; a template is a folder holding "
                                         "template.xml (see docs/templates.md)", dir));
    return result;
  }
  io::SourceFile source = io::read_source_file(file, max_template_bytes);
  if (source.too_large) {
    result.diagnostics.error({file, 0, 0}, "limit", text::tr("the template is larger than 1 MB"));
    return result;
  }
  if (!source.bytes) {
    result.diagnostics.error({file, 0, 0}, "template-missing",
                             text::tr("cannot read the template: {}; a template is a folder holding template.xml "
                                      "(see docs/templates.md)", source.problem));
    return result;
  }
  const std::string& text = *source.bytes;
  return load_template_text(text, dir, file);
}

}  // namespace naskah::compose
