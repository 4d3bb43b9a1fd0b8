#include "xml_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>
#include <set>
#include <vector>

#include "naskah/plan/kode.hpp"
#include "naskah/plan/whole_number.hpp"
#include "naskah/text/comparison_key.hpp"
#include "naskah/plan/parser.hpp"
#include "naskah/text/edit_distance.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::plan::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// "\"ya\" or \"tidak\"", "\"a\", \"b\" or \"c\"".
std::string quoted_list(std::initializer_list<std::string_view> words) {
  std::string head;
  std::string last;
  for (std::string_view w : words) {
    if (!last.empty()) head += (head.empty() ? "" : ", ") + last;
    last = fmt::format("\"{}\"", w);
  }
  if (head.empty()) return last;
  if (words.size() == 2) return text::tr("{} or {}", head, last);
  // TRANSLATORS: the end of a list of three or more: "\"1\", \"a\", \"A\", \"i\" or \"I\"".
  return text::tr("{list} or {last}", fmt::arg("list", head), fmt::arg("last", last));
}

pugi::xml_node first_element(pugi::xml_node node) {
  while (!node.empty() && node.type() != pugi::node_element) node = node.next_sibling();
  return node;
}

bool is_schema_instance_attribute(std::string_view name) {
  return name.substr(0, 6) == "xmlns:" || name.substr(0, 4) == "xsi:";
}

}  // namespace

// A loop, not a recursion: it is what keeps the readers' recursion bounded.
pugi::xml_node first_too_deep(pugi::xml_node root) {
  pugi::xml_node node = root;
  int depth = 1;
  while (true) {
    if (depth > max_element_depth) return node;
    if (pugi::xml_node child = first_element(node.first_child()); !child.empty()) {
      node = child;
      ++depth;
      continue;
    }
    // Up to the nearest ancestor (or the node itself) with a next element sibling.
    while (node != root && first_element(node.next_sibling()).empty()) {
      node = node.parent();
      --depth;
    }
    if (node == root) return {};
    node = first_element(node.next_sibling());
  }
}

Pos ParseContext::element_position(pugi::xml_node node) const {
  auto offset = std::min(static_cast<std::size_t>(node.offset_debug()), source_.size());
  // pugixml points at the name (of a DOCTYPE: past "<!DOCTYPE "); the construct starts at its '<'.
  std::size_t start = offset;
  while (start > 0 && offset - start < 16 && source_[start] != '<') --start;
  return map_.position(source_[start] == '<' ? start : offset);
}

std::optional<std::size_t> ParseContext::attribute_offset(pugi::xml_node node, std::string_view name) const {
  return attribute_offset_after(node, name, 0);
}

namespace {

/// Calls visit(name, offset of the name) for each attribute of the start tag at `tag` (the element's name), in
/// order, until visit returns true.
template <class Visit>
void scan_attributes(std::string_view source, std::size_t tag, Visit visit) {
  std::size_t i = tag;
  const std::size_t end = source.size();
  while (i < end && !is_space(source[i]) && source[i] != '>' && source[i] != '/') ++i;  // the element name
  while (i < end) {
    while (i < end && is_space(source[i])) ++i;
    if (i >= end || source[i] == '>' || source[i] == '/') return;
    std::size_t name_start = i;
    while (i < end && !is_space(source[i]) && source[i] != '=') ++i;
    std::string_view found = source.substr(name_start, i - name_start);
    while (i < end && source[i] != '"' && source[i] != '\'') ++i;
    if (i >= end) return;
    const char quote = source[i++];
    i = std::min(source.find(quote, i), end);  // values are most of a start tag: memchr, not a byte at a time
    ++i;
    if (visit(found, name_start)) return;
  }
}

}  // namespace

std::optional<std::size_t> ParseContext::attribute_offset_after(pugi::xml_node node, std::string_view name,
                                                                std::size_t from) const {
  std::optional<std::size_t> result;
  scan_attributes(source_, static_cast<std::size_t>(node.offset_debug()), [&](std::string_view found, std::size_t at) {
    if (found == name && at >= from) result = at;
    return result.has_value();
  });
  return result;
}

std::vector<std::size_t> ParseContext::attribute_offsets(pugi::xml_node node) const {
  std::vector<std::size_t> offsets;
  scan_attributes(source_, static_cast<std::size_t>(node.offset_debug()), [&](std::string_view, std::size_t at) {
    offsets.push_back(at);
    return false;
  });
  return offsets;
}

Pos ParseContext::attribute_position(pugi::xml_node node, std::string_view name) const {
  auto offset = attribute_offset(node, name);
  return offset ? map_.position(*offset) : element_position(node);
}

