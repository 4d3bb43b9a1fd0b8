// Text into spans: placeholders filled from the plan, faces chosen from the style and the inline flags, and every
// character checked against the font it will be set in — a missing glyph is an error where the text came from,
// never a silent blank in the PDF.

#include <fmt/format.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <string>

#include "composer.hpp"
#include "naskah/text/indonesian_format.hpp"
#include "naskah/text/translate.hpp"
#include "naskah/text/printable_text.hpp"

namespace naskah::compose::detail {
namespace {

std::string to_upper(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale("id")).toUTF8String(out);
  return out;
}

}  // namespace

diag::SourceLocation Composer::plan_location(plan::Pos pos) const {
  return {plan_.source_file, pos.line, pos.column};
}

diag::SourceLocation Composer::text_location(plan::Pos pos) const { return {*text_file_, pos.line, pos.column}; }

Segment Composer::placeholder(std::string_view name, std::uint8_t flags, const diag::SourceLocation& at) {
  std::string why;
  if (std::optional<PlaceholderValue> value = values_.value(name, context_, &why)) {
    // In a text that can have notes under it, a stated figure its rows do not add up to is marked for its note
    // (compose_notes.cpp), and every amount is counted for a column's {jumlah}.
    if (printed_ != nullptr && value->amount) printed_->amounts.push_back(*value->amount);
    if (value->difference) value->text += stated_difference_mark(*value->difference);
    return Segment{std::move(value->text), flags, plan_location(value->pos)};
  }
  if (reported_placeholders_.emplace(at.file, at.line, at.column).second) out_.error(at, "placeholder-value", why);
  return Segment{"", flags, at};
}

std::vector<Segment> Composer::plan_segments(const plan::InlineText& text, plan::Pos where) {
  std::vector<Segment> out;
  std::uint8_t last_flags = 0;
  for (const plan::Inline& item : text) {
    if (const auto* run = std::get_if<plan::InlineRun>(&item)) {
      out.push_back({run->text, run->style, text_location(where)});
      last_flags = run->style;
    } else if (const auto* name = std::get_if<plan::Placeholder>(&item)) {
      out.push_back(placeholder(name->name, name->style, text_location(name->pos)));
      last_flags = name->style;
    } else {
      // <br/>: a forced line break, which layout honours.
      out.push_back({"\n", last_flags, text_location(where)});
    }
  }
  return out;
}

std::vector<Segment> Composer::template_segments(const TemplateText& text, TextCase text_case,
                                                 const LocalValues& local) {
  std::vector<Segment> out;
  for (const TemplateText::Piece& piece : text.pieces) {
    if (!piece.placeholder) {
      out.push_back({piece.text, 0, text.where});
    } else if (auto it = local.values.find(piece.text); it != local.values.end()) {
      out.push_back(it->second);
    } else {
      out.push_back(placeholder(piece.text, 0, text.where));
    }
  }
  fold_spaces(out);
  apply_case(out, text_case);
  return out;
}

void Composer::fold_spaces(std::vector<Segment>& segments) {
  // The template's text is folded when it is read; a value that is empty ({perubahan} of the plan of January) or
  // a value beside a space would leave two spaces together, or one at an end: "RENCANA KINERJA TAHUNAN (RKT) ".
  bool after_space = true;  // at the start, as after a space: a leading space goes
  for (Segment& s : segments) {
    if (after_space && !s.text.empty() && s.text.front() == ' ') s.text.erase(0, 1);
    if (!s.text.empty()) after_space = s.text.back() == ' ';
  }
  for (auto s = segments.rbegin(); s != segments.rend(); ++s) {
    if (s->text.empty()) continue;
    if (s->text.back() == ' ') s->text.pop_back();
    break;
  }
}

void Composer::apply_case(std::vector<Segment>& segments, TextCase text_case) {
  if (text_case != TextCase::upper) return;
  for (Segment& s : segments) s.text = to_upper(s.text);
}

std::string Composer::plain(const std::vector<Segment>& segments) {
  std::string out;
  for (const Segment& s : segments) out += s.text;
  return out;
}

