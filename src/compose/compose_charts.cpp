// Charts of the plan's data (<grafik jenis="…" judul="…"/>), composed into the document tree for layout to draw: the
// target and realisasi of each indikator (grouped bars, a panel per unit), the anggaran and realisasi of each program
// with the share spent (bars), and each indikator's realisasi over the years (lines). Inside a repetition over
// sasaran the chart shows the current sasaran's indikator and programs, else the whole plan's. The figures printed on
// a chart are computed exactly here; the drawing's heights are only heights.

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "composer.hpp"
#include "naskah/plan/totals.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {
namespace {

/// The series' colours when the template says none: dark blue, orange, green, olive, purple, light blue.
const std::vector<text::Color>& default_colors() {
  static const std::vector<text::Color> colors = {{31, 78, 121}, {197, 90, 17},  {84, 130, 53},
                                                    {127, 96, 0},  {112, 48, 160}, {46, 117, 182}};
  return colors;
}

double as_double(const plan::Decimal& number) { return std::stod(number.to_c_string()); }

/// A number as a chart prints it over a bar: "96,86", "1.250".
std::string number_text(const plan::Decimal& number) {
  return text::format_decimal(number.to_c_string(), plan::Decimal::max_scale);
}

/// The panel of `unit`, added at the end the first time it is named (units compared without regard to case).
ChartPanel& panel_of(Chart& chart, std::vector<std::string>& units, const std::string& unit) {
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (plan::same_unit(units[i], unit)) return chart.panels[i];
  }
  units.push_back(unit);
  return chart.panels.emplace_back();
}

}  // namespace

Span Composer::style_span(const TemplateStyle& style) const {
  Span span;
  span.face = face(style, 0);
  span.size = style.size;
  return span;
}

