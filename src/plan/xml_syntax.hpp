#pragma once
// Internal to the parser: what pugixml does not say well or does not check. Malformed XML is explained in a
// planner's words at the right place ("</program> closes <kegiatan>, opened at line 11"), and what pugixml lets
// through (a bare '&', an HTML entity such as &nbsp;, "--" in a comment) is found, as every other XML reader and
// the schema validator would refuse it.

#include <pugixml.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace naskah::plan::detail {

struct SyntaxProblem {
  std::size_t offset = 0;  ///< byte offset in the source
  std::string message;
};

/// Explains a failed pugixml parse of source.
SyntaxProblem explain_parse_failure(std::string_view source, const pugi::xml_parse_result& result);

/// What pugixml lets through and strict XML readers refuse: every '&' in text or attribute values that does not
/// start &amp; &lt; &gt; &quot; &apos; or a character reference (comments and CDATA sections are skipped), and
/// "--" inside a comment.
std::vector<SyntaxProblem> find_lax_syntax(std::string_view source);

}  // namespace naskah::plan::detail