std::size_t ParseContext::attribute_value_offset(pugi::xml_node node, std::string_view name) const {
  auto offset = attribute_offset(node, name);
  if (!offset) return static_cast<std::size_t>(node.offset_debug());
  std::size_t i = *offset;
  while (i < source_.size() && source_[i] != '"' && source_[i] != '\'') ++i;
  return i + 1;
}

Pos ParseContext::text_position(std::size_t raw_start, std::string_view decoded, std::size_t index) const {
  char wanted = index < decoded.size() ? decoded[index] : '\0';
  if (wanted == '{' || wanted == '}') {
    // Entity references cannot produce braces (short of &#123;), so the n-th brace of the decoded text is the
    // n-th brace of the raw text. The reader asks from left to right through a text: the cursor carries on from
    // the last answer, so that a text of many braces costs one pass, not one per brace.
    BraceCursor& c = brace_cursor_;
    if (c.raw_start != raw_start || c.decoded != decoded.data() || c.brace != wanted || index < c.decoded_pos) {
      c = BraceCursor{raw_start, decoded.data(), wanted, 0, 0, raw_start, 0};
    }
    for (; c.decoded_pos < index; ++c.decoded_pos) {
      if (decoded[c.decoded_pos] == wanted) ++c.ordinal;
    }
    for (; c.raw_pos < source_.size(); ++c.raw_pos) {
      if (source_[c.raw_pos] != wanted) continue;
      if (c.raw_count == c.ordinal) return map_.position(c.raw_pos);
      ++c.raw_count;
    }
  }
  return map_.position(raw_start + index);
}

pugi::xml_node ParseContext::checked_root(const pugi::xml_document& document, std::string_view root_name,
                                          std::string_view expected_namespace, std::string_view kind) {
  for (pugi::xml_node node : document.children()) {
    if (node.type() == pugi::node_doctype) {
      error(element_position(node), "xml-doctype",
            text::tr("a {} may not have a DOCTYPE: naskah does not read DTDs or expand their entities", kind));
    }
  }
  pugi::xml_node root = document.document_element();
  if (pugi::xml_node deep = root.empty() ? pugi::xml_node() : first_too_deep(root); !deep.empty()) {
    error(element_position(deep), "limit",
          text::tr("elements nested more than {} deep: naskah reads at most {} levels, and a {} needs about 10",
                   max_element_depth, max_element_depth, kind));
    return {};
  }
  if (root.empty()) {
    error(position(0), "missing-element", text::tr("the file holds no <{}> element", root_name));
    return {};
  }
  if (std::string_view(root.name()) != root_name) {
    error(element_position(root), "unknown-element",
          text::tr("the root element is <{}>; a {}'s root is <{}>", root.name(), kind, root_name));
    return {};
  }
  pugi::xml_attribute xmlns = root.attribute("xmlns");
  if (xmlns.empty()) {
    error(element_position(root), "namespace",
          text::tr("<{}> needs xmlns=\"{}\", which names the format version", root_name, expected_namespace));
  } else if (std::string_view(xmlns.value()) != expected_namespace) {
    error(attribute_position(root, "xmlns"), "namespace",
          text::tr("the {} is in the format \"{}\"; this naskah reads \"{}\"", kind, xmlns.value(), expected_namespace));
  }
  return root;
}

void ParseContext::error(Pos pos, std::string_view rule, std::string message) {
  diagnostics_.error({file_, pos.line, pos.column}, std::string(rule), std::move(message));
}

void ParseContext::warning(Pos pos, std::string_view rule, std::string message) {
  diagnostics_.warning({file_, pos.line, pos.column}, std::string(rule), std::move(message));
}

