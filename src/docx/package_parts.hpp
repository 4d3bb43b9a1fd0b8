#pragma once
// Internal to the DOCX writer: the parts every package has besides the text — the content types, the package's
// relationships, its properties (title, author, dates: the document's, never the clock), Word's settings.

#include <string>
#include <vector>

#include "naskah/layout/page.hpp"

namespace naskah::docx::detail {

/// [Content_Types].xml: the XML parts named (`overrides`: part name and content type), pictures by extension.
std::string content_types_part(const std::vector<std::pair<std::string, std::string>>& overrides, bool png, bool jpeg);

/// _rels/.rels: the document, and its core and extended properties.
std::string package_relationships_part();

/// docProps/core.xml: title, subject, author, keywords, and the document's date as created and modified.
std::string core_properties_part(const layout::Metadata& metadata);

/// docProps/app.xml: the program that wrote it.
std::string app_properties_part(const layout::Metadata& metadata);

/// word/settings.xml: Word's present layout, Indonesian, no fields updated behind the reader's back.
std::string settings_part();

}  // namespace naskah::docx::detail
