#include "naskah/plan/inline_text.hpp"

#include <fmt/format.h>

#include <vector>

#include "naskah/plan/placeholders.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::plan {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

constexpr std::size_t max_placeholder_length = 40;

/// What ends a word of plain text: white space (folded) and the braces of placeholders.
bool ends_word(char c) { return is_space(c) || c == '{' || c == '}'; }

}  // namespace

void InlineBuilder::flush_space(std::uint8_t style) {
  if (!pending_space_) return;
  pending_space_ = false;
  if (content_.empty() || std::holds_alternative<LineBreak>(content_.back())) return;  // no space at a line start
  // The space belongs to what precedes it, so that "word <u>next</u>" does not underline the space.
  if (auto* run = std::get_if<InlineRun>(&content_.back())) {
    run->text += ' ';
  } else {
    content_.push_back(InlineRun{" ", style});
  }
}

void InlineBuilder::append_visible(std::string_view visible, std::uint8_t style) {
  flush_space(style);
  InlineRun* run = content_.empty() ? nullptr : std::get_if<InlineRun>(&content_.back());
  if (run == nullptr || run->style != style) {
    content_.push_back(InlineRun{"", style});
    run = &std::get<InlineRun>(content_.back());
  }
  run->text += visible;
}

void InlineBuilder::add_text(std::string_view text, std::uint8_t style, const Locator& locate) {
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c == '{' && i + 1 < text.size() && text[i + 1] == '{') {
      append_visible("{", style);
      i += 2;
    } else if (c == '}' && i + 1 < text.size() && text[i + 1] == '}') {
      append_visible("}", style);
      i += 2;
    } else if (c == '}') {
      problems_(locate(i), "placeholder-syntax", text::tr_text("a lone '}' in text; write '}}' for a literal brace"));
      ++i;
    } else if (c == '{') {
      // A placeholder is a short word in braces; anything else with a '{' is a lone brace.
      std::size_t close = i + 1;
      while (close < text.size() && close - i <= max_placeholder_length && text[close] != '}' &&
             !is_space(text[close]) && text[close] != '{') {
        ++close;
      }
      if (close >= text.size() || text[close] != '}' || close == i + 1) {
        problems_(locate(i), "placeholder-syntax",
                  text::tr_text("a '{' that does not start a placeholder such as {tahun}; write '{{' for a literal brace"));
        ++i;
        continue;
      }
      std::string name(text.substr(i + 1, close - i - 1));
      Pos pos = locate(i);
      if (auto problem = placeholder_problem(name, scope_)) problems_(pos, "unknown-placeholder", std::move(*problem));
      flush_space(style);
      content_.push_back(Placeholder{std::move(name), style, pos});
      i = close + 1;
    } else if (is_space(c)) {
      pending_space_ = true;
      ++i;
    } else {
      // A word at a time (up to a space or brace), not a character at a time: a plan's text is most of its bytes.
      std::size_t end = i + 1;
      while (end < text.size() && !ends_word(text[end])) ++end;
      append_visible(text.substr(i, end - i), style);
      i = end;
    }
  }
}

void InlineBuilder::add_line_break() {
  pending_space_ = false;
  content_.emplace_back(std::in_place_type<LineBreak>);
}

InlineText InlineBuilder::finish() {
  pending_space_ = false;
  InlineText out = std::move(content_);
  content_.clear();
  return out;
}

InlineText parse_inline_attribute(std::string_view text, const InlineBuilder::Locator& locate,
                                  const InlineBuilder::ProblemSink& problems, std::vector<ItemKind> scope) {
  InlineBuilder builder(problems, std::move(scope));
  builder.add_text(text, 0, locate);
  return builder.finish();
}

std::string to_display_string(const InlineText& text) {
  std::string out;
  for (const Inline& item : text) {
    if (const auto* run = std::get_if<InlineRun>(&item)) {
      out += run->text;
    } else if (const auto* placeholder = std::get_if<Placeholder>(&item)) {
      out += "{" + placeholder->name + "}";
    } else {
      out += "\n";
    }
  }
  return out;
}

}  // namespace naskah::plan
