// Figures of the bab: images (<gambar>) and organisation charts (<struktur-organisasi>), each with its caption
// "Gambar 1.1 …" under it; the captions "Tabel 1.1 …" over the tables that have a judul; and DAFTAR TABEL and DAFTAR
// GAMBAR, which list them with their pages as DAFTAR ISI lists the headings.

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "composer.hpp"
#include "naskah/io/image_file.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {
namespace {

namespace fs = std::filesystem;

/// The room a figure may take of a page's text height: the rest is for its caption.
constexpr double figure_height_share = 0.85;

/// A template text of literal pieces and placeholders, for the defaults of a template without <figures> or
/// <org-chart>.
TemplateText default_text(std::vector<TemplateText::Piece> pieces, const std::string& file) {
  return TemplateText{std::move(pieces), diag::SourceLocation{file, 0, 0}};
}

OrgPlace place_of(plan::OrgPlace place) {
  switch (place) {
    case plan::OrgPlace::beside_left: return OrgPlace::beside_left;
    case plan::OrgPlace::beside_right: return OrgPlace::beside_right;
    case plan::OrgPlace::below: break;
  }
  return OrgPlace::below;
}

}  // namespace

void Composer::begin_chapter(int number) {
  chapter_number_ = number;
  figure_number_ = 0;
  table_number_ = 0;
}

void Composer::figure(const plan::Figure& in, std::vector<Block>& out) {
  const diag::SourceLocation where = text_location(in.src.pos);
  // Found beside the file that names it: the plan's figures beside the plan, the template's beside the template.
  fs::path path = in.src.value;
  if (path.is_relative()) path = fs::path(*text_file_).parent_path() / path;
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    out_.error(where, "figure",
               text::tr("src=\"{}\" on <gambar>: there is no such file (a figure is found relative to the file that "
                        "names it, here {})",
                        in.src.value, path.string()));
    return;
  }
  io::ImageFile image = io::read_image_file(path.string());
  if (!image.format) {
    out_.error(where, "figure", text::tr("src=\"{}\" on <gambar>: {}", in.src.value, image.problem));
    return;
  }
  // The given width (never wider than the text) or the text width, the height in proportion; a figure taller than
  // a page leaves room for its caption.
  const PageSetup& page = t_.page;
  const double text_width = page.text_width();
  double width = in.width ? std::min(in.width->value.resolve(text_width), text_width) : text_width;
  double height = width * static_cast<double>(image.height) / static_cast<double>(image.width);
  const double room = (page.height - page.margin_top - page.margin_bottom) * figure_height_share;
  if (height > room) {
    width *= room / height;
    height = room;
  }
  figure_blocks(ImageBlock{path.string(), width, height, Align::center, 0, 0,
                           std::make_shared<const io::ImageFile>(std::move(image))},
                plan_segments(in.caption, in.pos), where, out);
}

namespace {

/// The width of the chart's widest row with every box at its narrowest: the units of one level in the rows (units
/// beside a line stand apart) side by side, with the gaps between them.
double widest_row_width(const OrgChart& chart) {
  std::vector<int> per_level;
  auto count = [&](auto& self, std::size_t unit, std::size_t level) -> void {
    if (per_level.size() <= level) per_level.resize(level + 1, 0);
    ++per_level[level];
    for (std::size_t under : chart.units[unit].units) {
      if (chart.units[under].place == OrgPlace::below) self(self, under, level + 1);
    }
  };
  if (!chart.units.empty()) count(count, 0, 0);
  int widest = 0;
  for (int n : per_level) widest = std::max(widest, n);
  return widest * chart.look.min_box_width + std::max(widest - 1, 0) * chart.look.sibling_gap;
}

}  // namespace

void Composer::org_chart(const plan::OrgChart& in, std::vector<Block>& out) {
  static const OrgChartSettings defaults;
  const OrgChartSettings& settings = t_.org_chart ? *t_.org_chart : defaults;
  const TemplateStyle& unit_style = style(t_.org_chart ? settings.unit_style : t_.paragraph_style);
  const TemplateStyle& official_style = style(t_.org_chart ? settings.official_style : t_.paragraph_style);
  OrgChart chart;
  chart.line_height = std::max(unit_style.paragraph.line_height, official_style.paragraph.line_height);
  chart.look = settings.look;
  // The units in document order, each before the units under it: the head is units[0].
  auto add = [&](auto& self, const plan::OrgUnit& unit) -> std::size_t {
    const std::size_t index = chart.units.size();
    chart.units.emplace_back();
    std::vector<Segment> name = {Segment{unit.nama, 0, text_location(unit.pos)}};
    apply_case(name, settings.unit_case);
    OrgChartUnit box;
    box.spans = spans(name, unit_style);
    if (!unit.pejabat.empty()) {
      // The holder's name with its degrees is never broken ("S.Pi, / M.Si"): its box widens to hold it.
      std::vector<Span> official = spans({Segment{unit.pejabat, 0, text_location(unit.pos)}}, official_style);
      for (Span& span : official) span.keep_together = true;
      std::vector<Span> line_break = spans({Segment{"\n", 0, text_location(unit.pos)}}, unit_style);
      box.spans.insert(box.spans.end(), line_break.begin(), line_break.end());
      box.spans.insert(box.spans.end(), official.begin(), official.end());
    }
    box.place = place_of(unit.place);
    for (const plan::OrgUnit& under : unit.units) box.units.push_back(self(self, under));
    chart.units[index] = std::move(box);
    return index;
  };
  add(add, in.root);
  // A level that does not fit the portrait text even with the narrowest boxes turns the chart's page to landscape.
  const bool turned = widest_row_width(chart) > t_.page.text_width() + 1e-6;
  const PageSetup page = turned ? landscape_setup() : t_.page;
  if (in.height) {
    // A share of the text height, and never taller than a figure may be: its caption stays on its page.
    const double text_height = page.height - page.margin_top - page.margin_bottom;
    chart.height = std::min(in.height->value.resolve(text_height), text_height * figure_height_share);
  }
  std::vector<Segment> caption;
  if (!in.caption.empty()) {
    caption = plan_segments(in.caption, in.pos);
  } else if (t_.org_chart) {
    caption = template_segments(settings.title, TextCase::as_written);
  } else {
    caption = template_segments(default_text({{"Bagan Struktur Organisasi ", false},
                                              {"instansi", true},
                                              {" ", false},
                                              {"daerah", true}},
                                             t_.file),
                                TextCase::as_written);
  }
  figure_blocks(std::move(chart), caption, text_location(in.pos), out);
  std::get<Group>(out.back()).landscape_page = turned;
}

