#include "body_writer.hpp"

#include <algorithm>

#include "chart_picture.hpp"
#include "naskah/layout/org_chart.hpp"
#include "xml_part.hpp"

namespace naskah::docx::detail {
namespace {

/// The resolution of the organisation chart's picture: sharp on paper, some 100 KB.
constexpr double chart_dots_per_inch = 200;

/// The text of a chart's unit, for the picture's alternative text.
std::string plain_text(const std::vector<compose::Span>& spans) {
  std::string out;
  for (const compose::Span& span : spans) out += span.text;
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

}  // namespace

void BodyWriter::emit(pugi::xml_node node) {
  append_xml(out_, node);
  fragment_.reset();
}

bool BodyWriter::take_page_break() {
  const bool pending = page_break_;
  page_break_ = false;
  return pending;
}

void BodyWriter::flush_page_break() {
  if (!take_page_break()) return;
  pugi::xml_node paragraph = spacer_paragraph(fragment_, 1, false);
  add(add(paragraph, "w:r"), "w:br", "w:type", "page");
  emit(paragraph);
}

void BodyWriter::end_section_in(pugi::xml_node paragraph_properties) {
  if (ending_ == nullptr) return;
  add_section_properties(paragraph_properties, *ending_, *ending_references_, inputs_.fonts);
  ending_ = nullptr;
}

void BodyWriter::sequence(const compose::PageSequence& sequence, const SectionReferences& references, bool last) {
  const compose::PageStyle& page = sequence.page;
  text_width_ = page.width - page.margin_left - page.margin_right;
  text_height_ = page.height - page.margin_top - page.margin_bottom;
  page_break_ = false;  // a section starts on a new page of its own
  const bool ends_in_paragraph = !sequence.blocks.empty() && std::holds_alternative<compose::Paragraph>(sequence.blocks.back());
  for (std::size_t i = 0; i < sequence.blocks.size(); ++i) {
    if (!last && ends_in_paragraph && i + 1 == sequence.blocks.size()) {
      ending_ = &sequence;
      ending_references_ = &references;
    }
    block(sequence.blocks[i], false);
  }
  page_break_ = false;  // the next section starts a page anyway
  if (last) {
    if (!ends_in_paragraph) emit(spacer_paragraph(fragment_, 1, false));  // a body ends with a paragraph
    pugi::xml_node holder = fragment_.append_child("w:holder");
    add_section_properties(holder, sequence, references, inputs_.fonts);
    emit(holder.first_child());
  } else if (!ends_in_paragraph) {
    ending_ = &sequence;
    ending_references_ = &references;
    pugi::xml_node paragraph = spacer_paragraph(fragment_, 1, false);
    end_section_in(paragraph.child("w:pPr"));
    emit(paragraph);
  }
}

void BodyWriter::blocks(const std::vector<compose::Block>& list, bool keep_together, bool keep_last) {
  for (std::size_t i = 0; i < list.size(); ++i) {
    const bool last = i + 1 == list.size();
    block(list[i], last ? keep_last : keep_together);
  }
}

void BodyWriter::block(const compose::Block& block, bool keep) {
  const bool was_table = after_table_;
  after_table_ = false;
  std::visit(
      [&](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, compose::Paragraph>) {
          paragraph(value, keep);
        } else if constexpr (std::is_same_v<T, compose::Spacer>) {
          spacer(value.height, keep);
        } else if constexpr (std::is_same_v<T, compose::PageBreak>) {
          page_break_ = true;
          after_table_ = was_table;
        } else if constexpr (std::is_same_v<T, compose::ImageBlock>) {
          image(value, keep);
        } else if constexpr (std::is_same_v<T, compose::TableOfContents>) {
          contents(value);
        } else if constexpr (std::is_same_v<T, compose::Table>) {
          after_table_ = was_table;
          table(value, keep);
        } else if constexpr (std::is_same_v<T, compose::SignatureBlock>) {
          after_table_ = was_table;
          signature(value, keep);
        } else if constexpr (std::is_same_v<T, compose::OrgChart>) {
          org_chart(value, keep);
        } else if constexpr (std::is_same_v<T, compose::Group>) {
          after_table_ = was_table;
          blocks(value.blocks, value.keep_together, keep);
        }
      },
      block);
}

void BodyWriter::runs(pugi::xml_node paragraph, const std::vector<compose::Span>& spans, const RunLook& base) {
  for (const compose::Span& span : spans) {
    if (span.text.empty()) continue;
    pugi::xml_node run = add(paragraph, "w:r");
    const RunLook look = run_look(span, inputs_.fonts);
    write_run_properties(run, look, &base);
    write_run_text(run, span.text, span.keep_together);
  }
}

const Bookmark* BodyWriter::start_bookmark(pugi::xml_node paragraph, const std::string& anchor) {
  const Bookmark* bookmark = bookmarks_.find(anchor);
  if (bookmark == nullptr) return nullptr;
  pugi::xml_node start = add(paragraph, "w:bookmarkStart", "w:id", static_cast<long long>(bookmark->id));
  start.append_attribute("w:name").set_value(bookmark->name.c_str());
  return bookmark;
}

void BodyWriter::end_bookmark(pugi::xml_node paragraph, const Bookmark* bookmark) {
  if (bookmark != nullptr) add(paragraph, "w:bookmarkEnd", "w:id", static_cast<long long>(bookmark->id));
}

void BodyWriter::paragraph(const compose::Paragraph& in, bool keep) {
  const text::FontSet& fonts = inputs_.fonts;
  const RunLook run = in.spans.empty() ? styles_.normal() : run_look(in.spans.front(), fonts);
  const ParagraphLook own = paragraph_look(in.style, in.spans, fonts);
  const Style& style = styles_.paragraph_style(in.style.name, own, run);
  ParagraphLook look = own;
  look.keep_next = look.keep_next || keep;
  ParagraphExtras extras;
  extras.style = style.id;
  extras.page_break_before = take_page_break();
  const Bookmark* bookmark = bookmarks_.find(in.anchor);
  if (bookmark != nullptr) extras.outline_level = bookmark->outline_level;
  std::vector<compose::Span> label;
  if (in.label && in.label->numbering) {
    // Word numbers the item; its number ends `gap` before the text, as naskah's label does.
    const compose::Label& item = *in.label;
    const long gap = twips(item.gap);
    const RunLook label_look = item.spans.empty() ? run : run_look(item.spans.front(), fonts);
    extras.numbering = numbering_.item(*item.numbering, look.left + std::max(0L, look.first), gap, label_look);
    look.left += std::max(0L, look.first);
    look.first = -gap;
  } else if (in.label) {
    // A label of its own (a subbab's "A."): the label, then a tab to where the text starts.
    const double label_width = [&] {
      double width = 0;
      for (const compose::Span& span : in.label->spans) width += text::text_width(fonts, span.face, span.size, span.text);
      return width;
    }();
    const double text_start = in.style.left_indent + in.style.first_indent;
    const double label_start = std::max(0.0, text_start - in.label->gap - label_width);
    look.first = twips(label_start) - look.left;
    extras.tab_stops.push_back(twips(std::max(text_start, label_start + label_width + in.label->gap)));
    label = in.label->spans;
    compose::Span tab = label.empty() ? compose::Span{} : label.back();
    tab.text = "\t";
    label.push_back(std::move(tab));
  }
  pugi::xml_node paragraph = fragment_.append_child("w:p");
  pugi::xml_node properties = write_paragraph_properties(paragraph, look, &style.paragraph, extras);
  end_section_in(properties);
  if (!properties.first_child()) paragraph.remove_child(properties);
  const Bookmark* started = start_bookmark(paragraph, in.anchor);
  runs(paragraph, label, style.run);
  runs(paragraph, in.spans, style.run);
  end_bookmark(paragraph, started);
  emit(paragraph);
}

pugi::xml_node BodyWriter::spacer_paragraph(pugi::xml_node parent, double height, bool keep) {
  pugi::xml_node paragraph = add(parent, "w:p");
  ParagraphLook look;
  look.line = {std::max(1L, twips(height)), true};
  look.keep_next = keep;
  ParagraphExtras extras;
  extras.mark = styles_.normal();
  extras.mark->size = 2;  // the empty line's type: 1 pt, so that only the exact height counts
  write_paragraph_properties(paragraph, look, nullptr, extras, &styles_.normal());
  return paragraph;
}

void BodyWriter::spacer(double height, bool keep) {
  if (height <= 0) return;
  flush_page_break();
  emit(spacer_paragraph(fragment_, height, keep));
}

pugi::xml_node BodyWriter::picture_paragraph(pugi::xml_node parent, const std::string& relationship, double width,
                                             double height, compose::Align align, double left_indent,
                                             double space_before, bool keep, const std::string& description) {
  pugi::xml_node paragraph = add(parent, "w:p");
  ParagraphLook look;
  look.align = justification(align == compose::Align::justify ? compose::Align::left : align);
  look.left = twips(left_indent);
  look.before = twips(space_before);
  look.keep_next = keep;
  ParagraphExtras extras;
  extras.page_break_before = take_page_break();
  write_paragraph_properties(paragraph, look, nullptr, extras);
  add_inline_picture(add(paragraph, "w:r"), relationship, width, height, ++pictures_, description);
  return paragraph;
}

void BodyWriter::image(const compose::ImageBlock& image, bool keep) {
  const std::string relationship = media_.file(image.path);
  emit(picture_paragraph(fragment_, relationship, image.width, image.height, image.align, image.left_indent,
                         image.space_before, keep, ""));
}

void BodyWriter::org_chart(const compose::OrgChart& chart, bool keep) {
  const layout::OrgChartDrawing drawing =
      layout::org_chart_on_page(chart, text_width_, text_height_, inputs_.fonts, inputs_.hyphenator);
  const std::string relationship = media_.png(chart_png(drawing, inputs_.fonts, chart_dots_per_inch));
  const std::string description = chart.units.empty() ? std::string() : plain_text(chart.units.front().spans);
  emit(picture_paragraph(fragment_, relationship, drawing.width, drawing.height, compose::Align::center, 0,
                         chart.space_before, keep, description));
}

std::string BodyWriter::contents_field(const compose::TableOfContents& contents) const {
  // Headings carry outline levels, which Word's \u collects; captions (DAFTAR TABEL, DAFTAR GAMBAR) have none and
  // are collected by their style.
  int deepest = -1;
  std::string style;
  for (const compose::TocEntry& entry : contents.entries) {
    const Bookmark* target = bookmarks_.find(entry.anchor);
    if (target == nullptr) continue;
    if (target->outline_level) deepest = std::max(deepest, *target->outline_level);
    if (style.empty() && !target->style.empty()) style = style_display_name(target->style);
  }
  if (deepest >= 0 || style.empty()) {
    return " TOC \\o \"1-" + std::to_string(std::max(deepest, 0) + 1) + "\" \\h \\z \\u ";
  }
  return " TOC \\h \\z \\t \"" + style + ",1\" ";
}

void BodyWriter::contents(const compose::TableOfContents& contents) {
  const text::FontSet& fonts = inputs_.fonts;
  const std::string instruction = contents_field(contents);
  auto field_character = [](pugi::xml_node paragraph, const char* type) {
    add(add(paragraph, "w:r"), "w:fldChar", "w:fldCharType", type);
  };
  auto begin_field = [&](pugi::xml_node paragraph, const std::string& code) {
    field_character(paragraph, "begin");
    add(add(paragraph, "w:r"), "w:instrText", "xml:space", "preserve").text().set(code.c_str());
    field_character(paragraph, "separate");
  };
  const long right_tab = twips(text_width_);
  for (std::size_t i = 0; i < std::max<std::size_t>(contents.entries.size(), 1); ++i) {
    pugi::xml_node paragraph = fragment_.append_child("w:p");
    if (contents.entries.empty()) {
      write_paragraph_properties(paragraph, paragraph_look(contents.style, {}, fonts), nullptr, {});
      begin_field(paragraph, instruction);
      field_character(paragraph, "end");
      emit(paragraph);
      break;
    }
    const compose::TocEntry& entry = contents.entries[i];
    const int level = std::clamp(entry.level, 0, 8);
    ParagraphLook look = paragraph_look(contents.style, entry.spans, fonts);
    look.left = twips(contents.style.left_indent + level * contents.level_indent);
    look.first = 0;
    // No right indent for the number's room: LibreOffice sets no tab past a right indent, and Word's own entries
    // have none either; the number stands at the right margin.
    look.right = 0;
    const RunLook run = entry.spans.empty() ? styles_.normal() : run_look(entry.spans.front(), fonts);
    const std::string n = std::to_string(level + 1);
    // Word's own styles of its tables of contents, which it applies again when the field is updated.
    const Style& style = styles_.fixed_style("TOC" + n, "toc " + n, false, look, run, {}, right_tab);
    ParagraphExtras extras;
    extras.style = style.id;
    extras.page_break_before = take_page_break();
    pugi::xml_node properties = write_paragraph_properties(paragraph, look, &style.paragraph, extras);
    if (!properties.first_child()) paragraph.remove_child(properties);
    if (i == 0) begin_field(paragraph, instruction);
    const Bookmark* target = bookmarks_.find(entry.anchor);
    pugi::xml_node link = paragraph;
    if (target != nullptr) {
      link = add(paragraph, "w:hyperlink", "w:anchor", target->name);
      link.append_attribute("w:history").set_value(1);
    }
    runs(link, entry.spans, style.run);
    auto label = inputs_.anchor_labels.find(entry.anchor);
    if (entry.show_page_number && target != nullptr && label != inputs_.anchor_labels.end()) {
      add(add(link, "w:r"), "w:tab");
      begin_field(link, " PAGEREF " + target->name + " \\h ");
      pugi::xml_node number = add(link, "w:r");
      write_run_properties(number, run, &style.run);
      add(number, "w:t").text().set(label->second.c_str());
      field_character(link, "end");
    }
    if (i + 1 == contents.entries.size()) field_character(paragraph, "end");
    emit(paragraph);
  }
}

}  // namespace naskah::docx::detail
