#pragma once
// Internal to the PDF writer: the associated files of a PDF/A-3 (ISO 19005-3 §6.8, ISO 32000-2 §14.13).
//
// libharu 2.3.0's HPDF_AttachFile is not used: it reads the file again from its path when the document is saved
// (not the bytes that were parsed and checked, which a planner may have changed in between), names it by that
// path in the name tree and in /F, writes /Type /F instead of /Filespec and none of /Subtype, /Params, /UF or
// /AFRelationship. The objects are made here with libharu's dictionary functions instead:
//
//   catalog /AF [ filespec … ]  and  /Names << /EmbeddedFiles << /Names [ (name) filespec … ] >> >>
//   filespec << /Type /Filespec /F (name) /UF (name) /Desc (…) /AFRelationship /Source|/Data /EF << /F stream /UF stream >> >>
//   stream   << /Type /EmbeddedFile /Subtype /application#2Fxml /Params << /Size n /ModDate (D:…) /CheckSum <md5> >> >>
//
// The modification date is the document's date (the plan's), never the file's time: the same plan gives the
// same bytes wherever it was copied, and the extracted plan builds the same PDF again.

#include <string>
#include <vector>

#include "haru_document.hpp"
#include "naskah/layout/page.hpp"
#include "naskah/pdf/embedded_file.hpp"

namespace naskah::pdf {

/// Embeds the files in the document, in the catalog's /AF and /EmbeddedFiles. Throws PdfError, also when two
/// files have the same name.
void embed_files(HaruDocument& haru, const std::vector<EmbeddedFile>& files, const layout::Metadata& meta);

/// Names the template in the document information (/NaskahTemplate, /NaskahTemplateSHA256; nothing for an empty
/// name). PDF/A lets the information dictionary hold keys of its own beside those the XMP repeats.
void name_template(HaruDocument& haru, const std::string& name, const std::string& sha256);

}  // namespace naskah::pdf
