#pragma once
// Internal to the PDF writer: what a PDF/A-3b's XMP says of the files it carries. PDF/A lets XMP hold only the
// standard schemas and those it describes itself (ISO 19005-1 §6.7.8, kept by parts 2 and 3): so the packet
// holds the description of naskah's own schema (pdfaExtension), as Factur-X/ZUGFeRD describe theirs, and then
// its properties — the embedded plan's name, the spreadsheet's, the template and its SHA-256.

#include <string>

#include "naskah/pdf/pdf_writer.hpp"

namespace naskah::pdf {

/// The namespace of naskah's properties.
inline constexpr const char* archive_xmp_namespace = "urn:naskah:archive:1#";

/// The rdf:Description elements to put in the packet's rdf:RDF: the schema's description and its values.
[[nodiscard]] std::string archive_xmp(const WriteOptions& options);

}  // namespace naskah::pdf
