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

std::optional<ChartSettings> Loader::read_charts(pugi::xml_node node) {
  ElementReader r(context_, node,
                  {"label-style", "number-style", "height", "colors", "axis-color", "grid-color", "line-width"});
  r.children({});
  ChartSettings charts;
  auto label = style_ref(r, "label-style", true);
  auto number = style_ref(r, "number-style", true);
  if (auto v = length(r, "height", false)) charts.plot_height = *v;
  if (auto c = color(r, "axis-color")) charts.axis_color = *c;
  if (auto c = color(r, "grid-color")) charts.grid_color = *c;
  if (auto v = length(r, "line-width", false)) charts.line_width = *v;
  bool good = label && number;
  if (auto list = r.name("colors")) {
    // "#1F4E79 #C00000 …": the series' colours in order, separated by spaces.
    std::string_view rest = list->value;
    while (!rest.empty()) {
      const std::size_t end = rest.find(' ');
      const std::string_view word = rest.substr(0, end);
      if (!word.empty()) {
        auto parsed = parse_color(word);
        if (!parsed) {
          bad_value(r, "colors", "bad-value", parsed.error);
          good = false;
          break;
        }
        charts.colors.push_back(*parsed.value);
      }
      rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    }
    if (good && charts.colors.size() < 2) {
      bad_value(r, "colors", "bad-value", text::tr("give at least two colours, one for each series of a bar chart"));
      good = false;
    }
  } else {
    good = false;
  }
  if (charts.plot_height < 36) {
    bad_value(r, "height", "bad-length", text::tr("a chart's plotting area is at least 36pt (half an inch) tall"));
    good = false;
  }
  if (!good) return std::nullopt;
  charts.label_style = *label;
  charts.number_style = *number;
  return charts;
}

}  // namespace naskah::compose::detail
