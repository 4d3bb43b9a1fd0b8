#pragma once
// Internal to the PDF writer: what makes a document PDF/A-1b (ISO 19005-1, level B) or PDF/A-3b (ISO 19005-3,
// level B: the same, on PDF 1.7, with the files it was made from inside, embedded_files.hpp), for archives that
// must be readable for decades. libharu 2.3.0's own PDF/A support is not used: it takes the clock for the file ID (so the
// same plan would not give the same bytes), writes information strings into the XMP unescaped and misspells the
// output intent's DestOutputProfile key. Instead:
//
// - an XMP metadata stream (uncompressed, as PDF/A-1 requires) with the same title, author, subject, keywords,
//   creator, producer and dates as the document information, and pdfaid:part 1 or 3, conformance B;
// - an output intent GTS_PDFA1 with the sRGB ICC profile (v2) of Debian's icc-profiles-free, which the device
//   RGB colours of the pages then mean;
// - a file ID derived from the document's own content (its metadata, and the embedded files' checksums), never
//   from the clock;
// - PDF 1.4 (PDF/A-1) or 1.7 (PDF/A-3), and the print flag on every link annotation (PDF/A wants annotations
//   printable).
//
// What else PDF/A-1b asks is true of every naskah PDF: every font embedded, no transparency, no encryption, no
// JavaScript, no external content.

#include <string>
#include <vector>

#include "haru_document.hpp"
#include "naskah/layout/page.hpp"

#include <hpdf.h>

namespace naskah::pdf {

/// Where the sRGB profile is looked for (package icc-profiles-free).
inline constexpr const char* srgb_profile_path = "/usr/share/color/icc/sRGB.icc";

/// Makes the document PDF/A-1b or PDF/A-3b (options.pdfa), the latter with the attachments as its associated
/// files and the template named in the document information. Call after
/// the document information is set and every page and annotation is made, before saving. Throws PdfError when
/// the ICC profile cannot be read.
void make_pdfa(HaruDocument& haru, const layout::Metadata& meta, const std::string& producer,
               const std::vector<HPDF_Annotation>& annotations, const WriteOptions& options);

}  // namespace naskah::pdf