ElementReader::ElementReader(ParseContext& context, pugi::xml_node node, std::initializer_list<std::string_view> allowed)
    : context_(context), node_(node) {
  std::vector<std::string_view> names(allowed);
  // Where each attribute is written, only for a problem to point at: pugixml keeps the attributes in the order
  // written, repeated ones too, so the n-th is the n-th of the start tag, whose offsets are found in one scan (an
  // element of 100,000 attributes would otherwise be scanned 100,000 times).
  std::optional<std::vector<std::size_t>> offsets;
  auto position_of = [&](std::size_t index) {
    if (!offsets) offsets = context_.attribute_offsets(node);
    return index < offsets->size() ? context_.position((*offsets)[index]) : pos();
  };
  // A name seen before: looked up among those before it while they are few (no allocation), in a set past that.
  constexpr std::size_t few = 16;
  std::array<std::string_view, few> before{};  // the first names, in order (a repeated one left empty)
  std::set<std::string_view> seen;
  std::size_t index = 0;
  for (pugi::xml_attribute attribute : node.attributes()) {
    std::string_view name = attribute.name();
    const std::size_t at = index++;
    bool repeated = false;
    if (at < few) {
      const auto end = before.begin() + static_cast<std::ptrdiff_t>(at);
      repeated = std::find(before.begin(), end, name) != end;
      if (!repeated) before[at] = name;
    } else {
      if (seen.empty()) seen.insert(before.begin(), before.end());
      repeated = !seen.insert(name).second;
    }
    if (repeated) {
      // XML forbids it; pugixml accepts it and keeps the first. Point at the second one.
      context_.error(position_of(at), "xml-syntax", text::tr("{} has the attribute \"{}\" twice", tag(), name));
      continue;
    }
    if (std::find(names.begin(), names.end(), name) != names.end() || is_schema_instance_attribute(name)) continue;
    if (name == "xmlns" && node == node.root().find_child([](pugi::xml_node n) { return n.type() == pugi::node_element; })) continue;
    std::string message = text::tr("unknown attribute \"{}\" on {}", name, tag());
    if (auto near = text::closest_match(name, names)) {
      message += text::tr("; did you mean \"{}\"?", *near);
      misspelt_.push_back(*near);  // so that a required one is not also reported missing
    }
    context_.error(position_of(at), "unknown-attribute", std::move(message));
  }
}

bool ElementReader::has(std::string_view name) const {
  return !node_.attribute(std::string(name).c_str()).empty();
}

bool ElementReader::blank(std::string_view name) const {
  pugi::xml_attribute found = node_.attribute(std::string(name).c_str());
  std::string_view value = found.value();
  return !found.empty() && std::all_of(value.begin(), value.end(), is_space);
}

std::optional<At<std::string>> ElementReader::raw(std::string_view attribute, bool required) {
  pugi::xml_attribute found = node_.attribute(std::string(attribute).c_str());
  if (found.empty()) {
    bool misspelt = std::find(misspelt_.begin(), misspelt_.end(), attribute) != misspelt_.end();
    if (required && !misspelt) {
      context_.error(pos(), "missing-attribute", text::tr("{} needs the attribute \"{}\"", tag(), attribute));
    }
    return std::nullopt;
  }
  return At<std::string>{found.value(), context_.attribute_position(node_, attribute)};
}

void ElementReader::report_bad_value(std::string_view attribute, std::string_view rule, const std::string& why) {
  std::string value = node_.attribute(std::string(attribute).c_str()).value();
  context_.error(context_.attribute_position(node_, attribute), rule,
                 text::tr("{}=\"{}\" on {}: {}", attribute, value, tag(), why));
}

std::optional<At<std::string>> ElementReader::name(std::string_view attribute) {
  auto value = raw(attribute, true);
  if (!value) return std::nullopt;
  value->value = text::fold_white_space(value->value);
  if (value->value.empty()) {
    context_.error(value->pos, "empty-name", text::tr("{} has an empty \"{}\"", tag(), attribute));
    return std::nullopt;
  }
  return value;
}

std::optional<At<std::string>> ElementReader::optional_name(std::string_view attribute) {
  if (!has(attribute)) return std::nullopt;
  return name(attribute);
}

std::optional<At<std::string>> ElementReader::optional_text(std::string_view attribute) {
  auto value = raw(attribute, false);
  if (value) value->value = text::fold_white_space(value->value);
  return value;
}

std::optional<At<Rupiah>> ElementReader::amount(std::string_view attribute, bool required) {
  auto value = raw(attribute, required);
  if (!value) return std::nullopt;
  Parsed<Rupiah> parsed = parse_rupiah(value->value);
  if (!parsed) {
    report_bad_value(attribute, "bad-amount", parsed.error);
    return std::nullopt;
  }
  return At<Rupiah>{*parsed.value, value->pos};
}

std::optional<At<Measure>> ElementReader::measure(std::string_view attribute, bool required) {
  auto value = raw(attribute, required);
  if (!value) return std::nullopt;
  Parsed<Measure> parsed = parse_measure(value->value);
  if (!parsed) {
    report_bad_value(attribute, "bad-value", parsed.error);
    return std::nullopt;
  }
  return At<Measure>{std::move(*parsed.value), value->pos};
}

std::optional<At<int>> ElementReader::whole_number(std::string_view attribute, bool required, int minimum, int maximum) {
  auto value = raw(attribute, required);
  if (!value) return std::nullopt;
  Parsed<int> parsed = parse_whole_number(value->value, minimum, maximum);
  if (!parsed) {
    report_bad_value(attribute, "bad-number", parsed.error);
    return std::nullopt;
  }
  return At<int>{*parsed.value, value->pos};
}

