#pragma once
/// The plan a naskah PDF/A-3b carries (docs/archiving.md), read back with qpdf (libqpdf), a PDF library that
/// reads damaged and hostile files within its own checks: the catalog's associated files (/AF) are searched for
/// the one that is the document's source (/AFRelationship /Source) in XML, its bytes decoded no further than a
/// plan's size limit, and their MD5 compared with the /CheckSum written beside them.

#include <stdexcept>
#include <string>
#include <string_view>

namespace naskah::pdf {

/// Why an archive's plan cannot be had, in the user's language: "it is not a PDF", "it carries no plan", "the
/// embedded plan does not match its checksum".
class ArchiveError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ArchivedPlan {
  std::string name;   ///< the name it was embedded under ("rkt-2024.xml")
  std::string bytes;  ///< exactly as it was embedded
  /// What the document information says made the PDF (empty when it does not say): "naskah 0.9.0 (libharu …)",
  /// the template's name and the SHA-256 of its template.xml.
  std::string producer;
  std::string template_name;
  std::string template_sha256;
};

/// The plan inside the PDF at path. Throws ArchiveError.
[[nodiscard]] ArchivedPlan read_archived_plan(const std::string& path);

/// The same, of a PDF's bytes in memory (the fuzz target reads back every PDF it makes).
[[nodiscard]] ArchivedPlan read_archived_plan_in_memory(std::string_view pdf);

/// Whether the file at path starts as a PDF does ("%PDF-"): what naskah diff asks of an operand.
[[nodiscard]] bool looks_like_pdf(const std::string& path);

}  // namespace naskah::pdf
