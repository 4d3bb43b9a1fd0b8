#pragma once
/// Text as it may stand in XML content or a quoted attribute value: & < > " ' written as entities.

#include <string>
#include <string_view>

namespace naskah::text {

std::string xml_escaped(std::string_view text);

}  // namespace naskah::text