text::FontFace Composer::face(const TemplateStyle& style, std::uint8_t flags) const {
  text::FontFace f;
  f.family = style.font < families_.size() ? families_[style.font] : 0;
  f.bold = style.bold || (flags & plan::style_bold) != 0;
  f.italic = style.italic || (flags & plan::style_italic) != 0;
  return f;
}

std::vector<Span> Composer::spans(const std::vector<Segment>& segments, const TemplateStyle& style) {
  std::vector<Span> out;
  for (const Segment& s : segments) {
    if (s.text.empty()) continue;
    text::FontFace f = face(style, s.flags);
    bool underline = style.underline || (s.flags & plan::style_underline) != 0;
    const std::string printable = text::printable_text(s.text, fonts_, f);
    if (printable.empty()) continue;
    check_glyphs(printable, f, s.where);
    // Neighbours merge when they look alike and come from the same file: a placeholder's value keeps the place of
    // its fact in the plan, where layout's reports about it (an overfull line) then point.
    const TextOrigin from = origin(s.where);
    if (!out.empty() && out.back().face == f && out.back().underline == underline && out.back().origin.file == from.file) {
      out.back().text += printable;
      continue;
    }
    Span span;
    span.text = printable;
    span.face = f;
    span.size = style.size;
    span.underline = underline;
    span.origin = from;
    out.push_back(std::move(span));
  }
  return out;
}

TextOrigin Composer::origin(const diag::SourceLocation& where) {
  if (where.file.empty()) return {};
  auto known = std::find(source_files_.begin(), source_files_.end(), where.file);
  if (known == source_files_.end()) known = source_files_.insert(source_files_.end(), where.file);
  return TextOrigin{static_cast<std::uint32_t>(known - source_files_.begin()) + 1, where.line, where.column};
}

std::string Composer::face_name(text::FontFace face) const {
  static constexpr const char* suffix[] = {"", " Bold", " Italic", " Bold Italic"};
  return fonts_.files(face.family).family + suffix[face.style_index()];
}

void Composer::check_glyphs(const std::string& text, text::FontFace face, const diag::SourceLocation& where) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(text.size());
  AsciiGlyphs& ascii = ascii_glyphs_[{face.family, face.style_index()}];
  std::int32_t i = 0;
  while (i < length) {
    UChar32 c = 0;
    bool right_to_left = false;
    if (bytes[i] < 0x80) {
      // ASCII, never right-to-left: whether the face has it is asked once.
      c = bytes[i++];
      if (c == '\n') continue;  // a forced line break, not drawn
      if (!ascii.asked[static_cast<std::size_t>(c)]) {
        ascii.asked.set(static_cast<std::size_t>(c));
        ascii.present.set(static_cast<std::size_t>(c), fonts_.has_glyph(face, static_cast<char32_t>(c)));
      }
      if (ascii.present[static_cast<std::size_t>(c)]) continue;
    } else {
      U8_NEXT(bytes, i, length, c);
      if (c < 0) c = 0xFFFD;
      const UCharDirection direction = u_charDirection(c);
      right_to_left = direction == U_RIGHT_TO_LEFT || direction == U_RIGHT_TO_LEFT_ARABIC;
      if (!right_to_left && fonts_.has_glyph(face, static_cast<char32_t>(c))) continue;
    }
    const auto code_point = static_cast<char32_t>(c);
    // Right-to-left script is reported once per place, whatever its letters; a missing glyph once per character.
    const char32_t key = right_to_left ? U'\U0010FFFF' : code_point;
    if (!reported_.emplace(where.file, where.line, where.column, key).second) continue;
    std::string character;
    icu::UnicodeString(c).toUTF8String(character);
    if (right_to_left) {
      // Lines are laid out left to right; Arabic or Hebrew would come out in the wrong order, so it is refused
      // rather than printed wrong.
      out_.error(where, "right-to-left",
                 text::tr("right-to-left script (U+{:04X} '{}' …), which naskah cannot set yet: it lays out "
                             "left-to-right text only; write it in Latin script",
                             static_cast<std::uint32_t>(c), character));
      continue;
    }
    out_.error(where, "missing-glyph",
               text::tr("{} has no glyph for U+{:04X} '{}'; write the character another way, or choose a "
                           "template whose font has it",
                           face_name(face), static_cast<std::uint32_t>(c), character));
  }
}

}  // namespace naskah::compose::detail