void Composer::chart(const plan::ChartMarker& marker, std::vector<Block>& out) {
  static const ChartSettings defaults;
  const ChartSettings& settings = t_.charts ? *t_.charts : defaults;
  const TemplateStyle& label_style = style(t_.charts ? settings.label_style : t_.paragraph_style);
  const TemplateStyle& number_style = style(t_.charts ? settings.number_style : t_.paragraph_style);
  const std::vector<text::Color>& colors = settings.colors.empty() ? default_colors() : settings.colors;
  const diag::SourceLocation where = text_location(marker.pos);
  auto label = [&](const std::string& text, plan::Pos pos) {
    return spans({Segment{text, 0, plan_location(pos)}}, label_style);
  };
  auto number = [&](const std::string& text) {
    std::vector<Span> out_spans = spans({Segment{text, 0, where}}, number_style);
    for (Span& span : out_spans) span.keep_together = true;
    return out_spans;
  };
  auto series = [&](const std::vector<Span>& name, std::size_t index) {
    return ChartSeries{name, colors[index % colors.size()]};
  };

  Chart chart;
  chart.label_style = style_span(label_style);
  chart.number_style = style_span(number_style);
  chart.line_height = label_style.paragraph.line_height;
  chart.plot_height = settings.plot_height;
  chart.axis_color = settings.axis_color;
  chart.grid_color = settings.grid_color;
  chart.line_width = settings.line_width;

  // The indikator in scope: the current sasaran's, else every sasaran's.
  std::vector<const plan::Indikator*> indikator;
  for (const ItemContext& item : values_.items(plan::ItemKind::sasaran, context_)) {
    for (const plan::Indikator& one : item.sasaran->indikator) indikator.push_back(&one);
  }
  std::vector<std::string> units;
  switch (marker.kind) {
    case plan::ChartKind::target_realisasi: {
      chart.kind = ChartKind::bars;
      chart.series = {series(label("Target", marker.pos), 0), series(label("Realisasi", marker.pos), 1)};
      for (const plan::Indikator* one : indikator) {
        if (!one->target || !one->realisasi) continue;
        const plan::Measure& target = one->target->value;
        const plan::Measure& realisasi = one->realisasi->value;
        if (!target.is_quantitative() || !realisasi.is_quantitative() || !plan::same_unit(target.unit, realisasi.unit)) {
          continue;
        }
        ChartPanel& panel = panel_of(chart, units, target.unit);
        if (panel.axis_title.empty() && !target.unit.empty()) panel.axis_title = label(target.unit, one->pos);
        panel.categories.push_back({label(one->nama, one->pos),
                                    {as_double(*target.number), as_double(*realisasi.number)},
                                    {number(number_text(*target.number)), number(number_text(*realisasi.number))}});
      }
      break;
    }
    case plan::ChartKind::penyerapan_anggaran: {
      chart.kind = ChartKind::bars;
      chart.series = {series(label("Anggaran", marker.pos), 0), series(label("Realisasi", marker.pos), 1)};
      std::vector<const plan::Program*> programs;
      std::int64_t largest = 0;
      for (const ItemContext& item : values_.items(plan::ItemKind::program, context_)) {
        programs.push_back(item.program);
        if (auto total = plan::total_of(*item.program)) largest = std::max(largest, total->value);
      }
      // The axis in miliar when the programs run to ten of them, else in juta: its numbers stay short.
      const bool miliar = largest >= 10'000'000'000;
      const double unit = miliar ? 1e9 : 1e6;
      ChartPanel& panel = chart.panels.emplace_back();
      panel.axis_title = label(miliar ? "Rp miliar" : "Rp juta", marker.pos);
      for (const plan::Program* program : programs) {
        const auto anggaran = plan::total_of(*program);
        const auto realisasi = plan::realisasi_of(*program);
        ChartCategory category{label(program->nama, program->pos), {}, {{}, {}}};
        category.values.push_back(anggaran ? std::optional<double>(static_cast<double>(anggaran->value) / unit)
                                           : std::nullopt);
        category.values.push_back(realisasi ? std::optional<double>(static_cast<double>(realisasi->value) / unit)
                                            : std::nullopt);
        if (anggaran && realisasi && anggaran->value != 0) {
          if (auto share = plan::percent_of(plan::Decimal{realisasi->value, 0}, plan::Decimal{anggaran->value, 0})) {
            category.value_labels[1] = number(text::format_percent(share->to_c_string()));
          }
        }
        panel.categories.push_back(std::move(category));
      }
      if (programs.empty()) chart.panels.clear();
      break;
    }
    case plan::ChartKind::tren: {
      chart.kind = ChartKind::lines;
      // The years: every earlier one an indikator gives, and the plan year.
      std::set<int> years = {plan_.tahun.value};
      std::vector<const plan::Indikator*> drawn;
      for (const plan::Indikator* one : indikator) {
        if (!one->realisasi || !one->realisasi->value.is_quantitative()) continue;
        drawn.push_back(one);
        for (const plan::Riwayat& earlier : one->riwayat) years.insert(earlier.tahun.value);
      }
      for (std::size_t s = 0; s < drawn.size(); ++s) {
        const plan::Indikator& one = *drawn[s];
        chart.series.push_back(series(label(one.nama, one.pos), s));
        ChartPanel& panel = panel_of(chart, units, one.realisasi->value.unit);
        if (panel.axis_title.empty() && !one.realisasi->value.unit.empty()) {
          panel.axis_title = label(one.realisasi->value.unit, one.pos);
        }
        if (panel.categories.empty()) {
          for (int year : years) panel.categories.push_back({label(std::to_string(year), marker.pos), {}, {}});
        }
        // Each series has a place in every panel's categories; only its own panel's are filled.
        for (ChartPanel& any : chart.panels) {
          for (ChartCategory& category : any.categories) {
            category.values.resize(s + 1);
            category.value_labels.resize(s + 1);
          }
        }
        std::size_t c = 0;
        for (int year : years) {
          std::optional<plan::Decimal> value;
          if (year == plan_.tahun.value) value = one.realisasi->value.number;
          for (const plan::Riwayat& earlier : one.riwayat) {
            if (earlier.tahun.value == year && earlier.realisasi.value.is_quantitative() &&
                plan::same_unit(earlier.realisasi.value.unit, one.realisasi->value.unit)) {
              value = earlier.realisasi.value.number;
            }
          }
          if (value) {
            panel.categories[c].values[s] = as_double(*value);
            panel.categories[c].value_labels[s] = number(number_text(*value));
          }
          ++c;
        }
      }
      break;
    }
  }
  if (chart.panels.empty()) {
    if (!reported_empty_charts_.emplace(where.file, where.line, where.column).second) return;
    out_.warning(where, "chart",
                 marker.kind == plan::ChartKind::penyerapan_anggaran
                     ? text::tr("the chart has nothing to show: there is no program here")
                     : text::tr("the chart has nothing to show: no indikator here has a realisasi that is a number "
                                "(and, beside a target, in its unit)"));
    return;
  }
  figure_blocks(std::move(chart), plan_segments(marker.caption, marker.pos), where, out);
}

}  // namespace naskah::compose::detail
