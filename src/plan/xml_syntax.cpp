#include "xml_syntax.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "naskah/plan/source_map.hpp"
#include "naskah/text/translate.hpp"

namespace naskah::plan::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == ':' || c == '.' ||
         static_cast<unsigned char>(c) >= 0x80;
}

struct OpenTag {
  std::string name;
  std::size_t offset;
};

/// Skips from `i` (at '<') past the construct that starts there when it is not an element tag: comments,
/// CDATA, processing instructions, DOCTYPE. Returns the offset after it, or npos when i is at an element tag.
std::size_t skip_markup(std::string_view s, std::size_t i) {
  if (i + 1 < s.size() && s[i + 1] != '!' && s[i + 1] != '?') return std::string_view::npos;  // most tags
  auto after = [&](std::string_view end) {
    std::size_t at = s.find(end, i);
    return at == std::string_view::npos ? s.size() : at + end.size();
  };
  if (s.compare(i, 4, "<!--") == 0) return after("-->");
  if (s.compare(i, 9, "<![CDATA[") == 0) return after("]]>");
  if (s.compare(i, 2, "<?") == 0) return after("?>");
  if (s.compare(i, 2, "<!") == 0) {
    // A DOCTYPE may hold an internal subset in brackets.
    std::size_t j = i + 2;
    int depth = 0;
    for (; j < s.size(); ++j) {
      if (s[j] == '[') ++depth;
      if (s[j] == ']') --depth;
      if (s[j] == '>' && depth <= 0) return j + 1;
    }
    return s.size();
  }
  return std::string_view::npos;
}

/// Walks the tags to find the first one closed in the wrong order.
std::optional<SyntaxProblem> find_mismatch(std::string_view s) {
  SourceMap map(s);
  std::vector<OpenTag> open;
  std::size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (std::size_t next = skip_markup(s, i); next != std::string_view::npos) {
      i = next;
      continue;
    }
    bool closing = i + 1 < s.size() && s[i + 1] == '/';
    std::size_t name_start = i + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < s.size() && is_name_char(s[name_end])) ++name_end;
    std::string name(s.substr(name_start, name_end - name_start));
    // The end of the tag, stepping over quoted attribute values.
    std::size_t j = name_end;
    char quote = 0;
    for (; j < s.size(); ++j) {
      if (quote != 0) {
        if (s[j] == quote) quote = 0;
      } else if (s[j] == '"' || s[j] == '\'') {
        quote = s[j];
      } else if (s[j] == '>') {
        break;
      }
    }
    bool self_closing = j > 0 && j < s.size() && s[j - 1] == '/';
    if (closing) {
      if (open.empty()) return SyntaxProblem{i, text::tr("</{}> closes an element that was never opened", name)};
      if (open.back().name != name) {
        return SyntaxProblem{i, text::tr("</{}> closes <{}>, which is still open since line {}; close <{}> first",
                                            name, open.back().name, map.position(open.back().offset).line,
                                            open.back().name)};
      }
      open.pop_back();
    } else if (!self_closing) {
      open.push_back({name, i});
    }
    i = j;
  }
  if (!open.empty()) {
    return SyntaxProblem{s.size(), text::tr("the file ends while <{}> (opened at line {}) is not closed",
                                               open.back().name, map.position(open.back().offset).line)};
  }
  return std::nullopt;
}

}  // namespace

SyntaxProblem explain_parse_failure(std::string_view source, const pugi::xml_parse_result& result) {
  auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, result.offset));
  switch (result.status) {
    case pugi::status_end_element_mismatch:
      if (auto mismatch = find_mismatch(source)) return *mismatch;
      break;
    case pugi::status_no_document_element:
      return {0, text::tr("the file holds no XML element (is it empty?)")};
    case pugi::status_bad_attribute:
      return {offset, text::tr("a malformed attribute: write name=\"value\", the value in double quotes")};
    case pugi::status_bad_start_element:
      return {offset, text::tr("a malformed start tag: an element is written <name attribute=\"value\" …>")};
    case pugi::status_bad_end_element:
      return {offset, text::tr("a malformed end tag: an element is closed with </name>")};
    case pugi::status_bad_comment:
      return {offset, text::tr("a malformed comment: comments are written <!-- … --> and may not contain --")};
    default:
      break;
  }
  return {offset, text::tr("the XML is malformed: {}", result.description())};
}

std::vector<SyntaxProblem> find_lax_syntax(std::string_view s) {
  std::vector<SyntaxProblem> problems;
  std::size_t i = 0;
  // Text has nothing to look at but markup and references: the next '<' and '&' are found by memchr, each
  // looked for again only once passed.
  std::size_t next_markup = 0, next_reference = 0;
  while (i < s.size()) {
    if (next_markup < i) next_markup = s.find('<', i);
    if (next_reference < i) next_reference = s.find('&', i);
    i = std::min(next_markup, next_reference);
    if (i == std::string_view::npos) break;
    if (s[i] == '<' && i + 1 < s.size() && s[i + 1] == '!' && s.compare(i, 4, "<!--") == 0) {
      // "--" may not stand inside a comment (nor "-" just before its end): pugixml takes it, xmllint and every
      // strict reader refuse the file.
      std::size_t end = s.find("-->", i + 4);
      std::size_t body_end = end == std::string_view::npos ? s.size() : end;
      std::size_t dashes = s.substr(0, body_end).find("--", i + 4);
      if (dashes == std::string_view::npos && end != std::string_view::npos && end > i + 4 && s[end - 1] == '-') {
        dashes = end - 1;
      }
      if (dashes != std::string_view::npos) {
        problems.push_back({dashes, text::tr("\"--\" inside a comment: XML does not allow two hyphens in a row there; write "
                                    "them apart or as a dash (—)")});
      }
    }
    if (s[i] == '<') {
      if (std::size_t next = skip_markup(s, i); next != std::string_view::npos) {
        i = next;
        continue;
      }
    }
    if (s[i] != '&') {
      ++i;
      continue;
    }
    std::size_t semicolon = s.find(';', i);
    std::string_view reference =
        semicolon == std::string_view::npos || semicolon - i > 12 ? std::string_view{} : s.substr(i + 1, semicolon - i - 1);
    bool character_reference =
        reference.size() > 1 && reference[0] == '#' &&
        (reference[1] == 'x' ? reference.size() > 2 && std::all_of(reference.begin() + 2, reference.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; })
                             : std::all_of(reference.begin() + 1, reference.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }));
    bool predefined = reference == "amp" || reference == "lt" || reference == "gt" || reference == "quot" || reference == "apos";
    if (!character_reference && !predefined) {
      bool looks_like_entity = !reference.empty() && std::all_of(reference.begin(), reference.end(), is_name_char) &&
                               std::none_of(reference.begin(), reference.end(), is_space);
      problems.push_back(
          {i, looks_like_entity
                  ? text::tr("&{}; is not an XML entity; write the character itself (XML knows only &amp; &lt; &gt; &quot; &apos;)", reference)
                  : text::tr("a bare '&': write &amp; for an ampersand")});
    }
    ++i;
  }
  return problems;
}

}  // namespace naskah::plan::detail
