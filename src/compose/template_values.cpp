#include "template_values.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "naskah/plan/placeholders.hpp"
#include "naskah/text/edit_distance.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::compose::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

plan::Parsed<LineHeight> parse_line_height(std::string_view text) {
  std::string_view s = plan::trim_spaces(text);
  std::string_view rest = s;
  std::optional<double> number = plan::read_plain_number(rest);
  if (number && plan::trim_spaces(rest).empty()) {
    if (*number <= 0 || *number > 10) {
      return plan::Parsed<LineHeight>::fail(text::tr("a factor of the font size is above 0 and at most 10, e.g. 1.5"));
    }
    return plan::Parsed<LineHeight>::ok(LineHeight{*number, true});
  }
  plan::Parsed<double> length = parse_length(s);
  if (!length) {
    return plan::Parsed<LineHeight>::fail(length.error + text::tr("; or a factor of the font size, e.g. 1.5"));
  }
  if (*length.value <= 0) return plan::Parsed<LineHeight>::fail(text::tr("a line height is more than 0"));
  return plan::Parsed<LineHeight>::ok(LineHeight{*length.value, false});
}

plan::Parsed<LineHeight> parse_line_spacing(std::string_view text) {
  std::string decimal(plan::trim_spaces(text));
  std::replace(decimal.begin(), decimal.end(), ',', '.');
  std::string_view rest = decimal;
  std::optional<double> number = plan::read_plain_number(rest);
  if (!number || !plan::trim_spaces(rest).empty() || *number <= 0 || *number > 10) {
    return plan::Parsed<LineHeight>::fail(
        text::tr("a multiple of the font's line height is above 0 and at most 10, e.g. 1.5 (\"1,5 spasi\")"));
  }
  return plan::Parsed<LineHeight>::ok(LineHeight{*number, false, true});
}

plan::Parsed<text::Color> parse_color(std::string_view text) {
  std::string_view s = plan::trim_spaces(text);
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  bool good = s.size() == 7 && s[0] == '#' && std::all_of(s.begin() + 1, s.end(), [&](char c) { return hex(c) >= 0; });
  if (!good) return plan::Parsed<text::Color>::fail(text::tr("a colour is written #RRGGBB in hexadecimal, e.g. #D9D9D9"));
  auto channel = [&](std::size_t at) { return static_cast<std::uint8_t>(hex(s[at]) * 16 + hex(s[at + 1])); };
  return plan::Parsed<text::Color>::ok(text::Color{channel(1), channel(3), channel(5)});
}

plan::Parsed<plan::NumberStyle> parse_number_style(std::string_view text) {
  using plan::NumberStyle;
  if (text == "1") return plan::Parsed<NumberStyle>::ok(NumberStyle::arabic);
  if (text == "a") return plan::Parsed<NumberStyle>::ok(NumberStyle::lower_alpha);
  if (text == "A") return plan::Parsed<NumberStyle>::ok(NumberStyle::upper_alpha);
  if (text == "i") return plan::Parsed<NumberStyle>::ok(NumberStyle::lower_roman);
  if (text == "I") return plan::Parsed<NumberStyle>::ok(NumberStyle::upper_roman);
  return plan::Parsed<NumberStyle>::fail(text::tr(
      "expected {}", text::tr("{list} or {last}", fmt::arg("list", R"("1", "a", "A", "i")"), fmt::arg("last", R"("I")"))));
}

std::vector<TemplateText::Piece> parse_template_text(std::string_view text, const std::vector<std::string_view>& local,
                                                     const std::vector<plan::ItemKind>& scope,
                                                     const TextProblem& problem) {
  std::vector<TemplateText::Piece> pieces;
  bool pending_space = false;
  auto literal = [&](char c) {
    if (pending_space && !pieces.empty()) {
      if (pieces.back().placeholder) pieces.push_back({"", false});
      pieces.back().text += ' ';
    }
    pending_space = false;
    if (pieces.empty() || pieces.back().placeholder) pieces.push_back({"", false});
    pieces.back().text += c;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (is_space(c)) {
      pending_space = true;
      ++i;
    } else if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
      literal(c);
      i += 2;
    } else if (c == '}') {
      problem(i, "placeholder-syntax", text::tr_text("a lone '}' in text; write '}}' for a literal brace"));
      ++i;
    } else if (c == '{') {
      std::size_t close = text.find('}', i + 1);
      std::string_view name = close == std::string_view::npos ? std::string_view{} : text.substr(i + 1, close - i - 1);
      bool word = !name.empty() && name.size() <= 40 &&
                  name.find_first_of(" \t\r\n{") == std::string_view::npos;
      if (!word) {
        problem(i, "placeholder-syntax", text::tr_text("a '{' that does not start a placeholder such as {tahun}; write '{{' for a literal brace"));
        ++i;
        continue;
      }
      if (std::find(local.begin(), local.end(), name) == local.end()) {
        if (auto why = plan::placeholder_problem(name, scope)) problem(i, "unknown-placeholder", std::move(*why));
      }
      if (pending_space && !pieces.empty()) {
        if (pieces.back().placeholder) pieces.push_back({"", false});
        pieces.back().text += ' ';
      }
      pending_space = false;
      pieces.push_back({std::string(name), true});
      i = close + 1;
    } else {
      literal(c);
      ++i;
    }
  }
  return pieces;
}

}  // namespace naskah::compose::detail
