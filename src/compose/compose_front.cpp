// The cover and the front matter: KATA PENGANTAR with the signature block that closes it (compose_signature.cpp),
// then DAFTAR ISI.

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <optional>

#include "composer.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/io/image_file.hpp"

namespace naskah::compose {

std::optional<std::string> logo_file(const plan::Plan& plan) {
  const auto& logo = plan.instansi.logo;
  if (!logo) return std::nullopt;
  std::filesystem::path path = std::filesystem::path(logo->value);
  if (path.is_relative()) path = std::filesystem::path(plan.source_file).parent_path() / path;
  return path.string();
}

}  // namespace naskah::compose

namespace naskah::compose::detail {

namespace fs = std::filesystem;

PageStyle Composer::page_style(const PageSetup& setup) {
  PageStyle page;
  page.width = setup.width;
  page.height = setup.height;
  page.margin_top = setup.margin_top;
  page.margin_bottom = setup.margin_bottom;
  page.margin_left = setup.margin_left;
  page.margin_right = setup.margin_right;
  page.footer_baseline = setup.footer_distance;
  const TemplateStyle& footer = style(setup.footer_style);
  page.footer_style.face = face(footer, 0);
  page.footer_style.size = footer.size;
  page.footer_style.underline = footer.underline;
  return page;
}

std::optional<Paragraph> Composer::line_paragraph(const TemplateLine& line) {
  std::vector<Segment> segments = template_segments(line.text, line.text_case);
  if (line.optional && plain(segments).empty()) return std::nullopt;
  Paragraph paragraph;
  paragraph.spans = spans(segments, style(line.style));
  paragraph.style = style(line.style).paragraph;
  return paragraph;
}

Block Composer::logo_block(const TemplateLogo& slot) {
  // Without a logo (or with a bad one) the slot stays as empty space, so that the page keeps its design.
  const auto& logo = plan_.instansi.logo;
  if (!logo) return Spacer{slot.height};
  const fs::path path = *logo_file(plan_);
  std::error_code error;
  if (!fs::is_regular_file(path, error)) {
    if (!reported_logo_) {
      out_.error(plan_location(logo->pos), "logo",
                 text::tr("logo=\"{}\": there is no such file (a logo is found relative to the plan file, here {})",
                             logo->value, path.string()));
    }
    reported_logo_ = true;
    return Spacer{slot.height};
  }
  io::ImageFile image = io::read_image_file(path.string());
  if (!image.format) {
    if (!reported_logo_) {
      out_.error(plan_location(logo->pos), "logo", text::tr("logo=\"{}\": {}", logo->value, image.problem));
    }
    reported_logo_ = true;
    return Spacer{slot.height};
  }
  // As large as the slot allows without distorting it: a lambang is taller than wide.
  const double scale = std::min(slot.width / static_cast<double>(image.width), slot.height / static_cast<double>(image.height));
  const double width = static_cast<double>(image.width) * scale;
  const double height = static_cast<double>(image.height) * scale;
  return ImageBlock{path.string(), width, height, Align::center, 0, 0, std::make_shared<const io::ImageFile>(std::move(image))};
}

PageSequence Composer::cover() {
  PageSequence sequence;
  sequence.page = page_style(t_.page);
  sequence.numbering = PageNumbering::none;
  sequence.restart_numbering = true;
  sequence.unnumbered_label = "Sampul";
  for (const CoverItem& item : *t_.cover) {
    if (const auto* line = std::get_if<TemplateLine>(&item)) {
      if (auto paragraph = line_paragraph(*line)) sequence.blocks.emplace_back(std::move(*paragraph));
    } else if (const auto* space = std::get_if<TemplateSpace>(&item)) {
      sequence.blocks.emplace_back(Spacer{space->height});
    } else {
      sequence.blocks.push_back(logo_block(std::get<TemplateLogo>(item)));
    }
  }
  return sequence;
}

Paragraph Composer::titled_part(const TitledPart& part, const std::string& anchor,
                                std::vector<ContentsEntry>& entries) {
  std::vector<Segment> segments = template_segments(part.title, TextCase::as_written);
  std::string title = plain(segments);
  Paragraph heading;
  heading.spans = spans(segments, style(part.style));
  heading.style = style(part.style).paragraph;
  heading.anchor = anchor;
  heading.outline = text::OutlineEntry{title, anchor, 0};
  entries.push_back({title, anchor, 0, part.title.where});
  return heading;
}

PageSequence Composer::front_matter(const std::vector<ContentsEntry>& later_entries) {
  PageSequence sequence;
  sequence.page = page_style(t_.page);
  sequence.numbering = PageNumbering::lower_roman;
  sequence.restart_numbering = true;
  std::vector<ContentsEntry> entries;
  // KATA PENGANTAR — the plan's, else the template's standard one — closed by the signature block. Without either
  // there is neither.
  if (t_.foreword && (plan_.kata_pengantar || t_.foreword_text)) {
    sequence.blocks.emplace_back(titled_part(*t_.foreword, "kata-pengantar", entries));
    if (plan_.kata_pengantar) {
      blocks(*plan_.kata_pengantar, sequence.blocks);
    } else {
      blocks(*t_.foreword_text, t_.file, sequence.blocks);
    }
    signature(t_.page.text_width(), sequence.blocks);
    if (t_.contents) sequence.blocks.emplace_back(PageBreak{});
  }
  if (!t_.contents) return sequence;
  // DAFTAR ISI: its own entry, DAFTAR TABEL's and DAFTAR GAMBAR's (which follow it), then every heading after them.
  sequence.blocks.emplace_back(titled_part(t_.contents->part, "daftar-isi", entries));
  std::vector<Block> lists;
  caption_lists(entries, lists);
  entries.insert(entries.end(), later_entries.begin(), later_entries.end());
  sequence.blocks.emplace_back(contents_block(entries, true));
  for (Block& block : lists) sequence.blocks.push_back(std::move(block));
  return sequence;
}

namespace {

/// A long title's last line never holds one word alone before the leaders ("2024 ........ 9"): its last two words
/// are one run, which the line breaker does not split.
void keep_last_words_together(std::vector<Span>& spans) {
  if (spans.empty()) return;
  Span& last = spans.back();
  const std::size_t last_space = last.text.rfind(' ');
  if (last_space == std::string::npos || last_space == 0) return;
  const std::size_t space_before = last.text.rfind(' ', last_space - 1);
  if (space_before == std::string::npos) return;  // two words only: a line of its own each would be no better
  Span tail = last;
  tail.text = last.text.substr(space_before + 1);
  tail.keep_together = true;
  last.text.erase(space_before + 1);
  spans.push_back(std::move(tail));
}

}  // namespace

TableOfContents Composer::contents_block(const std::vector<ContentsEntry>& entries, bool chapters_bold) {
  const ContentsSettings& settings = *t_.contents;
  TableOfContents contents;
  const TemplateStyle& entry_style = style(settings.entry_style);
  contents.style = entry_style.paragraph;
  contents.level_indent = settings.level_indent;
  contents.number_width = settings.number_width;
  for (const ContentsEntry& entry : entries) {
    const bool chapter = chapters_bold && entry.level == 0;
    TocEntry line;
    line.spans = spans({Segment{entry.text, 0, entry.where}}, chapter ? style(settings.chapter_entry_style) : entry_style);
    keep_last_words_together(line.spans);
    line.anchor = entry.anchor;
    line.level = entry.level;
    line.label_bytes = entry.label_bytes;
    contents.entries.push_back(std::move(line));
  }
  return contents;
}

}  // namespace naskah::compose::detail
