#pragma once
/// Text as it may stand in XML: in content or a quoted attribute value, & < > " ' written as entities; in a
/// comment, without "--".

#include <string>
#include <string_view>

namespace naskah::text {

std::string xml_escaped(std::string_view text);

/// Text as it may stand inside an XML comment, which may hold no "--" and not end with '-': "a--b" is "a- -b".
std::string xml_comment_safe(std::string text);

}  // namespace naskah::text
