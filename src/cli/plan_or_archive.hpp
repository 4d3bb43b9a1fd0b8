#pragma once
// A plan named on the command line that may be an archived PDF/A-3b: naskah diff compares the signed RKT in the
// archive with its Perubahan without anyone having kept the XML.

#include <string>

#include "naskah/plan/parser.hpp"

namespace naskah::cli {

/// The plan in the file: parsed as a plan, or, when the file is a PDF, the plan it carries (verified by its
/// checksum) parsed under the PDF's name. A PDF without a sound plan is an `archive` error at the file.
plan::ParseResult parse_plan_or_archive(const std::string& path);

}  // namespace naskah::cli