std::optional<At<CalendarDate>> ElementReader::date(std::string_view attribute) {
  auto value = raw(attribute, true);
  if (!value) return std::nullopt;
  Parsed<CalendarDate> parsed = parse_iso_date(value->value);
  if (!parsed) {
    report_bad_value(attribute, "bad-date", parsed.error);
    return std::nullopt;
  }
  return At<CalendarDate>{*parsed.value, value->pos};
}

std::optional<At<Nip>> ElementReader::nip(std::string_view attribute) {
  auto value = raw(attribute, true);
  if (!value) return std::nullopt;
  Parsed<Nip> parsed = parse_nip(value->value);
  if (!parsed) {
    report_bad_value(attribute, "bad-nip", parsed.error);
    return std::nullopt;
  }
  return At<Nip>{*parsed.value, value->pos};
}

std::optional<At<std::string>> ElementReader::choice(std::string_view attribute,
                                                     std::initializer_list<std::string_view> words) {
  auto value = raw(attribute, false);
  if (!value) return std::nullopt;
  if (std::find(words.begin(), words.end(), value->value) == words.end()) {
    report_bad_value(attribute, "bad-value", text::tr("expected {}", quoted_list(words)));
    return std::nullopt;
  }
  return value;
}

std::optional<At<std::string>> ElementReader::code(std::string_view attribute) {
  auto value = raw(attribute, false);
  if (!value) return std::nullopt;
  Parsed<std::string> parsed = parse_kode(value->value);
  if (!parsed) {
    report_bad_value(attribute, "bad-value", parsed.error);
    return std::nullopt;
  }
  return value;
}

std::string ElementReader::unexpected_text_message(const std::vector<std::string_view>& allowed) const {
  if (std::find(allowed.begin(), allowed.end(), "p") != allowed.end()) {
    return text::tr("text is not allowed directly in {}; put it in a <p>", tag());
  }
  if (std::string_view(node_.name()) == "indikator") {
    return text::tr("<indikator> holds no text: write its name and target as attributes, nama=\"…\" target=\"…\"");
  }
  if (allowed.empty()) return text::tr("{} holds no text; everything it says goes in its attributes", tag());
  std::string list;
  for (std::string_view n : allowed) list += (list.empty() ? "<" : ", <") + std::string(n) + ">";
  return text::tr("{} holds no text, only {}", tag(), list);
}

std::vector<pugi::xml_node> ElementReader::children(std::initializer_list<std::string_view> allowed) {
  std::vector<std::string_view> names(allowed);
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node child : node_.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      std::string_view text = child.value();
      auto first = std::find_if(text.begin(), text.end(), [](char c) { return !is_space(c); });
      if (first != text.end()) {
        std::size_t at = static_cast<std::size_t>(child.offset_debug()) + static_cast<std::size_t>(first - text.begin());
        context_.error(context_.position(at), "unexpected-text", unexpected_text_message(names));
      }
      continue;
    }
    if (child.type() != pugi::node_element) continue;
    std::string_view name = child.name();
    if (std::find(names.begin(), names.end(), name) != names.end()) {
      out.push_back(child);
      continue;
    }
    std::string message = text::tr("unknown element <{}> in {}", name, tag());
    if (auto near = text::closest_match(name, names)) {
      message += text::tr("; did you mean <{}>?", *near);
    } else if (!names.empty()) {
      std::string list;
      for (std::string_view n : names) list += (list.empty() ? "<" : ", <") + std::string(n) + ">";
      message += text::tr("; expected {}", list);
    }
    context_.error(context_.element_position(child), "unknown-element", std::move(message));
  }
  return out;
}

void check_order(ParseContext& context, const ElementReader& parent, const std::vector<pugi::xml_node>& children,
                 std::initializer_list<std::initializer_list<std::string_view>> groups) {
  auto rank_of = [&](std::string_view name) {
    int rank = 0;
    for (auto group : groups) {
      if (std::find(group.begin(), group.end(), name) != group.end()) return rank;
      ++rank;
    }
    return rank;
  };
  int highest = -1;
  std::string highest_name;
  for (pugi::xml_node child : children) {
    int rank = rank_of(child.name());
    if (rank < highest) {
      context.error(context.element_position(child), "element-order",
                    text::tr("<{}> must come before <{}> in {}", child.name(), highest_name, parent.tag()));
      return;
    }
    if (rank > highest) {
      highest = rank;
      highest_name = child.name();
    }
  }
}

}  // namespace naskah::plan::detail
