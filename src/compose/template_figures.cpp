// The figures of a template: how figures and captioned tables are labelled and listed (<figures>,
// <table-captions>), and how organisation charts are drawn (<org-chart>). All three are optional: a template
// without them still places a plan's figures, charts and captions, in its paragraph style.

#include <fmt/format.h>

#include "naskah/text/translate.hpp"
#include "template_loader.hpp"

namespace naskah::compose::detail {

std::optional<CaptionSettings> Loader::read_captions(pugi::xml_node node) {
  ElementReader r(context_, node, {"style", "label", "list-title", "list-style"});
  r.children({});
  CaptionSettings captions;
  auto style = style_ref(r, "style", true);
  // {bab} and {nomor}: the bab's number and the figure's within it.
  captions.label = attribute_text(r, "label", true, std::vector<std::string_view>{"bab", "nomor"});
  if (r.has("list-title")) {
    TitledPart& list = captions.list.emplace();
    list.title = attribute_text(r, "list-title", true, std::vector<std::string_view>{});
    auto list_style = style_ref(r, "list-style", true);
    if (!list_style) return std::nullopt;
    list.style = *list_style;
  } else if (r.has("list-style")) {
    context_.error(r.pos(), "missing-attribute",
                   text::tr("{} has list-style but no list-title: the list's title is its heading", r.tag()));
  }
  if (!style) return std::nullopt;
  captions.style = *style;
  return captions;
}

std::optional<OrgChartSettings> Loader::read_org_chart(pugi::xml_node node) {
  ElementReader r(context_, node,
                  {"unit-style", "official-style", "case", "padding", "border", "connector", "line-color", "fill",
                   "min-box-width", "max-box-width", "level-gap", "sibling-gap", "title"});
  r.children({});
  OrgChartSettings chart;
  auto unit = style_ref(r, "unit-style", true);
  auto official = style_ref(r, "official-style", true);
  if (auto c = text_case(r)) chart.unit_case = *c;
  if (auto v = length(r, "padding", false)) chart.look.padding = *v;
  if (auto v = length(r, "border", false)) chart.look.border_width = *v;
  if (auto v = length(r, "connector", false)) chart.look.connector_width = *v;
  if (auto c = color(r, "line-color")) chart.look.line_color = *c;
  chart.look.fill = color(r, "fill");
  if (auto v = length(r, "min-box-width", false)) chart.look.min_box_width = *v;
  if (auto v = length(r, "max-box-width", false)) chart.look.max_box_width = *v;
  if (auto v = length(r, "level-gap", false)) chart.look.level_gap = *v;
  if (auto v = length(r, "sibling-gap", false)) chart.look.sibling_gap = *v;
  chart.title = attribute_text(r, "title", true, std::vector<std::string_view>{});
  if (chart.look.min_box_width > chart.look.max_box_width) {
    bad_value(r, "min-box-width", "bad-length",
              text::tr("the narrowest box is wider than the widest (max-box-width=\"{}\")",
                       r.node().attribute("max-box-width").value()));
    return std::nullopt;
  }
  if (chart.look.min_box_width < 2 * chart.look.padding + 12) {
    bad_value(r, "min-box-width", "bad-length", text::tr("a box this narrow leaves no room for its text"));
    return std::nullopt;
  }
  if (!unit || !official) return std::nullopt;
  chart.unit_style = *unit;
  chart.official_style = *official;
  return chart;
}

}  // namespace naskah::compose::detail
