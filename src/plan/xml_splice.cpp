#include "xml_splice.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

namespace naskah::plan::detail {

std::size_t element_start(pugi::xml_node node) {
  // pugixml's offset is that of the element's name, right after the '<'.
  return static_cast<std::size_t>(node.offset_debug()) - 1;
}

std::size_t element_end(std::string_view s, std::size_t start) {
  auto past = [&](std::size_t from, std::string_view token) {
    std::size_t at = s.find(token, from);
    return at == std::string_view::npos ? s.size() : at + token.size();
  };
  int depth = 0;
  std::size_t i = start;
  while (i < s.size()) {
    if (s[i] != '<') {
      ++i;
    } else if (s.compare(i, 4, "<!--") == 0) {
      i = past(i + 4, "-->");
    } else if (s.compare(i, 9, "<![CDATA[") == 0) {
      i = past(i + 9, "]]>");
    } else if (s.compare(i, 2, "<?") == 0) {
      i = past(i + 2, "?>");
    } else if (s.compare(i, 2, "</") == 0) {
      i = past(i, ">");
      if (--depth == 0) return i;
    } else {
      char quote = 0;
      for (++i; i < s.size() && (quote != 0 || s[i] != '>'); ++i) {
        if (quote != 0) {
          if (s[i] == quote) quote = 0;
        } else if (s[i] == '"' || s[i] == '\'') {
          quote = s[i];
        }
      }
      bool empty = i < s.size() && s[i - 1] == '/';
      ++i;
      if (!empty) {
        ++depth;
      } else if (depth == 0) {
        return i;
      }
    }
  }
  return s.size();
}

TextEdit attribute_value(const ParseContext& context, pugi::xml_node node, std::string_view name) {
  std::string_view s = context.source();
  std::size_t begin = context.attribute_value_offset(node, name);
  std::size_t end = s.find(s[begin - 1], begin);
  if (end == std::string_view::npos) throw std::logic_error(fmt::format("the value of {} is not closed", name));
  return TextEdit{begin, end, {}};
}

TextEdit whole_attribute(const ParseContext& context, pugi::xml_node node, std::string_view name) {
  std::string_view s = context.source();
  const std::optional<std::size_t> at = context.attribute_offset(node, name);
  if (!at) throw std::logic_error(fmt::format("there is no {} to remove", name));
  std::size_t begin = *at;
  while (begin > 0 && (s[begin - 1] == ' ' || s[begin - 1] == '\t' || s[begin - 1] == '\n' || s[begin - 1] == '\r')) {
    --begin;
  }
  return TextEdit{begin, attribute_value(context, node, name).end + 1, {}};
}

std::optional<std::string> indent_before(std::string_view s, std::size_t offset) {
  std::size_t line_start = s.rfind('\n', offset == 0 ? 0 : offset - 1);
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  std::string_view before = s.substr(line_start, offset - line_start);
  if (!std::all_of(before.begin(), before.end(), [](char c) { return c == ' ' || c == '\t'; })) return std::nullopt;
  return std::string(before);
}

XmlLayout layout_at(std::string_view source, pugi::xml_node node) {
  XmlLayout layout;
  layout.newline = source.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  std::optional<std::string> indent = indent_before(source, element_start(node));
  layout.own_line = indent.has_value();
  layout.indent = indent.value_or("");
  // The step: how much deeper the first child element stands; without one, how much deeper the node stands than
  // its parent.
  auto step_between = [&](pugi::xml_node outer, pugi::xml_node inner) -> std::optional<std::string> {
    std::optional<std::string> outer_indent = indent_before(source, element_start(outer));
    std::optional<std::string> inner_indent = indent_before(source, element_start(inner));
    if (outer_indent && inner_indent && inner_indent->size() > outer_indent->size() &&
        inner_indent->rfind(*outer_indent, 0) == 0) {
      return inner_indent->substr(outer_indent->size());
    }
    return std::nullopt;
  };
  pugi::xml_node first = node.find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; });
  std::optional<std::string> step;
  if (first) {
    step = step_between(node, first);
  } else if (node.parent().type() == pugi::node_element) {
    step = step_between(node.parent(), node);
  }
  if (step) layout.step = *step;
  return layout;
}

std::string apply_edits(std::string_view source, const std::vector<TextEdit>& edits) {
  std::string out;
  std::size_t copied = 0;
  for (const TextEdit& edit : edits) {
    out.append(source.substr(copied, edit.begin - copied));
    out += edit.replacement;
    copied = edit.end;
  }
  out.append(source.substr(copied));
  return out;
}

}  // namespace naskah::plan::detail
