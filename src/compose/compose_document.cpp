// The whole document: the template's fonts resolved, the body (each BAB on a new page, its subbab), LAMPIRAN on its
// own pages (compose_tables.cpp), the front matter whose DAFTAR ISI lists their headings, the cover, and the
// metadata.

#include <fmt/format.h>

#include <algorithm>
#include <exception>
#include <filesystem>

#include "body_merge.hpp"
#include "composer.hpp"
#include "landscape_pages.hpp"

namespace naskah::compose {

namespace detail {
namespace {

bool names_placeholder(const TemplateText& text, std::string_view name) {
  return std::any_of(text.pieces.begin(), text.pieces.end(),
                     [&](const TemplateText::Piece& piece) { return piece.placeholder && piece.text == name; });
}

}  // namespace

bool Composer::load_fonts(const std::vector<std::string>& font_dirs) {
  bool good = true;
  for (const TemplateFont& font : t_.fonts) {
    std::uint16_t family = 0;
    if (auto existing = fonts_.find(font.family)) {
      family = *existing;
    } else {
      std::string error;
      std::optional<text::FontFamilyFiles> files = text::resolve_family(font.family, font_dirs, &error);
      if (!files) {
        out_.error(font.where, "font", error);
        good = false;
      } else {
        try {
          family = fonts_.add_family(*files);
        } catch (const std::exception& e) {
          out_.error(font.where, "font", e.what());
          good = false;
        }
      }
    }
    families_.push_back(family);
  }
  if (good) {
    for (TemplateStyle& s : styles_) {
      if (s.line_spacing > 0) {
        s.paragraph.line_height = s.line_spacing * fonts_.line_spacing(face(s, 0)) * s.size / 1000.0;
      }
    }
  }
  return good;
}

PageSequence Composer::body(std::vector<ContentsEntry>& entries) {
  PageSequence sequence;
  sequence.page = page_style(t_.page);
  sequence.numbering = PageNumbering::arabic;
  sequence.restart_numbering = true;
  const ChapterSettings& chapter_settings = *t_.chapter;
  const SectionSettings& section_settings = *t_.section;
  const TemplateStyle& chapter_style = style(chapter_settings.style);
  const TemplateStyle& section_style = style(section_settings.style);
  int chapter_number = 0;
  int unnumbered = 0;
  for (const SourcedChapter& chapter : merge_body(t_.body, t_.file, plan_.bab, plan_.source_file, out_)) {
    // A bab without a number (Ikhtisar Eksekutif) counts in no numbering, and neither do its figures and tables.
    if (chapter.numbered) ++chapter_number;
    begin_chapter(chapter.numbered ? chapter_number : 0);
    if (!sequence.blocks.empty()) sequence.blocks.emplace_back(PageBreak{});
    const std::string chapter_anchor = chapter.numbered ? "bab-" + std::to_string(chapter_number)
                                                        : "bab-tanpa-nomor-" + std::to_string(++unnumbered);

    // "BAB I" over "PENDAHULUAN": the template's lines, joined by forced line breaks, in one centred paragraph; the
    // bab's subjudul lines where the template puts them (after its lines unless it says), in the heading but not in
    // DAFTAR ISI.
    diag::SourceLocation chapter_where;
    LocalValues local;
    {
      TextSource source(*this, *chapter.title_file);
      chapter_where = text_location(chapter.title->pos);
      local.values["nomor"] = Segment{format_number(chapter_number, chapter_settings.numbering), 0, chapter_where};
      local.values["judul"] = Segment{plain(plan_segments(chapter.title->title, chapter.title->pos)), 0, chapter_where};
    }
    std::vector<Segment> heading;
    std::string entry_text;
    auto add_line = [&](const std::vector<Segment>& segments, const diag::SourceLocation& where) {
      if (!heading.empty()) heading.push_back(Segment{"\n", 0, where});
      heading.insert(heading.end(), segments.begin(), segments.end());
    };
    const std::size_t subtitles_at = chapter_settings.subtitles_at.value_or(chapter_settings.lines.size());
    for (std::size_t i = 0; i <= chapter_settings.lines.size(); ++i) {
      if (i == subtitles_at) {
        TextSource source(*this, *chapter.subtitles_file);
        for (const plan::Subtitle& subtitle : *chapter.subtitles) {
          std::vector<Segment> segments = plan_segments(subtitle.text, subtitle.pos);
          apply_case(segments, chapter_settings.subtitles_case);
          add_line(segments, text_location(subtitle.pos));
        }
      }
      if (i == chapter_settings.lines.size()) break;
      const TemplateLine& line = chapter_settings.lines[i];
      // Its heading is its title alone: the template's lines that name the number ("BAB {nomor}") are left out.
      if (!chapter.numbered && names_placeholder(line.text, "nomor")) continue;
      std::vector<Segment> segments = template_segments(line.text, line.text_case, local);
      if (!entry_text.empty()) entry_text += ' ';
      entry_text += plain(segments);
      add_line(segments, line.text.where);
    }
    Paragraph title;
    title.spans = spans(heading, chapter_style);
    title.style = chapter_style.paragraph;
    title.anchor = chapter_anchor;
    title.outline = text::OutlineEntry{entry_text, chapter_anchor, 0};
    sequence.blocks.emplace_back(std::move(title));
    entries.push_back({entry_text, chapter_anchor, 0, chapter_where});

    blocks(*chapter.intro.blocks, *chapter.intro.file, sequence.blocks);

    int section_number = 0;
    for (const SourcedSection& sourced : chapter.sections) {
      ++section_number;
      TextSource source(*this, *sourced.file);
      const plan::Section& section = *sourced.section;
      standard_section_ = fmt::format("<bab id=\"{}\"><subbab id=\"{}\" hapus=\"ya\"/></bab>", chapter.id, section.id);
      const std::string anchor = chapter_anchor + "-" + std::to_string(section_number);
      LocalValues section_local;
      section_local.values["nomor"] =
          Segment{format_number(section_number, section_settings.numbering), 0, text_location(section.pos)};
      std::vector<Segment> label = template_segments(section_settings.label, TextCase::as_written, section_local);
      std::vector<Segment> text;
      {
        TextSource title_source(*this, *sourced.title_file);
        text = plan_segments(sourced.title->title, sourced.title->pos);
      }
      // "A." hangs in front of "Latar Belakang", so that a long title's next lines align with its first word.
      Paragraph heading_paragraph;
      heading_paragraph.spans = spans(text, section_style);
      heading_paragraph.style = section_style.paragraph;
      heading_paragraph.style.left_indent = section_settings.indent;
      heading_paragraph.style.first_indent = 0;
      heading_paragraph.label = Label{spans(label, section_style), section_settings.label_gap, std::nullopt};
      heading_paragraph.anchor = anchor;
      std::string section_entry = plain(label) + " " + plain(text);
      heading_paragraph.outline = text::OutlineEntry{section_entry, anchor, 1};
      sequence.blocks.emplace_back(std::move(heading_paragraph));
      entries.push_back({section_entry, anchor, 1, text_location(section.pos), plain(label).size() + 1});
      blocks(section.blocks, sequence.blocks);
    }
  }
  begin_chapter(0);
  return sequence;
}

Document Composer::compose() {
  Document document;
  // The RKT's parts, each when the template has it: the cover, the front matter (KATA PENGANTAR, DAFTAR ISI), the
  // body (BAB …), LAMPIRAN; then the template's own parts. DAFTAR ISI lists the headings of all that follow it.
  std::vector<ContentsEntry> entries;
  std::optional<PageSequence> body_sequence;
  if (t_.chapter) body_sequence = body(entries);
  std::optional<PageSequence> annex_sequence;
  if (t_.annex) annex_sequence = annex(entries);
  std::vector<PageSequence> part_sequences;
  for (std::size_t i = 0; i < t_.parts.size(); ++i) part_sequences.push_back(part(t_.parts[i], i, entries));

  if (t_.cover) document.sequences.push_back(cover());
  if (t_.foreword || t_.contents) document.sequences.push_back(front_matter(entries));
  if (body_sequence) {
    for (PageSequence& sequence : turn_landscape_groups(std::move(*body_sequence), page_style(landscape_setup()))) {
      document.sequences.push_back(std::move(sequence));
    }
  }
  if (annex_sequence) document.sequences.push_back(std::move(*annex_sequence));
  for (PageSequence& sequence : part_sequences) document.sequences.push_back(std::move(sequence));

  text::Metadata& meta = document.metadata;
  meta.title = plain(template_segments(t_.metadata.title, TextCase::as_written));
  meta.author = plain(template_segments(t_.metadata.author, TextCase::as_written));
  meta.subject = plain(template_segments(t_.metadata.subject, TextCase::as_written));
  meta.keywords = plain(template_segments(t_.metadata.keywords, TextCase::as_written));
  stamp(meta);
  document.source_files = source_files_;
  return document;
}

void Composer::stamp(text::Metadata& meta) const {
  meta.creator = std::string("naskah ") + NASKAH_VERSION;
  // The document's date is the signing date, never the clock: the same plan gives the same bytes.
  const plan::CalendarDate& signed_on = plan_.penandatangan.tanggal.value;
  // A draft whose signing date is not filled in yet (tanggal="") is dated 1 January of its year.
  const bool dated = signed_on.year != 0;
  meta.year = dated ? signed_on.year : plan_.tahun.value;
  meta.month = dated ? signed_on.month : 1;
  meta.day = dated ? signed_on.day : 1;
}

}  // namespace detail

std::vector<std::string> font_search_dirs(const Template& t, const std::string& source_dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> dirs;
  fs::path tree = (fs::path(t.dir) / ".." / "..").lexically_normal();
  dirs.push_back(tree.empty() ? std::string(".") : tree.string());
  if (!source_dir.empty() && fs::path(source_dir).lexically_normal() != tree) dirs.push_back(source_dir);
  return dirs;
}

Document compose_document(const plan::Plan& plan, const Template& t, text::FontSet& fonts,
                          const std::vector<std::string>& font_dirs, diag::Diagnostics& out) {
  diag::Diagnostics found;
  detail::Composer composer(plan, t, fonts, found);
  Document document;
  if (composer.load_fonts(font_dirs)) document = composer.compose();
  found.sort_by_location();
  out.append(found);
  return document;
}

}  // namespace naskah::compose