PageSetup Composer::landscape_setup() const {
  if (t_.annex && t_.annex->page) return *t_.annex->page;
  PageSetup turned = t_.page;
  std::swap(turned.width, turned.height);
  return turned;
}

void Composer::figure_blocks(Block figure, const std::vector<Segment>& caption, const diag::SourceLocation& where,
                             std::vector<Block>& out) {
  Paragraph paragraph = caption_paragraph(true, caption, where);
  // As much room over the figure as under its caption.
  if (auto* image = std::get_if<ImageBlock>(&figure)) image->space_before = paragraph.style.space_after;
  if (auto* chart = std::get_if<OrgChart>(&figure)) chart->space_before = paragraph.style.space_after;
  if (auto* chart = std::get_if<Chart>(&figure)) chart->space_before = paragraph.style.space_after;
  // Kept together: a figure is never on one page and its caption on the next.
  Group group;
  group.blocks.push_back(std::move(figure));
  group.blocks.emplace_back(std::move(paragraph));
  out.emplace_back(std::move(group));
}

void Composer::table_caption(const plan::InlineText& caption, plan::Pos pos, std::vector<Block>& out) {
  if (caption.empty()) return;
  Paragraph paragraph = caption_paragraph(false, plan_segments(caption, pos), text_location(pos));
  paragraph.style.keep_with_next = true;  // over its table, never alone at a page's foot
  out.emplace_back(std::move(paragraph));
}

Paragraph Composer::caption_paragraph(bool is_figure, const std::vector<Segment>& caption,
                                      const diag::SourceLocation& where) {
  const std::optional<CaptionSettings>& settings = is_figure ? t_.figures : t_.table_captions;
  // Without the template's settings: the paragraph style, centred, with the usual label.
  TemplateStyle fallback = style(t_.paragraph_style);
  fallback.paragraph.align = Align::center;
  fallback.paragraph.first_indent = 0;
  const TemplateStyle& caption_style = settings ? style(settings->style) : fallback;
  std::vector<Segment> text;
  Paragraph paragraph;
  std::size_t label_bytes = 0;
  if (chapter_number_ > 0) {
    int& number = is_figure ? figure_number_ : table_number_;
    ++number;
    LocalValues local;
    local.values["bab"] = Segment{std::to_string(chapter_number_), 0, where};
    local.values["nomor"] = Segment{std::to_string(number), 0, where};
    const TemplateText label =
        settings ? settings->label
                 : default_text({{is_figure ? "Gambar " : "Tabel ", false}, {"bab", true}, {".", false}, {"nomor", true}},
                                t_.file);
    text = template_segments(label, TextCase::as_written, local);
    text.push_back(Segment{" ", 0, where});
    label_bytes = plain(text).size();
    paragraph.anchor = fmt::format("{}-{}-{}", is_figure ? "gambar" : "tabel", chapter_number_, number);
  }
  text.insert(text.end(), caption.begin(), caption.end());
  if (!paragraph.anchor.empty()) {
    (is_figure ? figure_entries_ : table_entries_).push_back({plain(text), paragraph.anchor, 0, where, label_bytes});
  }
  paragraph.spans = spans(text, caption_style);
  paragraph.style = caption_style.paragraph;
  return paragraph;
}

void Composer::caption_lists(std::vector<ContentsEntry>& entries, std::vector<Block>& out) {
  for (const auto* list : {&t_.table_captions, &t_.figures}) {
    if (!*list || !(*list)->list) continue;
    const std::vector<ContentsEntry>& items = list == &t_.figures ? figure_entries_ : table_entries_;
    if (items.empty()) continue;
    out.emplace_back(PageBreak{});
    out.emplace_back(titled_part(*(*list)->list, list == &t_.figures ? "daftar-gambar" : "daftar-tabel", entries));
    out.emplace_back(contents_block(items, false));
  }
}

}  // namespace naskah::compose::detail
